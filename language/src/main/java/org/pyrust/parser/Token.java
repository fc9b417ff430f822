package org.pyrust.parser;

import java.util.Locale;

import org.pyrust.ast.Span;

/**
 * One token of a PyRust program.
 *
 * @param kind  what it is
 * @param text  its source text (for STRING, with prefix and quotes; for NEWLINE, a trailing comment
 *              and the line end; empty for INDENT, DEDENT, EOF and most ERROR tokens)
 * @param span  where it stands in the original source
 * @param value the Long for INT; the decoded String for STRING (for bytes, which the language does not
 *              support, and f-strings, which {@link FStringParser} splits, the undecoded body); the
 *              NFKC-normalized interned String for NAME; the message for ERROR; null otherwise
 */
public record Token(TokenKind kind, String text, Span span, Object value) {

    /** For a STRING token, its prefix letters in lower case ({@code ""}, {@code "r"}, {@code "rb"}...). */
    public String stringPrefix() {
        if (kind != TokenKind.STRING) {
            return "";
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) != '\'' && text.charAt(i) != '"') {
            i++;
        }
        return text.substring(0, i).toLowerCase(Locale.ROOT);
    }

    /** A {@code b"..."} literal (not in the language). */
    public boolean isBytes() {
        return stringPrefix().indexOf('b') >= 0;
    }

    /** An {@code f"..."} literal. */
    public boolean isFString() {
        return stringPrefix().indexOf('f') >= 0;
    }

    @Override
    public String toString() {
        return kind + (text.isEmpty() ? "" : " '" + text + "'") + " at " + span;
    }
}
