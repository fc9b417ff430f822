package org.pyrust.parser;

import java.util.ArrayList;
import java.util.List;

import org.pyrust.ast.Alias;
import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Stmt;

/**
 * Simple statements: expression statements, assignments (chained, augmented, annotated), {@code return},
 * {@code del}, {@code assert}, {@code raise}, {@code global}, {@code nonlocal}, {@code import}, and the
 * one-word ones; several on a line separated by ';'.
 */
abstract class SimpleStatementParser extends ParameterParser {

    SimpleStatementParser(List<Token> tokens) {
        super(tokens);
    }

    /** Simple statements separated by ';' (a trailing one allowed), ended by NEWLINE. */
    void simpleStatements(List<Stmt> body) {
        while (true) {
            body.add(simpleStatement());
            Token t = peek();
            if (t.kind() == TokenKind.SEMI) {
                advance();
                if (at(TokenKind.NEWLINE)) {
                    advance();
                    return;
                }
            } else if (t.kind() == TokenKind.NEWLINE) {
                advance();
                return;
            } else if (t.kind() == TokenKind.EOF) {
                return; // only from a hand-made token list: the lexer always ends a line
            } else {
                throw unexpected(t, "invalid syntax");
            }
        }
    }

    private boolean atEndOfStatement() {
        return at(TokenKind.NEWLINE) || at(TokenKind.SEMI) || at(TokenKind.EOF);
    }

    Stmt simpleStatement() {
        Token t = peek();
        switch (t.kind()) {
            case PASS:
                advance();
                return new Stmt.Pass(t.span());
            case BREAK:
                advance();
                return new Stmt.Break(t.span());
            case CONTINUE:
                advance();
                return new Stmt.Continue(t.span());
            case RETURN: {
                advance();
                Expr value = atEndOfStatement() ? null : starExpressions();
                return new Stmt.Return(spanFrom(t), value);
            }
            case GLOBAL: {
                advance();
                sawDeclaration = true;
                List<String> names = names();
                return new Stmt.Global(spanFrom(t), names);
            }
            case NONLOCAL: {
                advance();
                sawDeclaration = true;
                List<String> names = names();
                return new Stmt.Nonlocal(spanFrom(t), names);
            }
            case DEL:
                return deleteStatement();
            case ASSERT: {
                advance();
                Expr test = expression();
                Expr message = null;
                if (at(TokenKind.COMMA)) {
                    advance();
                    message = expression();
                }
                return new Stmt.Assert(spanFrom(t), test, message);
            }
            case RAISE: {
                advance();
                Expr exception = null;
                Expr cause = null;
                if (!atEndOfStatement()) {
                    exception = expression();
                    if (at(TokenKind.FROM)) {
                        advance();
                        cause = expression();
                    }
                }
                return new Stmt.Raise(spanFrom(t), exception, cause);
            }
            case IMPORT:
                return importStatement();
            case FROM:
                return fromImport();
            case ASYNC:
                throw errorAt(t, notSupported("async"));
            case CLASS, TRY, WITH, DEF, IF, WHILE, FOR, ELSE, ELIF, EXCEPT, FINALLY:
                // A compound statement cannot follow ':' or ';' on the same line.
                throw errorAt(t, "invalid syntax");
            case INDENT:
                throw errorAt(t, "unexpected indent");
            case DEDENT:
                throw errorAt(t, "unexpected unindent");
            default:
                return expressionStatement();
        }
    }

