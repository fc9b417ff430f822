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
    private static final int LONGEST_CYCLE = 16;

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
                printQuoted(text, column, err);
            }
        }
        if (positioned && position.group(1).equals("RuntimeError")) {
            printGuestStack(e, err);
        }
        err.flush();
    }

    /**
     * A program that is not UTF-8, in the form of a lexical error: the line is quoted up to the bad byte,
     * which is shown escaped, with the caret under it.
     */
    static void printUndecodable(UndecodableSource e, PrintStream err) {
        err.println(e.firstLine());
        printQuoted(e.lineBefore() + e.badByteEscaped(), e.column(), err);
        err.flush();
    }

    /**
     * The source line with a 4-space indent, and below it a caret under {@code column} (a code-point
     * column). A character that does not print (a NUL, a control character) is shown escaped as repr()
     * would show it, and the caret moves with it; tabs are kept, in the caret line too, so that it lines up.
     */
    private static void printQuoted(String text, int column, PrintStream err) {
        StringBuilder shown = new StringBuilder();
        StringBuilder caret = new StringBuilder();
        int index = 0;
        for (int c : text.codePoints().toArray()) {
            String piece = c == '\t' || PythonRepr.isPrintable(c) ? Character.toString(c) : PythonRepr.escape(c);
            if (index++ < column - 1) {
                caret.append(c == '\t' ? "\t" : " ".repeat(piece.codePointCount(0, piece.length())));
            }
            shown.append(piece);
        }
        caret.append(" ".repeat(Math.max(0, column - 1 - index)));
        err.println(INDENT + shown);
        err.println(INDENT + caret.append('^'));
    }

    /** One line per active guest call, innermost first: "  at f (line 3)", with repeats collapsed. */
    private static void printGuestStack(PolyglotException e, PrintStream err) {
        List<String> lines = new ArrayList<>();
        for (StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame()) {
                String name = frame.getRootName() == null ? "<unknown>" : frame.getRootName();
                SourceSection at = frame.getSourceLocation();
                lines.add(at == null ? "  at " + name : "  at " + name + " (line " + at.getStartLine() + ")");
            }
        }
        for (String line : collapseRepeats(lines)) {
            err.println(line);
        }
    }

    /**
     * Like CPython, a line repeated more than {@value #REPEATS_SHOWN} times in a row (deep recursion) is
     * shown that often, then counted. Unlike CPython, so is a cycle of up to {@value #LONGEST_CYCLE} lines
     * (mutual recursion, {@code a -> b -> a}), so that the report of any recursion error stays short. At
     * each line the cycle length that covers the most lines wins, the shortest on a tie.
     */
    private static List<String> collapseRepeats(List<String> lines) {
        List<String> shown = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int bestLength = 0;
            int bestRepeats = 0;
            for (int length = 1; length <= LONGEST_CYCLE && i + 2 * length <= lines.size(); length++) {
                int repeats = 1;
                while (i + (repeats + 1) * length <= lines.size() && sameLines(lines, i, i + repeats * length, length)) {
                    repeats++;
                }
                if (repeats > REPEATS_SHOWN && repeats * length > bestRepeats * bestLength) {
                    bestLength = length;
                    bestRepeats = repeats;
                }
            }
            if (bestLength == 0) {
                shown.add(lines.get(i++));
                continue;
            }
            shown.addAll(lines.subList(i, i + REPEATS_SHOWN * bestLength));
            int more = bestRepeats - REPEATS_SHOWN;
            shown.add(bestLength == 1 ? "  [Previous line repeated " + more + " more times]"
                            : "  [Previous " + bestLength + " lines repeated " + more + " more times]");
            i += bestRepeats * bestLength;
        }
        return shown;
    }

    private static boolean sameLines(List<String> lines, int first, int second, int length) {
        for (int k = 0; k < length; k++) {
            if (!lines.get(first + k).equals(lines.get(second + k))) {
                return false;
            }
        }
        return true;
    }

    /** A failure of the launcher, the engine or the language implementation itself: a Java stack trace. */
    static void printInternalError(Throwable t, PrintStream err) {
        err.println("pyrust: internal error:");
        t.printStackTrace(err);
        err.flush();
    }
}
