package org.pyrust.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive session: {@code pyrust} with no program and a terminal on standard input. Reads
 * statements with JLine (line editing, history in ~/.pyrust_history), runs each in the same context and
 * prints its result as repr() shows it when it is not None, like CPython's REPL. Errors are reported and the session goes on; Ctrl-C cancels the
 * line being typed or interrupts the running statement; Ctrl-D ends the session with status 0.
 */
final class Repl {

    private static final String PROMPT = ">>> ";
    private static final String CONTINUATION_PROMPT = "... ";
    private static final String HISTORY_FILE = ".pyrust_history";

    private final LauncherOptions options;
    private final Stdout stdout;
    private final PrintStream err;

    Repl(LauncherOptions options, Stdout stdout, PrintStream err) {
        this.options = options;
        this.stdout = stdout;
        this.err = err;
    }

    int run() throws IOException {
        InterruptHandler interrupts = new InterruptHandler(stdout, err, false);
        GuestSession session = GuestSession.open(options, stdout, err, interrupts);
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            // While a statement runs, Ctrl-C interrupts it; while a line is read, JLine installs its own
            // handler (UserInterruptException below) and restores this one afterwards.
            terminal.handle(Terminal.Signal.INT, signal -> interrupts.interrupt());
            LineReader reader = lineReader(terminal);
            err.println(VersionInfo.describe(session.engine(), options.polyglotOptions));
            err.println("Type Ctrl-D to exit.");
            int status = loop(reader, session);
            return session.close(status);
        }
    }

    private static LineReader lineReader(Terminal terminal) {
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]); // a backslash is Python's, not the line editor's
        return LineReaderBuilder.builder()
                .appName("pyrust")
                .terminal(terminal)
                .parser(parser)
                .variable(LineReader.HISTORY_FILE, historyFile())
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false) // indented lines are code too,
                .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false) // and their indentation with them
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is an operator, not history
                .option(LineReader.Option.INSERT_TAB, true) // Tab indents
                .build();
    }

    /** ~/.pyrust_history, where ~ is $HOME like in a shell (Java's user.home ignores $HOME). */
    private static Path historyFile() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), HISTORY_FILE);
    }

    /** Reads and runs statements until Ctrl-D (status 0) or a guest exit (its status). */
    private int loop(LineReader reader, GuestSession session) {
        StringBuilder input = new StringBuilder();
        while (true) {
            String line;
            try {
                line = reader.readLine(input.isEmpty() ? PROMPT : CONTINUATION_PROMPT);
            } catch (UserInterruptException e) {
                input.setLength(0);
                err.println("KeyboardInterrupt");
                continue;
            } catch (EndOfFileException e) {
                return PyRustMain.EXIT_OK;
            }
            input.append(line).append('\n');
            if (ReplInput.needsMore(input.toString())) {
                continue;
            }
            String code = input.toString();
            input.setLength(0);
            if (code.isBlank()) {
                continue;
            }
            try {
                Source source = Source.newBuilder(ProgramSource.LANGUAGE, code, "<stdin>").buildLiteral();
                session.printResult(session.eval(source), true);
            } catch (PolyglotException e) {
                int status = session.report(e);
                if (e.isExit()) {
                    return status;
                }
            }
            stdout.flush();
        }
    }
}
