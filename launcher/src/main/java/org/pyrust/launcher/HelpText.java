package org.pyrust.launcher;

/** The text of {@code pyrust --help}. Written by hand, so that it reads as a whole and stays truthful. */
final class HelpText {

    private HelpText() {}

    static final String TEXT = """
            Usage: pyrust [OPTIONS] -c CODE
                   pyrust [OPTIONS] FILE
                   pyrust [OPTIONS] -
                   pyrust [OPTIONS]

            Runs a PyRust program (a small subset of Python 3): CODE given with -c (source name
            <string>), a FILE, or the program read from standard input ('-', or no program argument
            while standard input is not a terminal; source name <stdin>). With no program argument
            and a terminal on standard input, starts an interactive session: history in
            ~/.pyrust_history, a line ending with ':' continues until an empty line, Ctrl-C cancels
            the line or stops the running statement, Ctrl-D exits.

            What the program prints goes to standard output as it runs. At the end, if the program's
            result (the value of its last statement, when that is an expression) is not None, it is
            written to standard output with no newline after it. Errors go to standard error: the
            first line is '<Kind> at <line>:<column>: <message>', then the source line with a caret
            under the column, then, for a RuntimeError, the active calls, innermost first.
            Everything after FILE is taken as a program argument, which is not supported.

            Options:
              -c CODE          Run CODE.
              --profile        After the run, print on standard error a table of the time spent in
                               lex, parse, translate and execute (also after an error).
              --profile-json   Like --profile, but print the same measurements as one JSON object.
              -h, --help       Print this help and exit.
              -V, --version    Print the versions of PyRust and GraalVM Truffle and whether the
                               JIT compiler is active, and exit.

            Polyglot options (any option of the form --<group>.<Option>[=<value>]):
              Passed unchanged to the GraalVM polyglot engine, value 'true' when omitted;
              experimental options are allowed. For example:
                --engine.TraceCompilation     log each compilation of a function to machine code
                --engine.Compilation=false    run in the interpreter only (no JIT)
                --pyrust.RecursionLimit=<n>   how deeply calls may nest before "maximum recursion
                                              depth exceeded" (default 20000, at most 100000)
                --log.file=<path>             write engine logs to a file instead of stderr
              An unknown option, or an invalid polyglot option or value, is a usage error.

            Environment (scripts/pyrust):
              PYRUST_JAVA_OPTS   extra options for the JVM that runs pyrust, e.g. -Xmx2g
              PYRUST_NO_BUILD=1  never rebuild the launcher, even when its sources are newer

            Exit status:
              0    the program ran to its end
              1    a PyRust error (LexError, ParseError, RuntimeError) or an internal error
              2    a usage error: a bad option, program arguments, or a file that cannot be read
              130  interrupted with Ctrl-C (SIGINT)
              141  standard output was closed early (for example, piped into 'head')
            """;
}
