package org.pyrust.launcher;

import java.util.Map;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Language;

/** The --version line: {@code PyRust 0.1.0 (GraalVM Truffle 25.0.3, JIT: on)}. */
final class VersionInfo {

    /** The name Truffle's fallback runtime reports; it cannot compile guest code to machine code. */
    private static final String INTERPRETER_ONLY_RUNTIME = "Interpreted";

    private VersionInfo() {}

    /** Describes {@code engine}, created with {@code polyglotOptions}. */
    static String describe(Engine engine, Map<String, String> polyglotOptions) {
        Language language = engine.getLanguages().get(ProgramSource.LANGUAGE);
        String pyrust = language == null ? "PyRust (language not installed)" : "PyRust " + language.getVersion();
        // Engine.getVersion() says "Development Build" for the Maven Central jars; their manifest knows.
        String truffle = Engine.class.getPackage().getImplementationVersion();
        if (truffle == null) {
            truffle = engine.getVersion();
        }
        boolean jit = !INTERPRETER_ONLY_RUNTIME.equals(engine.getImplementationName())
                && !"false".equals(polyglotOptions.get("engine.Compilation"));
        return pyrust + " (GraalVM Truffle " + truffle + ", JIT: " + (jit ? "on" : "off") + ")";
    }

    /** The version line for the command line's options; an option the engine rejects is a usage error. */
    static String describe(LauncherOptions options) {
        Engine engine;
        try {
            engine = Engine.newBuilder().allowExperimentalOptions(true).options(options.polyglotOptions).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(options.invalidOptionMessage(e));
        }
        try (engine) {
            return describe(engine, options.polyglotOptions);
        }
    }
}
