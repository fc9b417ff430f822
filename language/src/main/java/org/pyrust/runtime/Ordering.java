package org.pyrust.runtime;

/** The four ordering comparisons, by the symbol their errors show. */
public enum Ordering {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    public final String symbol;

    Ordering(String symbol) {
        this.symbol = symbol;
    }

    /** Whether the comparison holds for a three-way result (negative, zero, positive). */
    public boolean holds(int comparison) {
        return switch (this) {
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
        };
    }
}
