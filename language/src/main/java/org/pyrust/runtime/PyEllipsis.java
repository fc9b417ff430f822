package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
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
    Object getMetaObject(@Cached GetClassNode getClass) {
        // The one place where a value's class is decided (GetClassNode).
        return getClass.execute(this);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
