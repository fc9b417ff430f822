package org.pyrust.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyrust.parser.TokenKind.DEDENT;
import static org.pyrust.parser.TokenKind.EOF;
import static org.pyrust.parser.TokenKind.ERROR;
import static org.pyrust.parser.TokenKind.INDENT;
import static org.pyrust.parser.TokenKind.NEWLINE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pyrust.ast.Span;

/** The lexer: tokens, values, positions, layout, and every lexical error with its position. */
class LexerTest {

    private static List<Token> lex(String source) {
        return Lexer.tokenize(source);
    }

    /** The token kinds, space-separated, for compact expectations. */
    private static String kinds(String source) {
        return lex(source).stream().map(t -> t.kind().name()).collect(Collectors.joining(" "));
    }

    private static SyntaxError lexError(String source) {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Lexer.tokenize(source));
        assertEquals(SyntaxError.Kind.LexError, e.kind(), e.firstLine());
        return e;
    }

    private static void assertLexError(String source, int line, int column, String message) {
        SyntaxError e = lexError(source);
        assertEquals(line + ":" + column + ": " + message, e.span().line() + ":" + e.span().column() + ": " + e.getMessage());
    }

    private static void assertSpan(Token t, int offset, int length, int line, int column) {
        assertEquals(new Span(offset, length, line, column), t.span(), t.toString());
    }

    private static Token only(String source) {
        List<Token> tokens = lex(source);
        assertEquals(3, tokens.size(), tokens::toString); // the token, NEWLINE, EOF
        return tokens.get(0);
    }

    // ---------------------------------------------------------------------------------------------
    // Tokens and values

    @Test
    void simpleStatement() {
        assertEquals("NAME EQUAL INT PLUS INT NEWLINE EOF", kinds("x = 1 + 2"));
        List<Token> t = lex("x = 1 + 2");
        assertEquals("x", t.get(0).text());
        assertEquals("x", t.get(0).value());
        assertEquals(1L, t.get(2).value());
        assertSpan(t.get(0), 0, 1, 1, 1);
        assertSpan(t.get(2), 4, 1, 1, 5);
        assertSpan(t.get(4), 8, 1, 1, 9);
        assertSpan(t.get(5), 9, 0, 1, 10); // implicit NEWLINE at the end
        assertSpan(t.get(6), 9, 0, 1, 10);
    }

    @Test
    void emptyAndBlankPrograms() {
        assertEquals("EOF", kinds(""));
        assertEquals("EOF", kinds("\n\n  \n"));
        assertEquals("EOF", kinds("# only a comment"));
        assertEquals("EOF", kinds("  # indented comment\n\t\n"));
        assertEquals("EOF", kinds("\uFEFF"));
    }

    @Test
    void keywordsHaveTheirOwnKinds() {
        for (TokenKind k : TokenKind.values()) {
            if (k.isKeyword()) {
                Token t = lex(k.text).get(0);
                assertEquals(k, t.kind());
                assertEquals(k.text, t.text());
                assertNull(t.value());
            }
        }
        // Soft keywords and builtins are names.
        assertEquals("NAME NAME NAME NAME NAME NEWLINE EOF", kinds("match case _ print range"));
        assertEquals("NAME NEWLINE EOF", kinds("If"));
    }

    @Test
    void everyOperator() {
        String ops = "( ) [ ] { } , : ; . + - * / // % ** = += -= *= /= //= %= **= == != < <= > >= -> := "
                + "& | ^ ~ << >> &= |= ^= <<= >>=";
        List<Token> tokens = lex(ops);
        String[] spelled = ops.split(" ");
        for (int i = 0; i < spelled.length; i++) {
            assertEquals(spelled[i], tokens.get(i).text());
            assertEquals(spelled[i], tokens.get(i).kind().text);
            assertEquals(spelled[i].length(), tokens.get(i).span().length());
        }
        assertEquals(NEWLINE, tokens.get(spelled.length).kind());
    }

    @Test
    void longestMatch() {
        assertEquals("DOUBLESTAREQUAL DOUBLESTAR STAR NEWLINE EOF", kinds("**=***"));
        assertEquals("DOUBLESLASHEQUAL DOUBLESLASH SLASH NEWLINE EOF", kinds("//=///"));
        assertEquals("LEFTSHIFTEQUAL LESSEQUAL LESS NEWLINE EOF", kinds("<<=<=<"));
        assertEquals("MINUS RARROW MINUSEQUAL NEWLINE EOF", kinds("- -> -="));
        assertEquals("DOT DOT DOT NEWLINE EOF", kinds("..."));
        assertEquals("NOTEQUAL EQUAL NEWLINE EOF", kinds("!=="));
    }

    @Test
    void integers() {
        assertEquals(0L, only("0").value());
        assertEquals(0L, only("00").value());
        assertEquals(0L, only("0_0").value());
        assertEquals(1000L, only("1_000").value());
        assertEquals(255L, only("0xff").value());
        assertEquals(255L, only("0XFF").value());
        assertEquals(255L, only("0x_ff").value());
        assertEquals(8L, only("0o10").value());
        assertEquals(7L, only("0O_7").value());
        assertEquals(5L, only("0b101").value());
        assertEquals(5L, only("0B1_01").value());
        assertEquals(Long.MAX_VALUE, only("9223372036854775807").value());
        assertEquals(Long.MAX_VALUE, only("0x7fffffffffffffff").value());
        assertEquals("1_000", only("1_000").text());
    }

    @Test
    void integerFollowedByKeyword() {
        // CPython accepts a number directly followed by a keyword that can follow it.
        assertEquals("INT OR INT NEWLINE EOF", kinds("1or 2"));
        assertEquals("INT AND INT NEWLINE EOF", kinds("0x1f and 2"));
        assertEquals("INT IF INT ELSE INT NEWLINE EOF", kinds("1if 1 else 2"));
        assertEquals("INT IS NAME NEWLINE EOF", kinds("1is x"));
        assertEquals("INT ELSE NEWLINE EOF", kinds("1else"));
    }

    @Test
    void floatsAndImaginaries() {
        for (String f : new String[] {"3.14", ".5", "1.", "1e3", "1E-3", "1_0.5e+1_0", "09.5", "00e5", "0.0"}) {
            Token t = only(f);
            assertEquals(TokenKind.FLOAT, t.kind(), f);
            assertEquals(f, t.text());
            assertNull(t.value());
        }
        for (String j : new String[] {"1j", "2.5J", "1e3j", "09j", ".5j"}) {
            assertEquals(TokenKind.IMAGINARY, only(j).kind(), j);
        }
        assertEquals("INT DOT NAME NEWLINE EOF", kinds("0x1.real"));
    }

    @Test
    void strings() {
        assertEquals("abc", only("'abc'").value());
        assertEquals("abc", only("\"abc\"").value());
        assertEquals("a'b", only("\"a'b\"").value());
        assertEquals("a\nb", only("'''a\nb'''").value());
        assertEquals("a\"\"b", only("\"\"\"a\"\"b\"\"\"").value());
        assertEquals("", only("''").value());
        assertEquals("", only("''''''").value());
        assertEquals("'abc'", only("'abc'").text());
        assertSpan(only("'abc'"), 0, 5, 1, 1);
    }

    @Test
    void escapes() {
        assertEquals("\\ ' \" \u0007 \b \f \n \r \t \u000b", only("'\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v'").value());
        assertEquals("A\u00e9\u20ac\uD83D\uDE00", only("'\\x41\\u00e9\\u20AC\\U0001F600'").value());
        assertEquals("\0" + "A" + "\u01ff" + "\u00008", only("'\\0\\101\\777\\08'").value());
        assertEquals("a", only("'\\N{LATIN SMALL LETTER A}'").value());
        assertEquals("\u00e9", only("'\\N{latin small letter e with acute}'").value());
        // Unknown escapes keep their backslash.
        assertEquals("\\q\\8\\ \\\u00e9", only("'\\q\\8\\ \\\u00e9'").value());
        // A backslash before a line end continues the string.
        assertEquals("ab", only("'a\\\nb'").value());
        assertEquals("ab", only("'a\\\r\nb'").value());
        assertEquals("ab", only("'a\\\rb'").value());
    }

    @Test
    void rawStrings() {
        assertEquals("a\\nb", only("r'a\\nb'").value());
        assertEquals("\\'", only("r'\\''").value());
        assertEquals("a\\\nb", only("R'a\\\nb'").value());
        assertEquals("\\x", only("r'\\x'").value()); // no escape errors in raw strings
        assertEquals("r'a'", only("r'a'").text());
    }

    @Test
    void stringPrefixes() {
        for (String p : new String[] {"r", "u", "R", "U", "b", "B", "f", "F", "br", "Rb", "bR", "fr", "rF", "FR"}) {
            Token t = only(p + "'x'");
            assertEquals(TokenKind.STRING, t.kind(), p);
            assertEquals(p.toLowerCase(), t.stringPrefix());
            assertEquals(p.toLowerCase().contains("b"), t.isBytes());
            assertEquals(p.toLowerCase().contains("f"), t.isFString());
            assertEquals(1, t.span().column());
        }
        // Not prefixes: a name followed by a string.
        assertEquals("NAME STRING NEWLINE EOF", kinds("ur'x'"));
        assertEquals("NAME STRING NEWLINE EOF", kinds("bu'x'"));
        assertEquals("NAME STRING NEWLINE EOF", kinds("rr'x'"));
        // Bytes and f-strings are not decoded (the parser rejects them): no escape errors.
        assertEquals("\\x", only("b'\\x'").value());
        assertEquals("{x}\\N", only("f'{x}\\N'").value());
    }

    @Test
    void floatLiteralsAreFloatTokens() {
        for (String f : new String[] {"1.5", ".5", "1e-3", "1_000.0", "1.", "0.0", "1E5", "09.5"}) {
            assertEquals("FLOAT NEWLINE EOF", kinds(f), f);
        }
        assertEquals("IMAGINARY NEWLINE EOF", kinds("1j"));
        assertEquals("INT DOT NAME NEWLINE EOF", kinds("1 .real"));
    }

    @Test
    void crlfAndCrInsideStringsBecomeNewlines() {
        assertEquals("a\nb\nc", only("'''a\r\nb\rc'''").value());
        assertEquals("a\nb", only("r'''a\r\nb'''").value());
    }

    @Test
    void identifiersAreNormalizedAndInterned() {
        Token t = only("ﬁle"); // U+FB01 LATIN SMALL LIGATURE FI
        assertEquals("file", t.value());
        assertEquals("ﬁle", t.text());
        assertSame("file", t.value());
        assertSame(lex("abc = abc").get(0).value(), lex("x = abc").get(2).value());
        assertEquals("ℌ", only("ℌ").text());
        assertEquals("H", only("ℌ").value());
        assertEquals("_日本語_1", only("_日本語_1").value());
        assertEquals("πr2", only("πr2").value());
    }

    // ---------------------------------------------------------------------------------------------
    // Positions

    @Test
    void columnsCountCodePoints() {
        List<Token> t = lex("x = \"日本\" ; y = \"😀\" + z");
        assertSpan(t.get(2), 4, 4, 1, 5);
        assertSpan(t.get(3), 9, 1, 1, 10); // ';'
        assertSpan(t.get(6), 15, 4, 1, 16); // "😀" is 4 chars: quote, surrogate pair, quote
        assertSpan(t.get(7), 20, 1, 1, 20); // '+' after the emoji: one column for two chars
        assertSpan(t.get(8), 22, 1, 1, 22);
        assertLexError("x = \"😀\" $", 1, 9, "Unexpected character '$'");
    }

    @Test
    void tabIsOneColumn() {
        List<Token> t = lex("x\t=\t1");
        assertSpan(t.get(1), 2, 1, 1, 3);
        assertSpan(t.get(2), 4, 1, 1, 5);
    }

    @Test
    void lineEnds() {
        for (String nl : new String[] {"\n", "\r\n", "\r"}) {
            List<Token> t = lex("x = 1" + nl + "y = 2" + nl);
            assertEquals("NAME EQUAL INT NEWLINE NAME EQUAL INT NEWLINE EOF",
                    t.stream().map(k -> k.kind().name()).collect(Collectors.joining(" ")));
            assertSpan(t.get(3), 5, nl.length(), 1, 6);
            assertEquals(nl, t.get(3).text());
            assertSpan(t.get(4), 5 + nl.length(), 1, 2, 1);
            assertSpan(t.get(8), 10 + 2 * nl.length(), 0, 3, 1);
        }
        // Two CRs are two lines (conformance N0318).
        assertLexError("x = 1\r\ry = $", 3, 5, "Unexpected character '$'");
    }

    @Test
    void newlineTokenStartsAtATrailingComment() {
        List<Token> t = lex("x = 1 # note\ny");
        assertEquals(NEWLINE, t.get(3).kind());
        assertSpan(t.get(3), 6, 7, 1, 7);
        assertEquals("# note\n", t.get(3).text());
        List<Token> atEnd = lex("x # note");
        assertSpan(atEnd.get(1), 2, 6, 1, 3);
    }

    @Test
    void byteOrderMarkIsSkipped() {
        List<Token> t = lex("\uFEFFx = 1");
        assertSpan(t.get(0), 1, 1, 1, 1);
        assertSpan(t.get(2), 5, 1, 1, 5);
        assertLexError("\uFEFFx = $", 1, 5, "Unexpected character '$'");
        // Elsewhere it is an ordinary (unexpected) character.
        assertLexError("x = 1\n\uFEFFy", 2, 1, "Unexpected character '\\ufeff'");
    }

    @Test
    void multiLineStringSpan() {
        List<Token> t = lex("s = '''a\nb'''\nx");
        assertSpan(t.get(2), 4, 9, 1, 5);
        assertSpan(t.get(4), 14, 1, 3, 1);
    }

    // ---------------------------------------------------------------------------------------------
    // Layout

    @Test
    void indentAndDedent() {
        assertEquals("IF NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT NAME NEWLINE EOF", kinds("if x:\n    pass\ny"));
        assertEquals("IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT DEDENT EOF",
                kinds("if x:\n  if y:\n    pass\n"));
        List<Token> t = lex("if x:\n    pass\ny");
        assertSpan(t.get(4), 10, 0, 2, 5); // INDENT: empty, at the line's first token
        assertSpan(t.get(7), 15, 0, 3, 1); // DEDENT likewise
    }

    @Test
    void dedentsAtTheEnd() {
        List<Token> t = lex("if x:\n  if y:\n    pass");
        int n = t.size();
        assertEquals(NEWLINE, t.get(n - 4).kind());
        assertEquals(DEDENT, t.get(n - 3).kind());
        assertEquals(DEDENT, t.get(n - 2).kind());
        assertEquals(EOF, t.get(n - 1).kind());
        assertSpan(t.get(n - 1), 22, 0, 3, 9);
    }

    @Test
    void blankAndCommentLinesDoNotCount() {
        assertEquals("IF NAME COLON NEWLINE INDENT PASS NEWLINE PASS NEWLINE DEDENT EOF",
                kinds("if x:\n\n    pass\n# c\n  # c\n\n    pass\n"));
    }

    @Test
    void tabsAdvanceToMultiplesOfEight() {
        // A tab and eight spaces are the same level when every line agrees on the tab width...
        assertEquals("IF NAME COLON NEWLINE INDENT PASS NEWLINE PASS NEWLINE DEDENT EOF",
                kinds("if x:\n\tpass\n\tpass\n"));
        assertEquals("IF NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT EOF", kinds("if x:\n  \tpass\n"));
    }

    @Test
    void inconsistentTabsAreAnErrorToken() {
        // ...and an ERROR token (a ParseError later) when tab widths 8 and 1 would disagree.
        for (String src : new String[] {"if x:\n\tif y:\n        pass", "if x:\n        a\n\tb", "if x:\n    pass\n\telse: pass",
            "if x:\n \tpass\n\t pass"}) {
            Token error = lex(src).stream().filter(k -> k.kind() == ERROR).findFirst().orElseThrow();
            assertEquals("inconsistent use of tabs and spaces in indentation", error.value(), src);
            assertEquals(3, error.span().line());
        }
    }

    @Test
    void formFeedResetsIndentation() {
        assertEquals("IF NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT EOF", kinds("if x:\n\f    pass"));
        // After a form feed only what follows counts: here no indentation at all.
        assertEquals("IF NAME COLON NEWLINE PASS NEWLINE EOF", kinds("if x:\n    \fpass"));
        assertEquals("NAME EQUAL INT NEWLINE EOF", kinds("\fx = 1"));
        assertEquals("NAME EQUAL INT NEWLINE EOF", kinds("x\f=\f1"));
    }

    @Test
    void baseIndentation() {
        // PyRust rule 4: the first line holding a token sets the base level.
        assertEquals("INT PLUS INT NEWLINE EOF", kinds("  2 + 3  "));
        assertEquals("NAME EQUAL INT NEWLINE NAME EQUAL INT NEWLINE EOF", kinds("\n  # c\n    x = 1\n    y = 2\n"));
        assertEquals("IF NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT NAME NEWLINE EOF", kinds("  if x:\n      pass\n  y"));
        // It never changes a string's contents.
        assertEquals("\n    a\n  b", lex("    s = '''\n    a\n  b'''").get(2).value());
    }

    @Test
    void belowTheBaseIsAnErrorToken() {
        List<Token> t = lex("  x = 1\ny = 2");
        Token error = t.get(4);
        assertEquals(ERROR, error.kind());
        assertEquals("unindent does not match any outer indentation level", error.value());
        assertSpan(error, 8, 0, 2, 1);
        assertEquals(TokenKind.NAME, t.get(5).kind()); // lexing goes on
    }

    @Test
    void unindentToAnUnknownLevelIsAnErrorToken() {
        List<Token> t = lex("def f():\n        x = 1\n    return x");
        Token error = t.stream().filter(k -> k.kind() == ERROR).findFirst().orElseThrow();
        assertEquals("unindent does not match any outer indentation level", error.value());
        assertEquals(3, error.span().line());
        assertEquals(5, error.span().column());
        // The error comes before the DEDENTs, right after the NEWLINE.
        assertEquals(NEWLINE, t.get(t.indexOf(error) - 1).kind());
    }

    @Test
    void unexpectedIndentIsLeftToTheParser() {
        assertEquals("NAME EQUAL INT NEWLINE INDENT NAME EQUAL INT NEWLINE DEDENT EOF", kinds("x = 1\n    y = 2"));
    }

    @Test
    void tooManyIndentationLevels() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        sb.append(" ".repeat(101)).append("pass\n");
        Token error = lex(sb.toString()).stream().filter(k -> k.kind() == ERROR).findFirst().orElseThrow();
        assertEquals("too many levels of indentation", error.value());
        assertEquals(101, error.span().line()); // the 100th indented line
    }

    @Test
    void implicitLineJoining() {
        assertEquals("NAME LPAR INT COMMA INT RPAR NEWLINE EOF", kinds("f(1,\n        2)"));
        assertEquals("NAME LPAR INT COMMA INT RPAR NEWLINE EOF", kinds("f(1, # c\n\n  2\n)"));
        assertEquals("LSQB INT RSQB NEWLINE EOF", kinds("[\n1\n]"));
        assertEquals("LBRACE RBRACE NEWLINE EOF", kinds("{\n}"));
    }

    @Test
    void explicitLineJoining() {
        assertEquals("NAME EQUAL INT PLUS INT NEWLINE EOF", kinds("x = 1 + \\\n  2"));
        assertEquals("NAME EQUAL INT PLUS INT NEWLINE EOF", kinds("x = 1 + \\\r\n2"));
        assertEquals("NAME EQUAL INT NEWLINE NAME NEWLINE EOF", kinds("x = 1 \\\n\ny"));
        // A continuation inside the indentation: the first one fixes the line's indentation.
        assertEquals("IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT EOF", kinds("if x:\n    \\\n  y"));
    }

    @Test
    void unclosedBracketIsAnErrorTokenAtTheEnd() {
        List<Token> t = lex("x = (1 +\n 2");
        Token error = t.get(t.size() - 3);
        assertEquals(ERROR, error.kind());
        assertEquals("'(' was never closed", error.value());
        assertSpan(error, 4, 1, 1, 5);
        assertEquals(NEWLINE, t.get(t.size() - 2).kind());
        // The innermost bracket still open is blamed.
        assertEquals("'[' was never closed", lex("f(1)\n{[(1)").stream().filter(k -> k.kind() == ERROR).findFirst().orElseThrow().value());
        assertEquals(2, lex("f(1)\n{[(1)").stream().filter(k -> k.kind() == ERROR).findFirst().orElseThrow().span().column());
    }

    @Test
    void tooManyNestedBrackets() {
        assertTrue(lex("(".repeat(200) + ")".repeat(200)).stream().noneMatch(k -> k.kind() == ERROR));
        Token error = lex("(".repeat(201) + ")".repeat(201)).stream().filter(k -> k.kind() == ERROR).findFirst().orElseThrow();
        assertEquals("too many nested parentheses", error.value());
        assertEquals(201, error.span().column());
    }

    @Test
    void closingBracketsAreLeftToTheParser() {
        assertEquals("RPAR NEWLINE EOF", kinds(")"));
        assertEquals("LPAR RSQB NEWLINE EOF", kinds("(]"));
    }

    // ---------------------------------------------------------------------------------------------
    // Lexical errors, with CPython 3.11's messages and positions

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x = 5 $ 3                       | 1 | 7  | Unexpected character '$'
            a = `1`                         | 1 | 5  | Unexpected character '`'
            def f():\\n    return 1\\nx = f() ! 2 | 3 | 9 | Unexpected character '!'
            @@@                             | 1 | 1  | Unexpected character '@'
            x = ?                           | 1 | 5  | Unexpected character '?'
            x €                             | 1 | 3  | Unexpected character '€'
            x = 1\\013                     | 1 | 6  | Unexpected character '\\\\x0b'
            x = \\0                        | 1 | 5  | source code cannot contain null bytes ('\\\\x00')
            x = "日本" ; y = $              | 1 | 16 | Unexpected character '$'
            x = 1 + \\\\ 2                  | 1 | 9  | unexpected character after line continuation character
            x = 1 \\\\                      | 1 | 8  | unexpected EOF while parsing
            x = 1 \\\\\\n                   | 1 | 8  | unexpected EOF while parsing
            x = 9223372036854775808         | 1 | 5  | Integer literal '9223372036854775808' is too large (exceeds i64 range)
            -9223372036854775808            | 1 | 2  | Integer literal '9223372036854775808' is too large (exceeds i64 range)
            x = 1\\n\\n\\ny = 9223372036854775808 | 4 | 5 | Integer literal '9223372036854775808' is too large (exceeds i64 range)
            x = 0x8000000000000000          | 1 | 5  | Integer literal '0x8000000000000000' is too large (exceeds i64 range)
            x = 9_223_372_036_854_775_808   | 1 | 5  | Integer literal '9_223_372_036_854_775_808' is too large (exceeds i64 range)
            123456789012345678901234567890  | 1 | 1  | Integer literal '123456789012345678901234567890' is too large (exceeds i64 range)
            0009                            | 1 | 1  | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
            x = 0_7                         | 1 | 5  | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
            x = 1abc                        | 1 | 5  | invalid decimal literal
            x = 1_                          | 1 | 6  | invalid decimal literal
            x = 1__0                        | 1 | 6  | invalid decimal literal
            x = 1e                          | 1 | 5  | invalid decimal literal
            x = 1e+                         | 1 | 7  | invalid decimal literal
            x = 1.5a                        | 1 | 7  | invalid decimal literal
            x = 0_                          | 1 | 6  | invalid decimal literal
            x = 1ora                        | 1 | 5  | invalid decimal literal
            x = 0x                          | 1 | 6  | invalid hexadecimal literal
            x = 0xg                         | 1 | 6  | invalid hexadecimal literal
            x = 0x1_                        | 1 | 8  | invalid hexadecimal literal
            x = 0x1and 2                    | 1 | 8  | invalid hexadecimal literal
            x = 0o                          | 1 | 6  | invalid octal literal
            x = 0o8                         | 1 | 7  | invalid digit '8' in octal literal
            x = 0o19                        | 1 | 8  | invalid digit '9' in octal literal
            x = 0b                          | 1 | 6  | invalid binary literal
            x = 0b2                         | 1 | 7  | invalid digit '2' in binary literal
            x = 0b1a                        | 1 | 7  | invalid binary literal
            x = 1jk                         | 1 | 6  | invalid imaginary literal
            x = "abc                        | 1 | 5  | unterminated string literal (detected at line 1)
            x = rb'abc                      | 1 | 5  | unterminated string literal (detected at line 1)
            x = "abc\\\\\\ndef              | 1 | 5  | unterminated string literal (detected at line 2)
            x = "\\\\"                      | 1 | 5  | unterminated string literal (detected at line 1)
            x = 'a\\nb'                     | 1 | 5  | unterminated string literal (detected at line 1)
            x = '''abc                      | 1 | 5  | unterminated triple-quoted string literal (detected at line 1)
            x = 1\\ns = \"\"\"never closed\\nx = 2\\n | 2 | 5 | unterminated triple-quoted string literal (detected at line 3)
            x = "\\\\x4"                    | 1 | 6  | (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\\\xXX escape
            x = "a\\\\x4g"                  | 1 | 7  | (unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \\\\xXX escape
            x = "\\\\u12"                   | 1 | 6  | (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\\\uXXXX escape
            x = "\\\\U1234"                 | 1 | 6  | (unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\\\UXXXXXXXX escape
            x = "\\\\U00110000"             | 1 | 6  | (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character
            x = "\\\\N{foo}"                | 1 | 6  | (unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name
            x = "\\\\N"                     | 1 | 6  | (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\\\N character escape
            x = "é\\\\x"                    | 1 | 7  | (unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\\\xXX escape
            s = '''\\n\\\\x'''              | 2 | 1  | (unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: truncated \\\\xXX escape
            """)
    void lexErrors(String source, int line, int column, String message) {
        assertLexError(source.translateEscapes(), line, column, message.translateEscapes());
    }

    @Test
    void unprintableCharactersAreShownEscaped() {
        assertLexError("x = 1 \u200b", 1, 7, "Unexpected character '\\u200b'");
        assertLexError("x = 1 \uDB40\uDC01", 1, 7, "Unexpected character '\\U000e0001'");
        assertLexError("x = 1 \u00a0", 1, 7, "Unexpected character '\\xa0'");
        assertLexError("x = 1 \u0007", 1, 7, "Unexpected character '\\x07'");
        assertLexError("x = 1 \u00e9\u20ac", 1, 8, "Unexpected character '\u20ac'");
    }

    @Test
    void nulIsRefusedAnywhere() {
        // As in CPython 3.12: inside a string literal and a comment too, and before any other error.
        String message = "source code cannot contain null bytes ('\\x00')";
        assertLexError("print(\"a\0b\")", 1, 9, message);
        assertLexError("x = 1  # a\0b", 1, 11, message);
        assertLexError("x = $\ny = 1\n  z = '\0'", 3, 8, message);
        assertLexError("s = '''\n\n\0'''", 3, 1, message);
        assertLexError("\0", 1, 1, message);
    }

    @Test
    void firstLexicalErrorWins() {
        assertLexError("x = $\ny = `", 1, 5, "Unexpected character '$'");
        // Even after a parse error or an indentation error: those are only tokens here.
        assertLexError("x = = 1\n  y = 1\nz = 1 $ 2", 3, 7, "Unexpected character '$'");
        assertLexError("x = (\ny = $", 2, 5, "Unexpected character '$'");
    }

    @Test
    void errorFirstLine() {
        assertEquals("LexError at 1:7: Unexpected character '$'", lexError("x = 5 $ 3").firstLine());
    }

    // ---------------------------------------------------------------------------------------------
    // Robustness

    @Test
    void neverThrowsAnythingButSyntaxErrorOnRandomInput() {
        Random random = new Random(1);
        byte[] bytes = new byte[1 << 20];
        for (int i = 0; i < 5; i++) {
            random.nextBytes(bytes);
            tokenizeOrSyntaxError(new String(bytes, StandardCharsets.UTF_8));
        }
        String alphabet = "x1_ \t\n\r\f()[]{}:;,.+-*/%=<>!&|^~\\'\"#é日😀0xobj\u0000";
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            tokenizeOrSyntaxError(sb.toString());
        }
    }

    private static void tokenizeOrSyntaxError(String source) {
        try {
            List<Token> tokens = Lexer.tokenize(source);
            assertEquals(EOF, tokens.get(tokens.size() - 1).kind());
        } catch (SyntaxError e) {
            assertEquals(SyntaxError.Kind.LexError, e.kind());
            assertTrue(e.span().offset() >= 0 && e.span().offset() <= source.length(), e.firstLine());
        }
    }

    @Test
    void largeProgramIsFast() {
        String program = "x=0\n" + "x=x+1\n".repeat(20000);
        for (int i = 0; i < 5; i++) {
            Lexer.tokenize(program); // warm up
        }
        long start = System.nanoTime();
        List<Token> tokens = Lexer.tokenize(program);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(20001 * 4 + 20000 * 2 + 1, tokens.size());
        assertTrue(millis < 500, "tokenizing 120 KB took " + millis + " ms");
    }

    @Test
    void longLinesStayLinear() {
        // Work, not time, is measured: the columns of a line's tokens are counted on from the previous
        // token's, so the counting steps over each character once. Counted from the line's start each
        // time, a 1 MB line would take 10^11 steps.
        String line = "x" + " + x".repeat(250_000);
        Lexer lexer = new Lexer(line);
        List<Token> tokens = lexer.tokenize();
        assertEquals(500_001 + 2, tokens.size()); // the names and pluses, NEWLINE, EOF
        assertEquals(line.length(), tokens.get(500_000).span().column());
        assertTrue(lexer.columnSteps() <= line.length(), "column counting took " + lexer.columnSteps() + " steps for " + line.length() + " characters");
    }

    @Test
    void indentationTokensBalance() {
        List<Token> t = lex("if a:\n  if b:\n    if c:\n      x\n  y\nz\n  ");
        long indents = t.stream().filter(k -> k.kind() == INDENT).count();
        long dedents = t.stream().filter(k -> k.kind() == DEDENT).count();
        assertEquals(indents, dedents);
    }
}
