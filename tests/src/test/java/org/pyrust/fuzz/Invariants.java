package org.pyrust.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * What must hold for every program, valid or not: PyRust either runs it, or reports a proper PyRust
 * error, or is stopped by the statement limit. Never an internal error, a host exception, a hang, an
 * error without a position in the program (or whose message and source location disagree about it),
 * or a context that no longer works after an error.
 *
 * <p>Each check throws an AssertionError whose message names the broken invariant and shows the
 * program, both as it is and as a Java string literal (its line endings and invisible characters are
 * part of what failed).
 */
final class Invariants {

    /** The first line of every PyRust error report (docs/language.md, "Errors"). */
    private static final String BOM = "\ufeff";

    private static final Pattern ERROR_LINE = Pattern.compile("(LexError|ParseError|RuntimeError) at (\\d+):(\\d+): (.+)", Pattern.DOTALL);

    private Invariants() {
    }

    /** How a run ended, for jqwik's statistics and the checks. */
    enum Ending {
        COMPLETED,
        LEX_ERROR,
        PARSE_ERROR,
        RUNTIME_ERROR,
        STATEMENT_LIMIT
    }

    /**
     * Checks a run and says how it ended.
     *
     * @param syntaxErrorsAllowed false for generated valid programs, which must lex and parse
     */
    static Ending check(GuestRunner.Run run, boolean syntaxErrorsAllowed) {
        String program = run.program();
        if (run.hung()) {
            fail(run, "hang: still running after " + GuestRunner.WATCHDOG_SECONDS + " s (the statement limit did not stop it); the guest thread was at\n"
                            + stack(run.hungAt()));
        }
        if (run.error() == null) {
            return Ending.COMPLETED;
        }
        if (!(run.error() instanceof PolyglotException e)) {
            fail(run, "an exception other than PolyglotException escaped Context.eval:\n" + stack(run.error()));
            throw new AssertionError("unreachable");
        }
        if (e.isInternalError()) {
            fail(run, "internal error: " + e.getMessage() + "\n" + stack(e));
        }
        if (e.isHostException()) {
            fail(run, "host exception: " + stack(e.asHostException()));
        }
        if (e.isResourceExhausted() || e.isCancelled()) {
            // The statement limit cancels the context; anything else exhausted (the heap, the stack) is a failure.
            if (e.getMessage() == null || !e.getMessage().contains("Statement count limit")) {
                fail(run, "resource exhausted, but not by the statement limit: " + e.getMessage() + "\n" + stack(e));
            }
            return Ending.STATEMENT_LIMIT;
        }
        if (!e.isGuestException()) {
            fail(run, "neither a guest error nor the statement limit: " + e + "\n" + stack(e));
        }
        Ending ending = checkGuestError(run, e, program);
        if (!syntaxErrorsAllowed && ending != Ending.RUNTIME_ERROR) {
            fail(run, "a generated valid program was rejected: " + e.getMessage());
        }
        if (run.afterError() != null) {
            fail(run, "the context no longer works after the guest error " + e.getMessage() + ": 1 + 1 failed with\n" + stack(run.afterError()));
        }
        return ending;
    }

