package org.pyrust.parser;

/**
 * The kinds of tokens the {@link Lexer} produces.
 *
 * <p>Operators and keywords carry their spelling ({@link #text}); it is what error messages quote.
 */
public enum TokenKind {
    // Literals and names. The token's value is the Long, the decoded String, or the normalized name.
    NAME(null),
    INT(null),
    /** A float literal ({@code 3.14}, {@code .5}, {@code 1e3}, {@code 1.}); the parser converts its text. */
    FLOAT(null),
    /** An imaginary literal ({@code 1j}); complex numbers are not in the language. */
    IMAGINARY(null),
    /** Any string literal; the prefix stays in the text, see {@link Token#stringPrefix()}. */
    STRING(null),

    // Layout.
    NEWLINE(null),
    INDENT(null),
    DEDENT(null),
    EOF(null),
    /**
     * A parse error the lexer found but must not throw (bad indentation, unclosed or too deeply nested
     * brackets): a lexical error later in the program still has to win. The value is the message; the
     * parser throws it as a ParseError when it reaches the token.
     */
    ERROR(null),

    // Brackets.
    LPAR("("),
    RPAR(")"),
    LSQB("["),
    RSQB("]"),
    LBRACE("{"),
    RBRACE("}"),

    // Punctuation.
    COMMA(","),
    COLON(":"),
    SEMI(";"),
    DOT("."),
    RARROW("->"),
    COLONEQUAL(":="),

    // Arithmetic.
    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    SLASH("/"),
    DOUBLESLASH("//"),
    PERCENT("%"),
    DOUBLESTAR("**"),

    // Assignment.
    EQUAL("="),
    PLUSEQUAL("+="),
    MINUSEQUAL("-="),
    STAREQUAL("*="),
    SLASHEQUAL("/="),
    DOUBLESLASHEQUAL("//="),
    PERCENTEQUAL("%="),
    DOUBLESTAREQUAL("**="),

    // Comparison.
    EQEQUAL("=="),
    NOTEQUAL("!="),
    LESS("<"),
    LESSEQUAL("<="),
    GREATER(">"),
    GREATEREQUAL(">="),

    // Bitwise and shift operators.
    AMPER("&"),
    VBAR("|"),
    CIRCUMFLEX("^"),
    TILDE("~"),
    /**
     * {@code @} opening a line before a name: a decorator. Anywhere else {@code @} is an unexpected
     * character (matrix multiplication is left out).
     */
    AT("@"),
    LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"),
    AMPEREQUAL("&="),
    VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="),

    // Keywords (Python 3.11's hard keywords).
    FALSE("False"),
    NONE("None"),
    TRUE("True"),
    AND("and"),
    AS("as"),
    ASSERT("assert"),
    ASYNC("async"),
    AWAIT("await"),
    BREAK("break"),
    CLASS("class"),
    CONTINUE("continue"),
    DEF("def"),
    DEL("del"),
    ELIF("elif"),
    ELSE("else"),
    EXCEPT("except"),
    FINALLY("finally"),
    FOR("for"),
    FROM("from"),
    GLOBAL("global"),
    IF("if"),
    IMPORT("import"),
    IN("in"),
    IS("is"),
    LAMBDA("lambda"),
    NONLOCAL("nonlocal"),
    NOT("not"),
    OR("or"),
    PASS("pass"),
    RAISE("raise"),
    RETURN("return"),
    TRY("try"),
    WHILE("while"),
    WITH("with"),
    YIELD("yield");

    /** The fixed spelling of an operator or keyword; null for the other kinds. */
    public final String text;

    TokenKind(String text) {
        this.text = text;
    }

    public boolean isKeyword() {
        return compareTo(FALSE) >= 0;
    }

    public boolean isOpeningBracket() {
        return this == LPAR || this == LSQB || this == LBRACE;
    }

    public boolean isClosingBracket() {
        return this == RPAR || this == RSQB || this == RBRACE;
    }
}
