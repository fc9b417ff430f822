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

    /**
     * CPython's {@code <built-in method append of list object at 0x...>}: the method's own name, without
     * the type that the function's name carries for messages, and the receiver's identity as the address.
     */
    @Override
    @TruffleBoundary
    public String toString() {
        String name = function.getName();
        return "<built-in method " + name.substring(name.lastIndexOf('.') + 1) + " of " + Values.typeName(receiver) + " object at 0x" +
                        Integer.toHexString(System.identityHashCode(receiver)) + ">";
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
