package org.pyrust.parser;

import java.util.ArrayList;
import java.util.List;

import org.pyrust.ast.Expr;
import org.pyrust.ast.Span;

/**
 * The inside of f-strings, by CPython 3.11's rules: the lexer has found where the literal ends (so the
 * expressions may not use its quote), and this class splits the body into literal text (escapes decoded,
 * {@code {{} and {@code }}} halved) and replacement fields {@code {expr[=][!conv][:spec]}}. Each
 * expression is tokenized as {@code (expr)}, as CPython does, and parsed by a parser of its own; its
 * positions are those in the program. Errors of the f-string's structure are reported at the literal's
 * first character, with CPython's messages.
 */
final class FStringParser {

    private final Token token;
    private final String text;
    /** The body is {@code text[bodyStart, bodyEnd)}. */
    private final int bodyStart;
    private final int bodyEnd;
    private final boolean raw;
    private int i;

    private FStringParser(Token token) {
        this.token = token;
        this.text = token.text();
        int p = 0;
        while (text.charAt(p) != '\'' && text.charAt(p) != '"') {
            p++;
        }
        boolean triple = text.length() >= p + 6 && text.charAt(p + 1) == text.charAt(p) && text.charAt(p + 2) == text.charAt(p);
        int quote = triple ? 3 : 1;
        this.bodyStart = p + quote;
        this.bodyEnd = text.length() - quote;
        this.raw = token.stringPrefix().indexOf('r') >= 0;
        this.i = bodyStart;
    }

    /** Adjacent literals, at least one of them an f-string, as one FString. */
    static Expr concatenate(List<Token> literals, Span span) {
        List<Expr> parts = new ArrayList<>();
        for (Token t : literals) {
            if (t.isFString()) {
                FStringParser p = new FStringParser(t);
                for (Expr part : p.body(0)) {
                    add(parts, part);
                }
            } else {
                add(parts, new Expr.StrLiteral(t.span(), (String) t.value()));
            }
        }
        return new Expr.FString(span, List.copyOf(parts));
    }

