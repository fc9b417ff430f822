package org.pyrust.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code pyrust} command. It sees the language only through the polyglot API: it builds a Context
 * with the command line's options, evaluates the program and reports the outcome (see --help, and
 * "Errors" and "Output contract" in LANGUAGE.md).
 */
public final class PyRustMain {

    static final int EXIT_OK = 0;
    static final int EXIT_ERROR = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERRUPTED = 130;

    /**
     * Guest calls nest on the Java stack: a 10,000-deep PyRust recursion (the language allows 20,000 by
     * default, pyrust.RecursionLimit) needs far more than the default thread stack. This is reserved
     * address space; only the part actually used is committed.
     */
    private static final long GUEST_STACK_SIZE = 2L << 30;

    private final Stdout stdout;
    private final PrintStream err;

    private PyRustMain(Stdout stdout, PrintStream err) {
        this.stdout = stdout;
        this.err = err;
    }

    public static void main(String[] args) {
        Stdout stdout = new Stdout();
        // What is still buffered when the JVM is stopped (SIGTERM) is written; System.exit flushes anyway.
        Runtime.getRuntime().addShutdownHook(new Thread(stdout::flush, "pyrust-stdout-flush"));
        // UTF-8 whatever the locale: PyRust source, and so its messages, are UTF-8.
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new PyRustMain(stdout, err).run(args);
        stdout.flush();
        err.flush();
        System.exit(status);
    }

    private int run(String[] args) {
        try {
            LauncherOptions options = LauncherOptions.parse(args);
            if (options.help) {
                printLine(HelpText.TEXT.stripTrailing());
                return EXIT_OK;
            }
            if (options.version) {
                printLine(VersionInfo.describe(options));
                return EXIT_OK;
            }
            return onGuestThread(options);
        } catch (UsageException e) {
            stdout.flush();
            err.println("pyrust: " + e.getMessage());
            if (e.helpHint()) {
                err.println("Try 'pyrust --help' for more information.");
            }
            return EXIT_USAGE;
        }
    }

    /** Runs the program or the REPL on a thread with a stack deep enough for deep guest recursion. */
    private int onGuestThread(LauncherOptions options) {
        int[] status = {EXIT_ERROR};
        RuntimeException[] usageError = {null};
        Thread guest = new Thread(null, () -> {
            try {
                status[0] = runGuest(options);
            } catch (UsageException e) {
                usageError[0] = e;
            } catch (Throwable t) { // a bug in the launcher, the engine or the language
                stdout.flush();
                ErrorReport.printInternalError(t, err);
            }
        }, "pyrust-main", GUEST_STACK_SIZE);
        guest.start();
        joinUninterruptibly(guest);
        if (usageError[0] != null) {
            throw usageError[0];
        }
        return status[0];
    }

    private int runGuest(LauncherOptions options) throws Exception {
        String file = options.file();
        if (options.code == null && file == null && stdinIsTerminal()) {
            return new Repl(options, stdout, err).run();
        }
        InterruptHandler interrupts = new InterruptHandler(stdout, err, true);
        interrupts.installSignalHandler();
        Source source;
        try {
            if (options.code != null) {
                source = ProgramSource.fromCode(options.code);
            } else if (file == null || file.equals("-")) {
                source = ProgramSource.fromStdin(System.in);
            } else {
                source = ProgramSource.fromFile(file);
            }
        } catch (UndecodableSource e) {
            ErrorReport.printUndecodable(e, err);
            return EXIT_ERROR;
        }
        GuestSession session = GuestSession.open(options, stdout, err, interrupts);
        int status;
        try {
            session.printResult(session.eval(source), false);
            status = EXIT_OK;
        } catch (PolyglotException e) {
            status = session.report(e);
        }
        status = session.close(status);
        return interrupts.wasInterrupted() ? EXIT_INTERRUPTED : status;
    }

    /** Whether standard input (and output) is a terminal: then pyrust without a program is a REPL. */
    private static boolean stdinIsTerminal() {
        return System.console() != null && System.console().isTerminal();
    }

    private void printLine(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        stdout.write(bytes, 0, bytes.length);
    }

    private static void joinUninterruptibly(Thread thread) {
        while (true) {
            try {
                thread.join();
                return;
            } catch (InterruptedException e) {
                // Nobody interrupts the main thread on purpose; keep waiting for the guest.
            }
        }
    }
}
