package org.pyrust.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * The command line of {@code pyrust}, parsed by picocli. Everything from the first positional argument on
 * belongs to the program (picocli's stop-at-positional), and options picocli does not know are kept aside
 * so that {@link #parse} can accept the polyglot pass-through ones ({@code --engine.TraceCompilation}).
 */
@Command(name = "pyrust") // the help text is HelpText, written by hand
final class LauncherOptions {

    @Option(names = "-c", paramLabel = "CODE")
    String code;

    @Option(names = "--profile")
    boolean profileTable;

    @Option(names = "--profile-json")
    boolean profileJson;

    // Plain options, not picocli's usageHelp/versionHelp: those make picocli drop the unmatched
    // (pass-through) options, and --version needs them.
    @Option(names = {"-h", "--help"})
    boolean help;

    @Option(names = {"-V", "--version"})
    boolean version;

    @Parameters(paramLabel = "FILE", arity = "0..*")
    List<String> positional = new ArrayList<>();

    @Unmatched
    List<String> unmatched = new ArrayList<>();

    /** The {@code --group.Option=value} pairs found among the unmatched arguments, in order. */
    final Map<String, String> polyglotOptions = new LinkedHashMap<>();

    private static CommandLine commandLine(LauncherOptions options) {
        return new CommandLine(options)
                .setStopAtPositional(true)
                .setUnmatchedArgumentsAllowed(true)
                // "pyrust -c -1" runs "-1": an option's parameter may look like an unknown option.
                .setUnmatchedOptionsAllowedAsOptionParameters(true);
    }

    /** Parses and checks the command line; a {@link UsageException} explains what is wrong. */
    static LauncherOptions parse(String[] args) {
        LauncherOptions options = new LauncherOptions();
        try {
            commandLine(options).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        options.check();
        return options;
    }

    private void check() {
        for (String arg : unmatched) {
            PassThroughOption option = PassThroughOption.parse(arg);
            if (option == null) {
                throw new UsageException("unknown option: '" + arg + "'");
            }
            polyglotOptions.put(option.key(), option.value());
        }
        if (profileTable && profileJson) {
            throw new UsageException("--profile and --profile-json cannot be used together");
        }
        // As in CPython, what follows -c CODE or FILE would be the program's arguments (sys.argv).
        int programArguments = code != null ? 0 : 1;
        if (positional.size() > programArguments) {
            throw new UsageException("program arguments are not supported: " + positional.get(programArguments));
        }
    }

    /**
     * The message for an IllegalArgumentException from the polyglot builder: it names the option when
     * the option is unknown, but not always when only the value is wrong.
     */
    String invalidOptionMessage(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        boolean named = polyglotOptions.keySet().stream().anyMatch(message::contains);
        if (named || polyglotOptions.isEmpty()) {
            return "invalid option: " + message;
        }
        StringBuilder given = new StringBuilder();
        polyglotOptions.forEach((key, value) -> given.append(" --").append(key).append('=').append(value));
        return "invalid option: " + message + " (polyglot options given:" + given + ")";
    }

    /** The value of the language option {@code pyrust.Profile}, or null for no profile. */
    String profileMode() {
        return profileTable ? "table" : profileJson ? "json" : null;
    }

    /** The program file (or "-"), or null when there is none. */
    String file() {
        return positional.isEmpty() ? null : positional.get(0);
    }
}
