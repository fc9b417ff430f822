package org.pyrust.runtime;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * {@code xs.append}: a method with its receiver. A call {@code xs.append(1)} makes one and consumes it at
 * once, so in compiled code it is not allocated.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyBoundMethod implements PyRustValue {

    private final Object receiver;
    private final PyRustFunction function;

    public PyBoundMethod(Object receiver, PyRustFunction function) {
        this.receiver = receiver;
        this.function = function;
    }

    public Object receiver() {
        return receiver;
    }

    public PyRustFunction function() {
        return function;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return "<built-in method " + function.getName() + " of " + Values.typeName(receiver) + " object>";
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
