package org.pyrust;

import org.pyrust.runtime.Values;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * How Java sees PyRust's primitive values: {@code Value.toString()} of a result prints as Python's
 * {@code str()} does ({@code True}, not {@code true}).
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "delegate")
final class PyRustLanguageView implements TruffleObject {

    final Object delegate;

    PyRustLanguageView(Object delegate) {
        this.delegate = delegate;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return PyRustLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Values.str(delegate);
    }
}
