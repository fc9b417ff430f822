package org.pyrust.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The single {@code ...} value ({@code Ellipsis}). */
@ExportLibrary(InteropLibrary.class)
public final class PyEllipsis implements PyRustValue {

    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return BuiltinTypes.ELLIPSIS;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
