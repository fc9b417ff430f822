package org.pyrust.nodes.arithmetic;

import org.pyrust.nodes.Errors;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code +} and {@code *} on lists and tuples. A result longer than a Java array can hold is a
 * MemoryError raised before anything is allocated ({@code [0] * 10**10}).
 */
final class SequenceArithmetic {

    private SequenceArithmetic() {
    }

    @TruffleBoundary
    static PyList concat(Node node, PyList left, PyList right) {
        checkSize(node, (long) left.size() + right.size());
        Object[] a = left.toArray();
        Object[] b = right.toArray();
        Object[] items = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, items, a.length, b.length);
        return new PyList(items);
    }

    @TruffleBoundary
    static PyTuple concat(Node node, PyTuple left, PyTuple right) {
        checkSize(node, (long) left.size() + right.size());
        Object[] items = java.util.Arrays.copyOf(left.items(), left.size() + right.size());
        System.arraycopy(right.items(), 0, items, left.size(), right.size());
        return new PyTuple(items);
    }

    @TruffleBoundary
    static PyList repeat(Node node, PyList list, long times) {
        return new PyList(repeat(node, list.toArray(), times));
    }

    @TruffleBoundary
    static PyTuple repeat(Node node, PyTuple tuple, long times) {
        return times == 1 ? tuple : new PyTuple(repeat(node, tuple.items(), times));
    }

    private static Object[] repeat(Node node, Object[] items, long times) {
        if (times <= 0 || items.length == 0) {
            return new Object[0];
        }
        if (times > PyList.MAX_SIZE / items.length) {
            throw Errors.outOfMemory(node);
        }
        Object[] result;
        try {
            result = new Object[(int) (items.length * times)];
        } catch (OutOfMemoryError e) {
            throw Errors.outOfMemory(node);
        }
        for (int i = 0; i < times; i++) {
            System.arraycopy(items, 0, result, i * items.length, items.length);
        }
        return result;
    }

    private static void checkSize(Node node, long size) {
        if (size > PyList.MAX_SIZE) {
            throw Errors.outOfMemory(node);
        }
    }
}
