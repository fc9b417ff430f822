package org.pyrust.launcher;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A polyglot option given on the command line the way GraalVM launchers take them:
 * {@code --engine.TraceCompilation} (value "true") or {@code --engine.Compilation=false}. The key is
 * handed to {@code Context.Builder.option}, which decides whether it exists.
 */
record PassThroughOption(String key, String value) {

    /** A group and at least one more dot-separated name: engine.X, compiler.X, log.file, pyrust.X. */
    private static final Pattern FORM = Pattern.compile("--([A-Za-z][\\w-]*(?:\\.[\\w-]+)+)(?:=(.*))?", Pattern.DOTALL);

    /** The option in {@code arg}, or null when {@code arg} does not have the pass-through form. */
    static PassThroughOption parse(String arg) {
        Matcher m = FORM.matcher(arg);
        if (!m.matches()) {
            return null;
        }
        return new PassThroughOption(m.group(1), m.group(2) == null ? "true" : m.group(2));
    }
}
