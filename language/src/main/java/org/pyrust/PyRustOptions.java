package org.pyrust;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.Option;

/** The language's options, set as {@code --pyrust.Name=value} or {@code Context.Builder.option("pyrust.Name", value)}. */
@Option.Group(PyRustLanguage.ID)
public final class PyRustOptions {

    private PyRustOptions() {
    }

    @Option(help = "Time the lex, parse, translate and execute stages and write a report to the error stream when the context closes: 'table' or 'json' (default: off).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "table|json")
    public static final OptionKey<String> Profile = new OptionKey<>("");

    @Option(help = "How deep calls may nest before 'maximum recursion depth exceeded' (default: 20000). A thread whose stack runs out earlier gets the same error.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<depth>")
    public static final OptionKey<Integer> RecursionLimit = new OptionKey<>(20_000);
}