    /** Appends {@code part}, merging adjacent literal text and dropping empty text. */
    private static void add(List<Expr> parts, Expr part) {
        if (part instanceof Expr.StrLiteral s) {
            if (s.value().isEmpty()) {
                return;
            }
            if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Expr.StrLiteral last) {
                parts.set(parts.size() - 1, new Expr.StrLiteral(last.span().to(s.span()), last.value() + s.value()));
                return;
            }
        }
        parts.add(part);
    }

    private SyntaxError error(String message) {
        return new SyntaxError(SyntaxError.Kind.ParseError, message, token.span());
    }

    /**
     * Literal text and fields up to the end of the body (level 0) or up to the '}' that ends a format spec
     * (level 1, where doubled braces are not special).
     */
    private List<Expr> body(int level) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalStart = i;
        while (i < bodyEnd) {
            char c = text.charAt(i);
            if (c == '\\' && !raw && i + 1 < bodyEnd) {
                // An escape is copied whole (\N{...} included) and decoded with the rest of the literal.
                if (text.charAt(i + 1) == 'N' && i + 2 < bodyEnd && text.charAt(i + 2) == '{') {
                    int close = text.indexOf('}', i);
                    i = close < 0 || close >= bodyEnd ? bodyEnd : close + 1;
                } else if (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '}') {
                    i++; // a backslash before a brace stays; the brace keeps its meaning
                } else {
                    i += 2;
                }
                continue;
            }
            if (c == '{' || c == '}') {
                if (level == 0 && i + 1 < bodyEnd && text.charAt(i + 1) == c) {
                    literal.append(decode(literalStart, i + 1));
                    i += 2;
                    literalStart = i;
                    continue;
                }
                if (c == '}') {
                    if (level == 0) {
                        throw error("f-string: single '}' is not allowed");
                    }
                    break;
                }
                literal.append(decode(literalStart, i));
                if (!literal.isEmpty()) {
                    parts.add(new Expr.StrLiteral(token.span(), literal.toString()));
                    literal.setLength(0);
                }
                field(level, parts);
                literalStart = i;
                continue;
            }
            i++;
        }
        literal.append(decode(literalStart, Math.min(i, bodyEnd)));
        if (!literal.isEmpty()) {
            parts.add(new Expr.StrLiteral(token.span(), literal.toString()));
        }
        return parts;
    }

    private String decode(int from, int to) {
        if (from >= to) {
            return "";
        }
        try {
            return StringLiterals.decode(text, from, to, raw);
        } catch (StringLiterals.BadEscape e) {
            throw new SyntaxError(SyntaxError.Kind.LexError, e.getMessage(), position(e.offset, 1));
        }
    }

    /** A replacement field at its '{'; appends its parts (the text of {@code x=} and the value). */
    private void field(int level, List<Expr> parts) {
        if (level >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int open = i;
        i++;
        int exprStart = i;
        char quote = 0;
        boolean tripleQuote = false;
        StringBuilder brackets = new StringBuilder();
        while (i < bodyEnd) {
            char c = text.charAt(i);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote && (!tripleQuote || text.startsWith(String.valueOf(quote).repeat(3), i))) {
                    i += tripleQuote ? 3 : 1;
                    quote = 0;
                    continue;
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                tripleQuote = text.startsWith(String.valueOf(c).repeat(3), i);
                i += tripleQuote ? 3 : 1;
                continue;
            }
            if (c == '[' || c == '(' || c == '{') {
                if (brackets.length() >= 200) {
                    throw error("f-string: too many nested parenthesis");
                }
                brackets.append(c);
                i++;
                continue;
            }
            if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            }
            if (brackets.length() == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>')) {
                char next = i + 1 < bodyEnd ? text.charAt(i + 1) : 0;
                if (next == '=' && c != ':' && c != '}') {
                    i += 2; // != == <= >=
                    continue;
                }
                if (c == '<' || c == '>') {
                    i++;
                    continue;
                }
                break;
            }
            if (c == ']' || c == ')' || c == '}') {
                if (brackets.length() == 0) {
                    throw error("f-string: unmatched '" + c + "'");
                }
                char opening = brackets.charAt(brackets.length() - 1);
                if ((opening == '(' ? ')' : opening == '[' ? ']' : '}') != c) {
                    throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '" + opening + "'");
                }
                brackets.setLength(brackets.length() - 1);
            }
            i++;
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (brackets.length() > 0) {
            throw error("f-string: unmatched '" + brackets.charAt(brackets.length() - 1) + "'");
        }
        if (i >= bodyEnd) {
            throw error("f-string: expecting '}'");
        }
        int exprEnd = i;
        if (text.substring(exprStart, exprEnd).isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        Expr value = expression(exprStart, exprEnd);
        char conversion = 0;
        boolean selfDocumenting = false;
        if (text.charAt(i) == '=') {
            selfDocumenting = true;
            i++;
            while (i < bodyEnd && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            parts.add(new Expr.StrLiteral(position(exprStart, i - exprStart), text.substring(exprStart, i)));
            if (i >= bodyEnd) {
                throw error("f-string: expecting '}'");
            }
        }
        if (text.charAt(i) == '!') {
            i++;
            if (i >= bodyEnd) {
                throw error("f-string: expecting '}'");
            }
            conversion = text.charAt(i);
            if (conversion != 'r' && conversion != 's' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            i++;
            if (i >= bodyEnd) {
                throw error("f-string: expecting '}'");
            }
        }
        Expr.FString spec = null;
        if (text.charAt(i) == ':') {
            int specStart = i;
            i++;
            List<Expr> specParts = new ArrayList<>();
            for (Expr part : body(level + 1)) {
                add(specParts, part);
            }
            spec = new Expr.FString(position(specStart, i - specStart), List.copyOf(specParts));
        }
        if (i >= bodyEnd || text.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (selfDocumenting && conversion == 0 && spec == null) {
            conversion = 'r';
        }
        parts.add(new Expr.FormattedValue(position(open, i - open), value, conversion, spec));
    }

    /** Tokenizes {@code (text[start, end))} and parses it as one expression, at its place in the program. */
    private Expr expression(int start, int end) {
        String fragment = "(" + text.substring(start, end) + ")";
        Span origin = position(start, 0);
        List<Token> tokens;
        try {
            tokens = Lexer.tokenize(fragment);
        } catch (SyntaxError e) {
            throw new SyntaxError(e.kind(), e.getMessage(), shift(e.span(), origin));
        }
        List<Token> shifted = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            shifted.add(new Token(t.kind(), t.text(), shift(t.span(), origin), t.value()));
        }
        try {
            return new Parser(shifted).fstringExpression();
        } catch (SyntaxError e) {
            String message = e.getMessage().startsWith("f-string") ? e.getMessage() : "f-string: " + e.getMessage();
            throw new SyntaxError(e.kind(), message, e.span());
        }
    }

    /** A span of the fragment {@code (expr)} moved to where {@code expr} starts in the program. */
    private static Span shift(Span s, Span origin) {
        int offset = origin.offset() + s.offset() - 1;
        if (s.line() == 1) {
            return new Span(offset, s.length(), origin.line(), origin.column() + s.column() - 2);
        }
        return new Span(offset, s.length(), origin.line() + s.line() - 1, s.column());
    }

    /** The span of {@code length} chars at {@code index} of the literal's text, in the program. */
    private Span position(int index, int length) {
        Span start = token.span();
        int line = start.line();
        int column = start.column();
        for (int k = 0; k < index; k++) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Span(start.offset() + index, length, line, column);
    }
}
