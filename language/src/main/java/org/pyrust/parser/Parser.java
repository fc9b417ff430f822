package org.pyrust.parser;

import java.util.ArrayList;
import java.util.List;

import org.pyrust.ast.Expr;
import org.pyrust.ast.Module;
import org.pyrust.ast.Stmt;

/**
 * Recursive-descent parser for PyRust: Python 3.11's grammar (the Data and Objects layers included),
 * with precedence climbing for binary operators. What the language leaves out ({@code match},
 * {@code async}/{@code await}, bytes, complex numbers) is recognized far enough to be reported as
 * {@code '<construct>' is not supported} where it starts; what the runtime does not run yet is the
 * translator's to reject. The grammar is split by area over a chain of classes: {@link ParserBase}
 * (tokens, errors), {@link ExpressionParser}, {@link DisplayParser}, {@link ParameterParser},
 * {@link SimpleStatementParser}, {@link StatementParser}, and this one (entry points); f-strings are
 * {@link FStringParser}'s, target checks {@link Targets}'.
 *
 * <p>Errors are thrown in the order CPython finds them: first the parse errors (in token order),
 * then, once the whole program has parsed, the scoping errors of CPython's symbol table and the
 * errors of its compiler ({@link SemanticChecker}).
 */
public final class Parser extends StatementParser {

    public Parser(List<Token> tokens) {
        super(tokens);
    }

    /** Tokenizes all of {@code source}, then parses it. */
    public static Module parse(String source) {
        return new Parser(Lexer.tokenize(source)).parseModule();
    }

    /** @throws SyntaxError of kind ParseError for the first parse error */
    public Module parseModule() {
        List<Stmt> body = new ArrayList<>();
        try {
            while (peek().kind() != TokenKind.EOF) {
                statement(body);
            }
        } catch (StackOverflowError e) {
            // The nesting limits keep the recursion to a few hundred frames, but how big a frame is
            // depends on the JIT; a thread with a small stack still gets a parse error, not a crash.
            throw errorAt(peek(), "expression too deeply nested");
        }
        Module module = new Module(List.copyOf(body));
        SemanticChecker.check(module, sawDeclaration);
        return module;
    }

    /**
     * The expression of an f-string's replacement field, tokenized as {@code (expr)} (see
     * {@link FStringParser}): a yield expression or expressions, then the closing parenthesis.
     */
    Expr fstringExpression() {
        Token open = advance();
        openBrackets.push(open);
        Expr e = at(TokenKind.YIELD) ? yieldExpression() : starExpressions();
        Token close = peek();
        if (close.kind() != TokenKind.RPAR) {
            throw unexpected(close, startsExpression(close) ? "invalid syntax. Perhaps you forgot a comma?" : "invalid syntax");
        }
        advance();
        openBrackets.pop();
        return e;
    }
}
