package org.pyrust.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Broken programs: valid ones with a few random edits, which drive the lexer and parser into their
 * error paths (and, when the edit still parses, the runtime into unusual ones).
 *
 * <p>The edits work on the UTF-8 bytes, as a corrupted file would be, so that they can also split a
 * multi-byte character or make bytes that are not UTF-8 at all. {@code Context.eval} takes a String, so
 * the bytes are then decoded the lenient way, each malformed sequence becoming U+FFFD.
 *
 * <p>A position is drawn as a fraction of the program's length rather than as an index, so that it
 * stays meaningful while jqwik shrinks the program under it.
 */
final class Mutations {

    /** Positions are in units of 1/RESOLUTION of the program's length. */
    private static final int RESOLUTION = 10_000;

    private Mutations() {
    }

    enum Kind {
        /** Remove 1 to 8 bytes. */
        DELETE,
        /** Insert a character or a run of them. */
        INSERT_TEXT,
        /** Insert a token: a keyword, an operator, a literal, layout. */
        INSERT_TOKEN,
        /** Flip one bit of one byte. */
        FLIP_BIT,
        /** Replace one byte by one of the bytes that matter to lexers and decoders. */
        REPLACE_BYTE,
        /** Copy a range of up to 40 bytes to another place (a duplicated line, a repeated block). */
        DUPLICATE
    }

    /**
     * One edit.
     *
     * @param where  where it applies, in 1/RESOLUTION of the current length
     * @param size   the bytes deleted or duplicated, or the bit flipped
     * @param text   what is inserted, for the insertions
     * @param target the destination of a duplicate, like {@code where}
     */
    record Mutation(Kind kind, int where, int size, String text, int target) {
    }

    /** Python's keywords, the soft keywords and the operators, including the ones PyRust lexes only to reject. */
    private static final List<String> TOKENS = List.of("def", "if", "elif", "else", "while", "for", "in", "range", "break", "continue", "return", "global",
                    "pass", "and", "or", "not", "is", "None", "True", "False", "class", "lambda", "nonlocal", "yield", "import", "from", "try", "except",
                    "with", "as", "del", "assert", "raise", "async", "await", "match", "case", "print", "len", "str", "int", "abs", "min", "max", "+", "-",
                    "*", "/", "//", "%", "**", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "=", "==", "!=", "<", "<=", ">", ">=", "<<", ">>", "&", "|",
                    "^", "~", "@", "->", ":=", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "'", "\"", "'''", "\"\"\"", "r'", "b'", "f'", "u'",
                    "\\", "#", "0x", "0b", "0o", "1_", "_", "00", "07", "1.5", "1e9", "1j", "9223372036854775807", "9223372036854775808",
                    "99999999999999999999999", "\\N{", "\\x", "\\u", "\\U");

    /** Characters that matter to a lexer: layout, quotes, escapes, and non-ASCII or invisible ones. */
    private static final List<String> CHARACTERS = List.of(" ", "    ", "\t", "\n", "\r", "\r\n", "\f", "\u000b", "\0", "\\", "'", "\"", "#", "(", ")", ":",
                    "é", "😀", "\u00a0", "\u2028", "\u0085", "\ufeff", "\u200b", "\u202e", "\ufffd", "a", "_", "0", "9");

    /** Bytes for REPLACE_BYTE: NUL, line breaks, quotes, and bytes that are never or only partly UTF-8. */
    private static final List<Integer> BYTES = List.of(0x00, 0x0a, 0x0d, 0x09, 0x20, 0x22, 0x27, 0x5c, 0x23, 0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0,
                    0xf4, 0xf8, 0xff);

    static Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> where = Arbitraries.integers().between(0, RESOLUTION);
        Arbitrary<String> text = Reused.frequencyOf(Tuple.of(3, Arbitraries.of(CHARACTERS)),
                        Tuple.of(1, Arbitraries.of(CHARACTERS).list().ofMinSize(2).ofMaxSize(4).map(l -> String.join("", l))));
        // Mostly edits of whole tokens, which reach the parser: an unexpected byte anywhere is a
        // lexical error, and the whole program is lexed before it is parsed.
        return Reused.frequencyOf(
                        Tuple.of(5, Combinators.combine(where, Arbitraries.integers().between(1, 8)).as((w, n) -> new Mutation(Kind.DELETE, w, n, "", 0))),
                        Tuple.of(2, Combinators.combine(where, text).as((w, t) -> new Mutation(Kind.INSERT_TEXT, w, 0, t, 0))),
                        Tuple.of(5, Combinators.combine(where, Arbitraries.of(TOKENS), Arbitraries.of(" ", ""))
                                        .as((w, t, space) -> new Mutation(Kind.INSERT_TOKEN, w, 0, space + t + space, 0))),
                        Tuple.of(1, Combinators.combine(where, Arbitraries.integers().between(0, 7)).as((w, bit) -> new Mutation(Kind.FLIP_BIT, w, bit, "", 0))),
                        Tuple.of(1, Combinators.combine(where, Arbitraries.of(BYTES)).as((w, b) -> new Mutation(Kind.REPLACE_BYTE, w, b, "", 0))),
                        Tuple.of(2, Combinators.combine(where, Arbitraries.integers().between(1, 40), where).as((w, n, t) -> new Mutation(Kind.DUPLICATE, w, n, "", t))));
    }

    /** Valid programs with one to four edits. */
    static Arbitrary<String> mutatedPrograms() {
        return Combinators.combine(Programs.programs(), mutations().list().ofMinSize(1).ofMaxSize(4)).as(Mutations::apply);
    }

    static String apply(String program, List<Mutation> edits) {
        byte[] bytes = program.getBytes(StandardCharsets.UTF_8);
        for (Mutation edit : edits) {
            bytes = apply(bytes, edit);
        }
        // The String constructor replaces every malformed sequence with U+FFFD.
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int position(int where, int length) {
        return (int) ((long) where * length / RESOLUTION);
    }

    static byte[] apply(byte[] bytes, Mutation edit) {
        int at = position(edit.where(), bytes.length);
        return switch (edit.kind()) {
            case DELETE -> {
                int end = Math.min(bytes.length, at + edit.size());
                yield splice(bytes, at, end, new byte[0]);
            }
            case INSERT_TEXT, INSERT_TOKEN -> splice(bytes, at, at, edit.text().getBytes(StandardCharsets.UTF_8));
            case FLIP_BIT -> {
                if (bytes.length == 0) {
                    yield bytes;
                }
                byte[] copy = bytes.clone();
                int index = Math.min(at, bytes.length - 1);
                copy[index] = (byte) (copy[index] ^ (1 << edit.size()));
                yield copy;
            }
            case REPLACE_BYTE -> {
                if (bytes.length == 0) {
                    yield bytes;
                }
                byte[] copy = bytes.clone();
                copy[Math.min(at, bytes.length - 1)] = (byte) edit.size();
                yield copy;
            }
            case DUPLICATE -> {
                int end = Math.min(bytes.length, at + edit.size());
                byte[] range = java.util.Arrays.copyOfRange(bytes, at, end);
                int to = position(edit.target(), bytes.length);
                yield splice(bytes, to, to, range);
            }
        };
    }

    /** {@code bytes} with {@code [from, to)} replaced by {@code insert}. */
    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, from);
        out.write(insert, 0, insert.length);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }
}
