package org.pyrust.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The module-level variables of one context, by the number {@link GlobalNames} gave each name: what a
 * name holds (nothing, an int, another value) in {@link #kinds}, an int unboxed in {@link #ints}, any other
 * value in {@link #objects}.
 *
 * <p>Arrays rather than an object per variable, because the compiler can tell elements of one array at
 * different constant indices apart, but not two objects loaded from an array: with arrays, a global read
 * after a write of it in the same compiled unit is not loaded again, even with other globals written in
 * between, so straight-line module code folds like code on locals. Writing an int global stores only
 * primitives, with no garbage-collector write barrier.
 */
public final class Globals {

    public static final byte UNBOUND = 0;
    public static final byte INT = 1;
    public static final byte OBJECT = 2;

    private final GlobalNames names;
    private byte[] kinds = new byte[0];
    private long[] ints = new long[0];
    private Object[] objects = new Object[0];

    public Globals(GlobalNames names) {
        this.names = names;
        grow(names.size() - 1);
    }

    /** What the name numbered {@code index} holds: {@link #UNBOUND}, {@link #INT} or {@link #OBJECT}. */
    public byte kind(int index) {
        byte[] current = kinds;
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.FASTPATH_PROBABILITY, index < current.length)) {
            return current[index];
        }
        // A name translated after this context made its arrays; it is unbound here.
        return UNBOUND;
    }

    /** The int of a global whose kind is {@link #INT}. */
    public long getInt(int index) {
        return ints[index];
    }

    /** The value of a global whose kind is {@link #OBJECT}. */
    public Object getObject(int index) {
        return objects[index];
    }

    /** Stores an int; returns true if the global held another value, which the caller then drops. */
    public boolean setInt(int index, long value) {
        ensure(index);
        ints[index] = value;
        byte[] currentKinds = kinds;
        byte old = currentKinds[index];
        // No store of the kind when it is already INT: straight-line module code is bound by stores. The
        // probability keeps the store out of the way of code that runs again, as a module does.
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.LIKELY_PROBABILITY, old == INT)) {
            return false;
        }
        currentKinds[index] = INT;
        return old == OBJECT;
    }

    public void dropObject(int index) {
        objects[index] = null;
    }

    public void setObject(int index, Object value) {
        ensure(index);
        objects[index] = value;
        kinds[index] = OBJECT;
    }

    /** {@code del name}: unbinds the global; false if it was not bound. */
    public boolean delete(int index) {
        if (kind(index) == UNBOUND) {
            return false;
        }
        kinds[index] = UNBOUND;
        objects[index] = null;
        return true;
    }

    private void ensure(int index) {
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, index >= kinds.length)) {
            CompilerDirectives.transferToInterpreter();
            grow(index);
        }
    }

    @TruffleBoundary
    private void grow(int index) {
        int length = Math.max(index + 1, names.size());
        if (length > kinds.length) {
            kinds = Arrays.copyOf(kinds, length);
            ints = Arrays.copyOf(ints, length);
            objects = Arrays.copyOf(objects, length);
        }
    }

    // ---- by name, for the polyglot bindings

    /** The value of a global, an int boxed; null if it is unbound. */
    @TruffleBoundary
    public Object get(String name) {
        int index = names.find(name);
        if (index < 0) {
            return null;
        }
        return switch (kind(index)) {
            case INT -> getInt(index);
            case OBJECT -> getObject(index);
            default -> null;
        };
    }

    @TruffleBoundary
    public void put(String name, Object value) {
        int index = names.indexOf(name);
        if (value instanceof Long l) {
            if (setInt(index, l)) {
                dropObject(index);
            }
        } else {
            setObject(index, value);
        }
    }

    /** The bound names, in the order the language numbered them. */
    @TruffleBoundary
    public List<String> boundNames() {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != UNBOUND) {
                result.add(names.name(i));
            }
        }
        return result;
    }
}
