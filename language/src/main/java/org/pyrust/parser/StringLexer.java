package org.pyrust.parser;

import java.util.Locale;

import org.pyrust.ast.Span;

/** String literals: quotes, prefixes, escapes and the errors of unterminated ones. */
abstract class StringLexer extends NumberLexer {

    StringLexer(String source) {
        super(source);
    }


    /** A string literal; {@code pos} is at its opening quote (after any prefix, which starts at start). */
    void scanString(int start, int startLine, int startCol) {
        String prefix = src.substring(start, pos).toLowerCase(Locale.ROOT);
        char quote = buf[pos];
        boolean triple = pos + 2 < n && buf[pos + 1] == quote && buf[pos + 2] == quote;
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        int bodyEnd;
        Span at = new Span(start, 1, startLine, startCol);
        while (true) {
            if (pos >= n) {
                // CPython counts a line end just before the end of input as not starting a new line.
                int detected = n > 0 && isLineEnd(buf[n - 1]) && line > startLine ? line - 1 : line;
                throw unterminated(at, triple, detected);
            }
            char c = buf[pos];
            if (c == quote) {
                if (!triple) {
                    bodyEnd = pos;
                    pos++;
                    break;
                }
                if (pos + 2 < n && buf[pos + 1] == quote && buf[pos + 2] == quote) {
                    bodyEnd = pos;
                    pos += 3;
                    break;
                }
                pos++;
            } else if (c == '\\') {
                // The next character is escaped, even in a raw string (r"\"" is a backslash and a quote).
                pos++;
                if (pos < n) {
                    if (isLineEnd(buf[pos])) {
                        consumeLineEnd();
                    } else {
                        pos++;
                    }
                }
            } else if (isLineEnd(c)) {
                if (!triple) {
                    throw unterminated(at, false, line);
                }
                consumeLineEnd();
            } else {
                pos++;
            }
        }
        String value;
        if (prefix.indexOf('b') >= 0 || prefix.indexOf('f') >= 0) {
            value = src.substring(bodyStart, bodyEnd); // not in the language: the parser rejects it
        } else {
            try {
                value = StringLiterals.decode(src, bodyStart, bodyEnd, prefix.indexOf('r') >= 0);
            } catch (StringLiterals.BadEscape e) {
                throw lexError(spanAt(e.offset, 1), e.getMessage());
            }
        }
        tokens.add(new Token(TokenKind.STRING, src.substring(start, pos),
                new Span(start, pos - start, startLine, startCol), value));
        lineHasTokens = true;
    }

    static SyntaxError unterminated(Span at, boolean triple, int detectedLine) {
        return new SyntaxError(SyntaxError.Kind.LexError, "unterminated " + (triple ? "triple-quoted " : "")
                + "string literal (detected at line " + detectedLine + ")", at);
    }
}
