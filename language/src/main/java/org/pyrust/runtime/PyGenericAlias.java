package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * {@code list[int]}: a built-in type subscripted, as annotations write it. It only shows itself
 * ({@code dict[str, tuple[int, ...]]}); PyRust never checks annotations.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyGenericAlias implements PyRustValue {

    private final PythonType origin;
    private final Object[] args;

    public PyGenericAlias(PythonType origin, Object index) {
        this.origin = origin;
        this.args = index instanceof PyTuple t ? t.items() : new Object[]{index};
    }

    @Override
    @TruffleBoundary
    public String toString() {
        StringBuilder sb = new StringBuilder(origin.getName()).append('[');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object a = args[i];
            sb.append(a instanceof PythonType t ? t.getName() : a == PyEllipsis.INSTANCE ? "..." : Values.repr(a));
        }
        return sb.append(']').toString();
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
