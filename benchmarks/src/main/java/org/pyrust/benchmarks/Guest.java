package org.pyrust.benchmarks;

import java.io.OutputStream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * How every suite makes its guest contexts, the same way for PyRust ({@code pyrust}) and GraalPy
 * ({@code python}): one engine per trial, JIT on, guest output discarded, and a hard failure when Truffle
 * runs on its fallback (interpreter-only) runtime, which would make every figure 30-40x too slow.
 */
public final class Guest {

    public static final String PYRUST = "pyrust";
    public static final String PYTHON = "python";

    private Guest() {
    }

    /** An engine with the JIT; fails when the Graal compiler is missing. */
    public static Engine engine() {
        // Experimental options allowed so that diagnostics such as -Dpolyglot.engine.TraceCompilationDetails=true work.
        Engine engine = Engine.newBuilder()
                        .allowExperimentalOptions(true)
                        .out(OutputStream.nullOutputStream())
                        .err(System.err)
                        .option("engine.WarnInterpreterOnly", "true")
                        .build();
        requireJit(engine);
        return engine;
    }

    /** Throws unless the engine compiles guest code. */
    public static void requireJit(Engine engine) {
        String runtime = engine.getImplementationName();
        if (runtime == null || runtime.toLowerCase(java.util.Locale.ROOT).contains("interpret")) {
            engine.close();
            throw new IllegalStateException("Truffle runs on the fallback runtime (" + runtime + "): the JVM lacks "
                            + "-XX:+EnableJVMCI --upgrade-module-path=<target/jvmci jars>. Run the benchmarks through "
                            + "org.pyrust.benchmarks.BenchMain or scripts/compare_pure_execution.sh.");
        }
    }

    /** A context of one language on the given engine, initialized so that the first measured operation does not pay for it. */
    public static Context context(Engine engine, String language) {
        Context context = Context.newBuilder(language).engine(engine).out(OutputStream.nullOutputStream()).build();
        context.initialize(language);
        return context;
    }

    /** A source that the engine's source cache never returns: each eval runs the whole pipeline again. */
    public static Source uncached(String language, String text, String name) {
        return Source.newBuilder(language, text, name).cached(false).buildLiteral();
    }

    /** A source as users make it, cached by the engine. */
    public static Source cached(String language, String text, String name) {
        return Source.newBuilder(language, text, name).buildLiteral();
    }

    /** Runs a workload once and checks the answer it leaves in {@code result}. */
    public static void checkWorkload(Context context, String language, String workload, Value program) {
        program.execute();
        long actual = context.getBindings(language).getMember("result").asLong();
        long expected = Programs.expectedResult(workload);
        if (actual != expected) {
            throw new IllegalStateException(language + " computes result = " + actual + " for workload " + workload + ", expected " + expected);
        }
    }
}
