package org.pyrust.fuzz;

import java.util.List;

/**
 * A generated statement before it is laid out as text. The generator decides what a program says; a
 * {@link Layout} decides how it is written (indentation, line endings, semicolons, one-line suites), so
 * that one program is tried in many spellings and shrinking keeps the spelling that failed.
 */
sealed interface Code {

    /** A simple statement: an expression, an assignment, {@code pass}, {@code return}... */
    record Line(String text) implements Code {
    }

    /** A compound statement: {@code header} (without the colon) and an indented body. */
    record Suite(String header, List<Code> body) implements Code {
    }

    static Code line(String text) {
        return new Line(text);
    }

    static Code suite(String header, List<Code> body) {
        return new Suite(header, List.copyOf(body));
    }
}
