package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views of a dict. */
@ExportLibrary(InteropLibrary.class)
public final class PyDictView implements PyRustValue {

    private final PyDict dict;
    private final PyIterator.DictIterator.Kind kind;

    public PyDictView(PyDict dict, PyIterator.DictIterator.Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public PyDict dict() {
        return dict;
    }

    public PyIterator.DictIterator.Kind kind() {
        return kind;
    }

    public PythonType type() {
        return switch (kind) {
            case KEYS -> BuiltinTypes.DICT_KEYS;
            case VALUES -> BuiltinTypes.DICT_VALUES;
            case ITEMS -> BuiltinTypes.DICT_ITEMS;
        };
    }

    @TruffleBoundary
    public boolean contains(Object item) {
        switch (kind) {
            case KEYS:
                return dict.containsKey(item);
            case ITEMS:
                if (item instanceof PyTuple t && t.size() == 2) {
                    Object value = dict.get(t.get(0));
                    return value != null && EqNodeGen.getUncached().execute(value, t.get(1));
                }
                return false;
            default:
                for (Object value : dict.values()) {
                    if (value == item || EqNodeGen.getUncached().execute(value, item)) {
                        return true;
                    }
                }
                return false;
        }
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return type().getName() + "(" + Values.repr(new PyList(ToArrayNode.drain(new PyIterator.DictIterator(dict, kind)))) + ")";
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject(@Cached GetClassNode getClass) {
        // The one place where a value's class is decided (GetClassNode).
        return getClass.execute(this);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
