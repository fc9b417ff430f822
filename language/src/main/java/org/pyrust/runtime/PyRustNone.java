package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The single {@code None} value; interop null, so Java sees it as {@code Value.isNull()}. */
@ExportLibrary(InteropLibrary.class)
public final class PyRustNone implements PyRustValue {

    public static final PyRustNone INSTANCE = new PyRustNone();

    private PyRustNone() {
    }

    @Override
    public String toString() {
        return "None";
    }

    @ExportMessage
    boolean isNull() {
        return true;
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
        return "None";
    }
}
