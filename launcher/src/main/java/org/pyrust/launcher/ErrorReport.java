package org.pyrust.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.PolyglotException.StackFrame;
import org.graalvm.polyglot.SourceSection;

/**
 * Writes a PyRust error the way LANGUAGE.md describes it:
 *
 * <pre>
 * RuntimeError at 3:12: Division by zero
 *         return x / 0
 *                ^
 *   at f (line 3)
 *   at &lt;module&gt; (line 5)
 * </pre>
 *
 * The first line is the exception's message, unchanged. The source line is quoted with a 4-space indent
 * and a caret under the error's column; the guest call stack follows for runtime errors only.
 */
final class ErrorReport {

    private static final String INDENT = "    ";
    private static final int REPEATS_SHOWN = 3;

    /** The first line's "Kind at line:column:" prefix; line and column count code points from 1. */
    private static final Pattern POSITION = Pattern.compile("^(\\w+) at (\\d+):(\\d+): ");

    private ErrorReport() {}

    static void printGuestError(PolyglotException e, PrintStream err) {
        String message = e.getMessage();
        err.println(message);
        SourceSection location = e.getSourceLocation();
        Matcher position = POSITION.matcher(message == null ? "" : message);
        boolean positioned = position.find();
        if (location != null && location.isAvailable()) {
            // The message's position is authoritative: it is the language's own line and code-point
            // column. Truffle's SourceSection counts UTF-16 chars and splits lines on '\n' only.
            int line = positioned ? Integer.parseInt(position.group(2)) : location.getStartLine();
            int column = positioned ? Integer.parseInt(position.group(3)) : location.getStartColumn();
            String text = SourceLines.line(location.getSource().getCharacters(), line);
            if (text != null) {
                err.println(INDENT + text);
                err.println(INDENT + caretLine(text, column));
            }
        }
        if (positioned && position.group(1).equals("RuntimeError")) {
            printGuestStack(e, err);
        }
        err.flush();
    }

    /** Spaces (and the line's own tabs, so that it lines up) up to the column, then a caret. */
    static String caretLine(String text, int column) {
        StringBuilder caret = new StringBuilder();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < column - 1; i++) {
            caret.append(i < codePoints.length && codePoints[i] == '\t' ? '\t' : ' ');
        }
        return caret.append('^').toString();
    }

    /**
     * One line per active guest call, innermost first: "  at f (line 3)". Like CPython, a line repeated
     * more than {@value #REPEATS_SHOWN} times in a row (deep recursion) is shown that often, then counted.
     */
    private static void printGuestStack(PolyglotException e, PrintStream err) {
        List<String> lines = new ArrayList<>();
        for (StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame()) {
                String name = frame.getRootName() == null ? "<unknown>" : frame.getRootName();
                SourceSection at = frame.getSourceLocation();
                lines.add(at == null ? "  at " + name : "  at " + name + " (line " + at.getStartLine() + ")");
            }
        }
        for (int i = 0; i < lines.size(); ) {
            int end = i;
            while (end < lines.size() && lines.get(end).equals(lines.get(i))) {
                end++;
            }
            for (int k = i; k < Math.min(end, i + REPEATS_SHOWN); k++) {
                err.println(lines.get(k));
            }
            if (end - i > REPEATS_SHOWN) {
                err.println("  [Previous line repeated " + (end - i - REPEATS_SHOWN) + " more times]");
            }
            i = end;
        }
    }

    /** A failure of the launcher, the engine or the language implementation itself: a Java stack trace. */
    static void printInternalError(Throwable t, PrintStream err) {
        err.println("pyrust: internal error:");
        t.printStackTrace(err);
        err.flush();
    }
}