    private static Ending checkGuestError(GuestRunner.Run run, PolyglotException e, String program) {
        String message = e.getMessage();
        if (message == null) {
            fail(run, "a guest error without a message");
        }
        // Only \n and \r end the line: a message may quote U+2028 or U+0085, which are no line breaks
        // to Python's tokenizer or to a terminal (hence DOTALL above).
        String firstLine = message.lines().findFirst().orElse("");
        Matcher m = ERROR_LINE.matcher(firstLine);
        if (!m.matches()) {
            fail(run, "the first line of the error is not '<Kind> at <line>:<column>: <message>': " + quote(firstLine));
        }
        int line = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3));
        // A leading byte-order mark is skipped (docs/language.md): columns count from after it.
        int bom = program.startsWith(BOM) ? BOM.length() : 0;
        String text = program.substring(bom);
        List<String> lines = lines(text);
        if (line < 1 || line > Math.max(1, lines.size())) {
            fail(run, "the error's line " + line + " is outside the program's " + lines.size() + " lines: " + quote(firstLine));
        }
        String lineText = lines.get(line - 1);
        int width = lineText.codePointCount(0, lineText.length());
        // A column may be one past the end of the line (an error at the end of a line, or of the program).
        if (column < 1 || column > width + 1) {
            fail(run, "the error's column " + column + " is outside line " + line + " (" + width + " code points: " + quote(lineText) + "): " + quote(firstLine));
        }
        SourceSection location = e.getSourceLocation();
        if (location == null) {
            fail(run, "a guest error without a source location: " + quote(firstLine));
        }
        int length = program.length();
        if (location.getCharIndex() < 0 || location.getCharEndIndex() > length || location.getCharIndex() > location.getCharEndIndex()) {
            fail(run, "the error's source location [" + location.getCharIndex() + ", " + location.getCharEndIndex() + ") is outside the program's " + length
                            + " chars: " + quote(firstLine));
        }
        // The message and the source location are two views of one position: they must agree.
        List<String> before = lines(text.substring(0, Math.max(0, location.getCharIndex() - bom)));
        String last = before.getLast();
        int locationLine = before.size();
        int locationColumn = last.codePointCount(0, last.length()) + 1;
        if (locationLine != line || locationColumn != column) {
            fail(run, "the error's message says " + line + ":" + column + " but its source location starts at " + locationLine + ":" + locationColumn
                            + " (char " + location.getCharIndex() + "): " + quote(firstLine));
        }
        return switch (m.group(1)) {
            case "LexError" -> Ending.LEX_ERROR;
            case "ParseError" -> Ending.PARSE_ERROR;
            default -> Ending.RUNTIME_ERROR;
        };
    }

    /**
     * What a run means to the person running it: what it printed, then its result, its error without
     * the position, or that the statement limit stopped it. The same program written in another
     * layout must mean the same.
     */
    static String meaning(GuestRunner.Run run) {
        String end;
        if (run.error() == null) {
            end = "result: " + run.result();
        } else if (run.error() instanceof PolyglotException e && (e.isResourceExhausted() || e.isCancelled())) {
            end = "statement limit";
        } else {
            String message = String.valueOf(run.error().getMessage());
            end = "error: " + message.replaceFirst("^(\\w+) at \\d+:\\d+: ", "$1: ");
        }
        return "output: " + quote(run.output()) + "\n" + end;
    }

    /** Checks that two layouts of one program ran the same way. */
    static void sameMeaning(GuestRunner.Run first, GuestRunner.Run second) {
        String a = meaning(first);
        String b = meaning(second);
        if (!a.equals(b)) {
            throw new AssertionError("one program in two layouts ran differently:\n--- first ---\n" + a + "\n--- second ---\n" + b + "\n--- first program ---\n"
                            + first.program() + "\n--- as a Java string ---\n" + quote(first.program()) + "\n--- second program ---\n" + second.program()
                            + "\n--- as a Java string ---\n" + quote(second.program()));
        }
    }

    /** The program's lines as Python splits them: at {@code \r\n}, {@code \r} and {@code \n}. */
    static List<String> lines(String program) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < program.length(); i++) {
            char c = program.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(program.substring(start, i));
                if (c == '\r' && i + 1 < program.length() && program.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        // The text after the last line break is a line too, even when empty: an error at the end of a
        // program that ends with a newline is on it.
        lines.add(program.substring(start));
        return lines;
    }

    private static void fail(GuestRunner.Run run, String what) {
        throw new AssertionError(what + "\n--- program (" + run.program().length() + " chars) ---\n" + run.program() + "\n--- as a Java string ---\n"
                        + quote(run.program()) + "\n--- output before it ---\n" + run.output());
    }

    /** A Java string literal of {@code s}: control characters and everything beyond ASCII escaped. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String stack(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static String stack(StackTraceElement[] frames) {
        StringBuilder text = new StringBuilder();
        for (StackTraceElement frame : frames) {
            text.append("\tat ").append(frame).append('\n');
        }
        return text.toString();
    }
}
