package org.pyrust;

import org.pyrust.runtime.GetClassNode;
import org.pyrust.runtime.ReprNode;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * How Java sees PyRust's primitive values (ints, bools, strings): {@code Value.toString()} is Python's
 * {@code repr()} ({@code True}, not {@code true}; {@code 'abc'} in quotes, as the REPL shows it), and
 * {@code Value.getMetaObject()} is the value's Python type.
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
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject(@Cached GetClassNode getClass) {
        return getClass.execute(delegate);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects, @Cached ReprNode repr) {
        return repr.execute(delegate);
    }
}
