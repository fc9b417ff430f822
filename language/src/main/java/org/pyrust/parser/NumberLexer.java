package org.pyrust.parser;


import org.pyrust.ast.Span;

/** Number literals: CPython 3.11's rules for int, float and imaginary literals, with its messages. */
abstract class NumberLexer extends LexerBase {

    NumberLexer(String source) {
        super(source);
    }

    // malformed literal at its read position, which as a 1-based column is the character just before
    // it; numError reproduces that.

    int cur() {
        return pos < n ? buf[pos] : -1;
    }

    SyntaxError numError(int readPos, String message) {
        return lexError(spanAt(readPos - 1, 1), message);
    }

    void scanNumber(int start, int startLine, int startCol) {
        TokenKind kind;
        if (cur() == '.') {
            pos++;
            kind = fraction();
        } else if (cur() == '0') {
            pos++;
            int c = cur();
            if (c == 'x' || c == 'X') {
                pos++;
                radixDigits(16, "hexadecimal");
                kind = TokenKind.INT;
            } else if (c == 'o' || c == 'O') {
                pos++;
                radixDigits(8, "octal");
                kind = TokenKind.INT;
            } else if (c == 'b' || c == 'B') {
                pos++;
                radixDigits(2, "binary");
                kind = TokenKind.INT;
            } else {
                kind = zeroPrefixedDecimal(start);
            }
        } else {
            decimalTail();
            kind = afterIntegerPart();
        }
        Object value = null;
        if (kind == TokenKind.INT) {
            value = integerValue(start, startLine, startCol);
        }
        add(kind, start, startLine, startCol, value);
    }

    /** Digits with single underscores between them: {@code 1_000}. */
    void decimalTail() {
        while (true) {
            while (isDigit(cur())) {
                pos++;
            }
            if (cur() != '_') {
                return;
            }
            pos++;
            if (!isDigit(cur())) {
                throw numError(pos, "invalid decimal literal");
            }
        }
    }

    /** After the digits before any '.': a fraction, an exponent, {@code j}, or the end of an int. */
    TokenKind afterIntegerPart() {
        int c = cur();
        if (c == '.') {
            pos++;
            return fraction();
        }
        if (c == 'e' || c == 'E') {
            return exponent(TokenKind.INT);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEnd("decimal");
        return TokenKind.INT;
    }

    /** {@code 0}, {@code 00}, {@code 0_0}, or a float/imaginary such as {@code 09.5}; {@code 07} is an error. */
    TokenKind zeroPrefixedDecimal(int start) {
        while (true) {
            if (cur() == '_') {
                pos++;
                if (!isDigit(cur())) {
                    throw numError(pos, "invalid decimal literal");
                }
            }
            if (cur() != '0') {
                break;
            }
            pos++;
        }
        boolean nonzero = false;
        if (isDigit(cur())) {
            nonzero = true;
            decimalTail();
        }
        int c = cur();
        if (c == '.') {
            pos++;
            return fraction();
        }
        if (c == 'e' || c == 'E') {
            return exponent(TokenKind.INT);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        if (nonzero) {
            throw lexError(spanAt(start, 1), "leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers");
        }
        verifyEnd("decimal");
        return TokenKind.INT;
    }

    /** After the '.' of a float. */
    TokenKind fraction() {
        if (isDigit(cur())) {
            decimalTail();
        }
        int c = cur();
        if (c == 'e' || c == 'E') {
            return exponent(TokenKind.FLOAT);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEnd("decimal");
        return TokenKind.FLOAT;
    }

    /**
     * At an 'e' after digits. Without digits after it, the 'e' is not part of the number (so that
     * {@code 1else} still means {@code 1 else}) and the number is {@code kindSoFar}.
     */
    TokenKind exponent(TokenKind kindSoFar) {
        int e = pos;
        pos++;
        int c = cur();
        if (c == '+' || c == '-') {
            pos++;
            if (!isDigit(cur())) {
                throw numError(pos, "invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            pos = e;
            verifyEnd("decimal");
            return kindSoFar;
        }
        decimalTail();
        c = cur();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEnd("decimal");
        return TokenKind.FLOAT;
    }

    TokenKind imaginary() {
        pos++;
        verifyEnd("imaginary");
        return TokenKind.IMAGINARY;
    }

    /** The digits after {@code 0x}, {@code 0o} or {@code 0b}, underscores allowed before each group. */
    void radixDigits(int radix, String kind) {
        do {
            if (cur() == '_') {
                pos++;
            }
            int c = cur();
            if (!isRadixDigit(c, radix)) {
                if (radix != 16 && isDigit(c)) {
                    throw numError(pos + 1, "invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                throw numError(pos, "invalid " + kind + " literal");
            }
            while (isRadixDigit(cur(), radix)) {
                pos++;
            }
        } while (cur() == '_');
        if (radix != 16 && isDigit(cur())) {
            throw numError(pos + 1, "invalid digit '" + (char) cur() + "' in " + kind + " literal");
        }
        verifyEnd(kind);
    }

    static boolean isRadixDigit(int c, int radix) {
        return switch (radix) {
            case 2 -> c == '0' || c == '1';
            case 8 -> c >= '0' && c <= '7';
            default -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        };
    }

    /**
     * CPython's verify_end_of_number: a number may be directly followed by one of the keywords that can
     * follow it in valid code ({@code 1if x else y}); any other ASCII letter, digit or underscore makes
     * the literal invalid.
     */
    void verifyEnd(String kind) {
        int c = cur();
        boolean keyword = switch (c) {
            case 'a' -> followedBy("nd");
            case 'e' -> followedBy("lse");
            case 'f' -> followedBy("or");
            case 'i' -> pos + 1 < n && "fns".indexOf(buf[pos + 1]) >= 0;
            case 'o' -> followedBy("r");
            case 'n' -> followedBy("ot");
            default -> false;
        };
        if (!keyword && (isAsciiLetter(c) || isDigit(c) || c == '_')) {
            throw numError(pos, "invalid " + kind + " literal");
        }
    }

    /** Whether {@code rest} follows the current char, as a whole word. */
    boolean followedBy(String rest) {
        int end = pos + 1 + rest.length();
        if (!src.startsWith(rest, pos + 1)) {
            return false;
        }
        return end >= n || !(isAsciiLetter(buf[end]) || isDigit(buf[end]) || buf[end] == '_');
    }

    /** PyRust rule 3: an integer literal must fit in a signed 64-bit long. */
    Long integerValue(int start, int startLine, int startCol) {
        int radix = 10;
        int i = start;
        if (pos - start > 1 && buf[start] == '0' && Character.isLetter(buf[start + 1])) {
            char p = Character.toLowerCase(buf[start + 1]);
            radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            i += 2;
        }
        long value = 0;
        for (; i < pos; i++) {
            char c = buf[i];
            if (c == '_') {
                continue;
            }
            int digit = Character.digit(c, radix);
            if (value > (Long.MAX_VALUE - digit) / radix) {
                throw new SyntaxError(SyntaxError.Kind.LexError, "Integer literal '" + src.substring(start, pos)
                        + "' is too large (exceeds i64 range)", new Span(start, pos - start, startLine, startCol));
            }
            value = value * radix + digit;
        }
        return value;
    }
}
