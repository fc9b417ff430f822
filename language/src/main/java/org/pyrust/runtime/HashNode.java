package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyrust.numeric.NumericHash;

/**
 * Python's {@code hash(x)}: equal numbers hash alike across int, bool and float (CPython's values);
 * tuples and frozensets from their elements; lists, dicts and sets are unhashable (TypeError); other
 * objects by identity.
 */
@GenerateUncached
@GenerateInline(false)
@TypeSystemReference(ArithmeticTypes.class)
public abstract class HashNode extends Node {

    public abstract long execute(Object value);

    @Specialization
    static long doLong(long value) {
        return NumericHash.hashLong(value);
    }

    @Specialization
    static long doDouble(double value) {
        return NumericHash.hashDouble(value);
    }

    @Specialization
    static long doString(TruffleString value, @Cached TruffleString.HashCodeNode hashCode) {
        return stringHash(value, hashCode);
    }

    /** {@code hash(s)} for a str: TruffleString's (cached) hash code, -1 being reserved as in CPython. */
    static long stringHash(TruffleString value, TruffleString.HashCodeNode hashCode) {
        long h = hashCode.execute(value, Values.ENCODING);
        return h == -1 ? -2 : h;
    }

    @Specialization
    static long doTuple(PyTuple tuple) {
        return tupleHash(tuple.items());
    }

    @Fallback
    static long doOther(Object value, @Bind Node node) {
        if (value instanceof PyList || value instanceof PyDict || value instanceof PySet set && !set.isFrozen()) {
            CompilerDirectives.transferToInterpreter();
            throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, "unhashable type: '" + Values.typeName(value) + "'", node);
        }
        if (value instanceof PySet frozen) {
            return frozenSetHash(frozen);
        }
        return identityHash(value);
    }

    @TruffleBoundary
    private static long identityHash(Object value) {
        return System.identityHashCode(value);
    }

    /** CPython's tuple hash (its xxHash-based combination), so {@code hash((1, 2))} is CPython's value. */
    @TruffleBoundary
    static long tupleHash(Object[] items) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        HashNode hash = HashNodeGen.getUncached();
        long acc = prime5;
        for (Object item : items) {
            long lane = hash.execute(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** CPython's frozenset hash: independent of order, from the elements' hashes. */
    @TruffleBoundary
    private static long frozenSetHash(PySet set) {
        HashNode hash = HashNodeGen.getUncached();
        long h = 0;
        for (Object element : set.toArray()) {
            long eh = hash.execute(element);
            h ^= ((eh ^ 89869747L) ^ (eh << 16)) * 3644798167L;
        }
        h ^= ((long) set.size() + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }
}
