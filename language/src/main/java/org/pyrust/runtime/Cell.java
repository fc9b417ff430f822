package org.pyrust.runtime;

/**
 * A variable shared between a function and the functions nested in it (Python's cell). A value of
 * {@code null} means unbound.
 *
 * <p>Closures use cells rather than materialized frames: only the captured variables pay for the
 * indirection, every other local stays in a virtual frame slot that the compiler can keep in a register,
 * and a closure keeps alive just the cells it reads, not whole frames. Late binding comes for free: the
 * inner function reads the cell when it runs, so it sees the latest assignment.
 */
public final class Cell {

    public Object value;

    public Cell() {
    }

    public Cell(Object value) {
        this.value = value;
    }
}
