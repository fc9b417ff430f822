package org.pyrust.nodes;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.PythonType;
import org.pyrust.runtime.Values;
import org.pyrust.text.PythonError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The runtime errors of PyRust, built off the fast path, each of its Python exception class. Each returns
 * the exception so that callers write {@code throw Errors.x(...)} and the compiler sees the control flow
 * end. {@link #error} is for the errors Core and Full define, whose message is shown alone; {@link #raise}
 * for every other exception, whose message names its class.
 */
public final class Errors {

    private Errors() {
    }

    /**
     * {@code e} where it was raised, or, for an error of runtime code without a position of its own (a
     * builtin, a dict hashing a key), the same error placed at {@code location}. An error that a {@code raise}
     * raised is known by its class ({@link PyRustException#raisedBy}), with no boundary call, so that an
     * exception that a handler of the same compilation unit catches stays unallocated on its way there.
     */
    public static PyRustException placed(PyRustException e, Node location) {
        if (e.isRaisedByNode() || e.getException() == null) {
            return e;
        }
        return e.hasPosition() ? e : e.placedAt(location);
    }

    /** Whether {@code e} is iter()'s TypeError for {@code value}, which callers word in their own way. */
    @TruffleBoundary
    public static boolean isNotIterable(PyRustException e, Object value) {
        return e.getException() != null && e.getException().getType() == ExceptionTypes.TYPE_ERROR
                        && e.getException().getMessage().equals("'" + Values.typeName(value) + "' object is not iterable");
    }

    /**
     * An error whose words Core or Full fix ({@code Undefined variable: x}, {@code Integer overflow: ...}):
     * uncaught, it shows the message alone. Every other error is {@link #raise}d and names its class.
     */
    @TruffleBoundary
    public static PyRustException ruleError(Node location, PythonType type, String message) {
        return PyRustException.runtime(type, message, location);
    }

    @TruffleBoundary
    public static PyRustException raise(Node location, PythonType type, String message) {
        return PyRustException.raise(type, message, location);
    }

    @TruffleBoundary
    public static PyRustException overflow(Node location, long left, String op, long right) {
        return PyRustException.runtime(ExceptionTypes.OVERFLOW_ERROR, "Integer overflow: " + left + " " + op + " " + right, location);
    }

    /**
     * A string of {@code length} code points would be longer than {@link Values#MAX_STRING_LENGTH}. The
     * length is given as text because a repetition's may not fit in a long ({@code "2 * 9223372036854775807"}).
     */
    @TruffleBoundary
    public static PyRustException stringTooLong(Node location, String length) {
        return PyRustException.raise(ExceptionTypes.MEMORY_ERROR, PythonError.stringTooLongMessage(length), location);
    }

    /** The Java heap ran out while {@code location} ran; the program can go on once the values are dropped. */
    @TruffleBoundary
    public static PyRustException outOfMemory(Node location) {
        return PyRustException.raise(ExceptionTypes.MEMORY_ERROR, "out of memory (the Java heap is full)", location);
    }

    @TruffleBoundary
    public static PyRustException divisionByZero(Node location) {
        return PyRustException.runtime(ExceptionTypes.ZERO_DIVISION_ERROR, "Division by zero", location);
    }

    /**
     * True if {@code value} is a list or tuple, or a string whose {@code other} operand is not a Full-layer
     * value: Full fixes {@code str} with {@code int} or {@code str} as {@code unsupported operand type(s)}.
     */
    private static boolean isSequence(Object value, Object other) {
        return value instanceof PyList || value instanceof PyTuple || value instanceof TruffleString && !isFullLayerValue(other);
    }

    private static boolean isFullLayerValue(Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof TruffleString || value instanceof PyRustFunction;
    }

    /** CPython's words where a sequence meets what it cannot be combined with. */
    private static String sequenceMessage(String op, Object left, Object right) {
        if (op.equals("+") && isSequence(left, right)) {
            String type = Values.typeName(left);
            return "can only concatenate " + type + " (not \"" + Values.typeName(right) + "\") to " + type;
        }
        if (op.equals("*") && (isSequence(left, right) || isSequence(right, left))) {
            Object other = isSequence(left, right) ? right : left;
            return "can't multiply sequence by non-int of type '" + Values.typeName(other) + "'";
        }
        return null;
    }

    /** A binary operator applied to operands it does not support. */
    @TruffleBoundary
    public static PyRustException unsupportedOperands(Node location, String op, Object left, Object right) {
        if (left instanceof PyRustNone || right instanceof PyRustNone) {
            return PyRustException.runtime(ExceptionTypes.TYPE_ERROR, "Cannot perform binary operation on None", location);
        }
        String sequence = sequenceMessage(op, left, right);
        if (sequence != null) {
            return PyRustException.raise(ExceptionTypes.TYPE_ERROR, sequence, location);
        }
        return PyRustException.runtime(ExceptionTypes.TYPE_ERROR, "unsupported operand type(s) for " + op + ": '" + Values.typeName(left) + "' and '" + Values.typeName(right) + "'", location);
    }

    @TruffleBoundary
    public static PyRustException unsupportedOperand(Node location, String op, Object operand) {
        if (operand instanceof PyRustNone) {
            return PyRustException.runtime(ExceptionTypes.TYPE_ERROR, "Cannot perform unary operation on None", location);
        }
        return PyRustException.runtime(ExceptionTypes.TYPE_ERROR, "bad operand type for unary " + op + ": '" + Values.typeName(operand) + "'", location);
    }
}