    /** NAME (',' NAME)* of global and nonlocal. */
    private List<String> names() {
        List<String> names = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.kind() != TokenKind.NAME) {
                throw unexpected(t, "invalid syntax");
            }
            advance();
            names.add((String) t.value());
            if (!at(TokenKind.COMMA)) {
                return List.copyOf(names);
            }
            advance();
        }
    }

    private Stmt deleteStatement() {
        Token keyword = advance();
        List<Expr> targets = new ArrayList<>();
        while (true) {
            Expr target = binary(BIT_OR);
            Targets.check(this, target, Targets.Context.DELETE);
            targets.add(target);
            if (!at(TokenKind.COMMA)) {
                break;
            }
            advance();
            if (atEndOfStatement()) {
                break;
            }
        }
        return new Stmt.Delete(spanFrom(keyword), List.copyOf(targets));
    }

    /** A dotted name {@code a.b.c}. */
    private String dottedName() {
        StringBuilder name = new StringBuilder();
        while (true) {
            Token t = peek();
            if (t.kind() != TokenKind.NAME) {
                throw unexpected(t, "invalid syntax");
            }
            advance();
            name.append((String) t.value());
            if (!at(TokenKind.DOT)) {
                return name.toString();
            }
            advance();
            name.append('.');
        }
    }

    private String asName() {
        if (!at(TokenKind.AS)) {
            return null;
        }
        advance();
        Token t = peek();
        if (t.kind() != TokenKind.NAME) {
            throw unexpected(t, "invalid syntax");
        }
        advance();
        return (String) t.value();
    }

    private Stmt importStatement() {
        Token keyword = advance();
        List<Alias> names = new ArrayList<>();
        while (true) {
            Token first = peek();
            String name = dottedName();
            String as = asName();
            names.add(new Alias(spanFrom(first), name, as));
            if (!at(TokenKind.COMMA)) {
                break;
            }
            advance();
        }
        return new Stmt.Import(spanFrom(keyword), List.copyOf(names));
    }

    private Stmt fromImport() {
        Token keyword = advance();
        int level = 0;
        while (at(TokenKind.DOT)) {
            advance();
            level++;
        }
        String module = null;
        if (at(TokenKind.NAME)) {
            module = dottedName();
        } else if (level == 0) {
            throw unexpected(peek(), "invalid syntax");
        }
        if (!at(TokenKind.IMPORT)) {
            throw unexpected(peek(), "invalid syntax");
        }
        advance();
        List<Alias> names = new ArrayList<>();
        if (at(TokenKind.STAR)) {
            Token star = advance();
            names.add(new Alias(star.span(), "*", null));
            return new Stmt.ImportFrom(spanFrom(keyword), module, level, List.copyOf(names));
        }
        boolean parens = at(TokenKind.LPAR);
        Token open = null;
        if (parens) {
            open = advance();
            openBrackets.push(open);
        }
        while (true) {
            Token t = peek();
            if (t.kind() != TokenKind.NAME) {
                throw unexpected(t, "invalid syntax");
            }
            advance();
            String as = asName();
            names.add(new Alias(spanFrom(t), (String) t.value(), as));
            if (!at(TokenKind.COMMA)) {
                break;
            }
            Token comma = advance();
            if (parens && at(TokenKind.RPAR)) {
                break;
            }
            if (!parens && atEndOfStatement()) {
                throw errorAt(comma, "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (parens) {
            if (!at(TokenKind.RPAR)) {
                throw unexpected(peek(), "invalid syntax");
            }
            advance();
            openBrackets.pop();
        }
        return new Stmt.ImportFrom(spanFrom(keyword), module, level, List.copyOf(names));
    }

    /** The value of an assignment: a yield expression or expressions. */
    private Expr assignedValue() {
        return at(TokenKind.YIELD) ? yieldExpression() : starExpressions();
    }

    /** An expression statement or an assignment (plain, chained, augmented or annotated). */
    Stmt expressionStatement() {
        Token first = peek();
        Expr e = assignedValue();
        Token t = peek();
        switch (t.kind()) {
            case EQUAL -> {
                List<Expr> targets = new ArrayList<>();
                Expr value = e;
                while (at(TokenKind.EQUAL)) {
                    targets.add(value);
                    advance();
                    value = assignedValue();
                }
                for (int i = 0; i < targets.size(); i++) {
                    Targets.check(this, targets.get(i), i == 0 && targets.size() == 1 ? Targets.Context.ASSIGN_HINTED : Targets.Context.ASSIGN);
                }
                return new Stmt.Assign(spanFrom(first), List.copyOf(targets), value);
            }
            case PLUSEQUAL, MINUSEQUAL, STAREQUAL, SLASHEQUAL, DOUBLESLASHEQUAL, PERCENTEQUAL, DOUBLESTAREQUAL,
                 AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL -> {
                if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                    throw error(e.span(), "'" + describe(e) + "' is an illegal expression for augmented assignment");
                }
                advance();
                Expr value = assignedValue();
                return new Stmt.AugAssign(spanFrom(first), e, augmentedOp(t.kind()), value);
            }
            case COLON -> {
                switch (e) {
                    case Expr.Name n -> {
                    }
                    case Expr.Attribute a -> {
                    }
                    case Expr.Subscript s -> {
                    }
                    case Expr.TupleExpr x -> throw error(e.span(), "only single target (not tuple) can be annotated");
                    case Expr.ListExpr x -> throw error(e.span(), "only single target (not list) can be annotated");
                    default -> throw error(e.span(), "illegal target for annotation");
                }
                advance();
                Expr annotation = expression();
                Expr value = null;
                if (at(TokenKind.EQUAL)) {
                    advance();
                    value = assignedValue();
                }
                return new Stmt.AnnAssign(spanFrom(first), e, annotation, value);
            }
            case NEWLINE, SEMI, EOF -> {
                return new Stmt.ExprStmt(spanFrom(first), e);
            }
            default -> {
                // `match x:` is a statement CPython knows and PyRust does not.
                if (e instanceof Expr.Name name && name.id().equals("match") && first.kind() == TokenKind.NAME
                        && startsExpression(t)) {
                    throw errorAt(first, notSupported("match"));
                }
                // Python 2's print and exec statements.
                if (e instanceof Expr.Name name && (name.id().equals("print") || name.id().equals("exec")) && first.kind() == TokenKind.NAME
                        && (t.kind() == TokenKind.STRING || t.kind() == TokenKind.INT || t.kind() == TokenKind.NAME)) {
                    throw errorAt(first, "Missing parentheses in call to '" + name.id() + "'. Did you mean " + name.id() + "(...)?");
                }
                throw unexpected(t, "invalid syntax");
            }
        }
    }

    private static BinaryOp augmentedOp(TokenKind kind) {
        return switch (kind) {
            case PLUSEQUAL -> BinaryOp.ADD;
            case MINUSEQUAL -> BinaryOp.SUB;
            case STAREQUAL -> BinaryOp.MUL;
            case SLASHEQUAL -> BinaryOp.DIV;
            case DOUBLESLASHEQUAL -> BinaryOp.FLOOR_DIV;
            case PERCENTEQUAL -> BinaryOp.MOD;
            case AMPEREQUAL -> BinaryOp.BIT_AND;
            case VBAREQUAL -> BinaryOp.BIT_OR;
            case CIRCUMFLEXEQUAL -> BinaryOp.BIT_XOR;
            case LEFTSHIFTEQUAL -> BinaryOp.LSHIFT;
            case RIGHTSHIFTEQUAL -> BinaryOp.RSHIFT;
            default -> BinaryOp.POW;
        };
    }
}
