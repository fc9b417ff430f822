package org.pyrust;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.options.OptionType;
import org.graalvm.polyglot.SandboxPolicy;

import com.oracle.truffle.api.Option;

/** The language's options, set as {@code --pyrust.Name=value} or {@code Context.Builder.option("pyrust.Name", value)}. */
@Option.Group(PyRustLanguage.ID)
public final class PyRustOptions {

    private PyRustOptions() {
    }

    /**
     * The largest recursion limit accepted. Deep recursion runs mostly in the interpreter, at a few
     * microseconds and a kilobyte or two of Java stack a call: 100,000 calls take about a second and fit
     * the launcher's 2 GB guest stack many times over, while a limit of millions would take minutes to
     * reach (and to unwind with its stack trace) and outgrow the stack.
     */
    public static final int MAX_RECURSION_LIMIT = 100_000;

    @Option(help = "Time the lex, parse, translate and execute stages and write a report to the error stream when the context closes: 'table' or 'json' (default: off).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED, usageSyntax = "table|json")
    public static final OptionKey<String> Profile = new OptionKey<>("", new OptionType<>("table|json", PyRustOptions::profileFormat));

    @Option(help = "How deep calls may nest before 'maximum recursion depth exceeded' (default: 20000, at most 100000). A thread whose stack runs out earlier gets the same error.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED, usageSyntax = "[1, 100000]")
    public static final OptionKey<Integer> RecursionLimit = new OptionKey<>(20_000, new OptionType<>("depth", PyRustOptions::recursionLimit));

    private static String profileFormat(String value) {
        if (!value.isEmpty() && !value.equals("table") && !value.equals("json")) {
            throw new IllegalArgumentException("pyrust.Profile must be 'table' or 'json', not '" + value + "'");
        }
        return value;
    }

    private static Integer recursionLimit(String value) {
        long limit;
        try {
            limit = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("pyrust.RecursionLimit must be a whole number, not '" + value + "'");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("pyrust.RecursionLimit must be at least 1, not " + limit);
        } else if (limit > MAX_RECURSION_LIMIT) {
            throw new IllegalArgumentException("pyrust.RecursionLimit can be at most " + MAX_RECURSION_LIMIT + ", not " + limit
                            + ": deeper recursion would take minutes to reach and could outgrow the stack");
        }
        return (int) limit;
    }
}
