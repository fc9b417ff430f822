package org.pyrust.fuzz;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Literals of every kind the Full layer has, in every spelling the lexer must accept: ints in four bases
 * with underscores, up to the 64-bit extremes; strings in four quote styles, raw or not, with every escape,
 * non-ASCII and astral characters, and the odd characters that other tools count as line breaks.
 */
final class Literals {

    private Literals() {
    }

    /** How an int literal is spelled; the value does not depend on it. */
    enum Spelling {
        DECIMAL,
        UNDERSCORED,
        HEX,
        HEX_UPPER,
        HEX_UNDERSCORED,
        OCTAL,
        BINARY
    }

    /**
     * Mostly small values, so that arithmetic usually succeeds and loops stay short, then the values
     * where 64-bit arithmetic overflows: the extremes, and the square roots of the largest values.
     */
    static Arbitrary<Long> intValues() {
        return Reused.frequencyOf(
                        Tuple.of(8, Arbitraries.longs().between(-10, 10)),
                        Tuple.of(3, Arbitraries.longs().between(-1000, 1000)),
                        Tuple.of(1, Arbitraries.longs()),
                        Tuple.of(2, Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 1L << 31, (1L << 32) - 1,
                                        1L << 62, 3_037_000_499L, 3_037_000_500L, -3_037_000_500L)));
    }

    /** Built once: literals occur everywhere in the generator's graph (see {@link Reused}). */
    private static final Arbitrary<Expr> INT_LITERAL = Reused.of(intLiteral(intValues()));

    static Arbitrary<Expr> intLiteral() {
        return INT_LITERAL;
    }

    static Arbitrary<Expr> intLiteral(Arbitrary<Long> values) {
        Arbitrary<Spelling> spellings = Arbitraries.frequency(Tuple.of(10, Spelling.DECIMAL), Tuple.of(1, Spelling.UNDERSCORED), Tuple.of(1, Spelling.HEX),
                        Tuple.of(1, Spelling.HEX_UPPER), Tuple.of(1, Spelling.HEX_UNDERSCORED), Tuple.of(1, Spelling.OCTAL), Tuple.of(1, Spelling.BINARY));
        return Combinators.combine(values, spellings).as(Literals::intLiteral);
    }

    /**
     * A negative value is the negation of a literal, as in Python. -2**63 has no positive counterpart
     * in 64 bits (9223372036854775808 is a lexical error), so it is written as {@code -MAX - 1}.
     */
    static Expr intLiteral(long value, Spelling spelling) {
        if (value == Long.MIN_VALUE) {
            return new Expr("-" + digits(Long.MAX_VALUE, spelling) + " - 1", Expr.SUM);
        } else if (value < 0) {
            return new Expr("-" + digits(-value, spelling), Expr.UNARY);
        }
        return Expr.atom(digits(value, spelling));
    }

    private static String digits(long value, Spelling spelling) {
        return switch (spelling) {
            case DECIMAL -> Long.toString(value);
            // Python allows "0_0" and "000" for zero, though not leading zeros before other digits.
            case UNDERSCORED -> value == 0 ? "0_00" : grouped(Long.toString(value), 3, "");
            case HEX -> "0x" + Long.toHexString(value);
            case HEX_UPPER -> "0X" + Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
            // An underscore may also follow the base prefix.
            case HEX_UNDERSCORED -> grouped(Long.toHexString(value), 4, "0x_");
            case OCTAL -> (value % 2 == 0 ? "0o" : "0O") + Long.toOctalString(value);
            case BINARY -> (value % 2 == 0 ? "0b" : "0B") + Long.toBinaryString(value);
        };
    }

    /** {@code prefix} then the digits with an underscore between groups of {@code size}, from the right. */
    private static String grouped(String digits, int size, String prefix) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % size == 0 ? size : digits.length() % size;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += size) {
            out.append('_').append(digits, i, i + size);
        }
        return prefix + out;
    }

    // ------------------------------------------------------------------------------------ strings

    enum Quote {
        SINGLE("'"),
        DOUBLE("\""),
        TRIPLE_SINGLE("'''"),
        TRIPLE_DOUBLE("\"\"\"");

        final String delimiter;

        Quote(String delimiter) {
            this.delimiter = delimiter;
        }

        boolean triple() {
            return delimiter.length() == 3;
        }

        /** The other quote character, which needs no escape inside this literal. */
        String other() {
            return delimiter.startsWith("'") ? "\"" : "'";
        }
    }

    /** Piece kinds whose spelling depends on the literal around them. */
    private static final String NEWLINE_PIECE = "<newline>";
    private static final String OTHER_QUOTE_PIECE = "<other quote>";

    /**
     * Escapes as written in the source. Every piece leaves the backslashes balanced, so any sequence of
     * pieces is a valid literal, raw or not: in a raw literal they simply stay as written.
     */
    private static final List<String> ESCAPES = List.of("\\n", "\\t", "\\\\", "\\'", "\\\"", "\\r", "\\0", "\\x41", "\\xff", "\\x00", "\\u00e9",
                    "\\u2603", "\\U0001F600", "\\U0010FFFF", "\\N{SNOWMAN}", "\\N{LATIN SMALL LETTER E WITH ACUTE}", "\\a", "\\b", "\\f", "\\v", "\\101",
                    "\\377", "\\d", "\\ud83d", "\\\n");

    /** Characters written as themselves: non-ASCII, astral, combining, and invisible or bidi controls. */
    private static final List<String> LITERAL_CHARACTERS = List.of("é", "ß", "中文", "☃", "😀", "𝔘", "e\u0301", "\u00a0", "\u2028", "\u2029", "\u0085",
                    "\u000c", "\u000b", "\u200b", "\u202e", "\ufeff", "\t", "#", "{}", "%s", " ");

    private static Arbitrary<String> piece() {
        return Reused.frequencyOf(
                        Tuple.of(6, Arbitraries.strings().withChars("abcxyzAZ09_-+=.,!? ").ofMinLength(1).ofMaxLength(6)),
                        Tuple.of(3, Arbitraries.of(ESCAPES)),
                        Tuple.of(3, Arbitraries.of(LITERAL_CHARACTERS)),
                        Tuple.of(1, Arbitraries.of(NEWLINE_PIECE, OTHER_QUOTE_PIECE)));
    }

    private static final Arbitrary<Expr> STR_LITERAL = Reused.of(makeStrLiteral());

    /** One string literal, or two adjacent ones (which concatenate). */
    static Arbitrary<Expr> strLiteral() {
        return STR_LITERAL;
    }

    private static Arbitrary<Expr> makeStrLiteral() {
        Arbitrary<String> one = Combinators.combine(Arbitraries.of(Quote.class), Arbitraries.frequency(Tuple.of(6, ""), Tuple.of(1, "r"), Tuple.of(1, "R")),
                        piece().list().ofMaxSize(6)).as(Literals::strLiteral);
        return Reused.frequencyOf(Tuple.of(8, one.map(Expr::atom)),
                        Tuple.of(1, Combinators.combine(one, one).as((a, b) -> Expr.atom(a + " " + b))));
    }

    private static String strLiteral(Quote quote, String prefix, List<String> pieces) {
        StringBuilder out = new StringBuilder(prefix).append(quote.delimiter);
        for (String piece : pieces) {
            switch (piece) {
                // A real line break is only allowed inside a triple-quoted literal.
                case NEWLINE_PIECE -> out.append(quote.triple() ? "\n" : "\\n");
                case OTHER_QUOTE_PIECE -> out.append(quote.other());
                default -> out.append(piece);
            }
        }
        return out.append(quote.delimiter).toString();
    }

    /** The text of a string whose int() is defined: optional blanks and sign around decimal digits. */
    static Arbitrary<Expr> decimalStringLiteral() {
        return Combinators.combine(Arbitraries.of("", " ", "\t", "  "), Arbitraries.of("", "-", "+"), Arbitraries.longs().between(0, 100_000),
                        Arbitraries.of("", " ", "\n")).as((before, sign, digits, after) -> Expr.atom("\"" + before + sign + digits + after.replace("\n", "\\n") + "\""));
    }
}
