package org.pyrust.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

/**
 * A diagnostic, not a gate: what one warm call of a program's {@code run()} costs, in time and in bytes
 * the calling thread allocated ({@code com.sun.management.ThreadMXBean}), after calling it for a while so
 * that Truffle has compiled it. For looking at one loop or one operation in isolation, before and after a
 * change (the programs PERFORMANCE.md quotes are in {@code benchmarks/probes/}).
 *
 * <pre>java &lt;JVMCI flags&gt; -cp &lt;benchmark jars&gt; org.pyrust.benchmarks.RunProbe FILE.py [WARMUP_SECONDS [RUNS]]</pre>
 *
 * <p>{@code -Dprobe.language=python} (with the GraalPy jars on the class path) runs the same file on GraalPy.
 */
public final class RunProbe {

    private RunProbe() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: RunProbe FILE.py [WARMUP_SECONDS [RUNS]]   (FILE defines run())");
            System.exit(2);
        }
        String text = Files.readString(Path.of(args[0]));
        double warmupSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 15;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String language = System.getProperty("probe.language", Guest.PYRUST);
        try (Engine engine = Guest.engine(); Context context = Guest.context(engine, language)) {
            context.eval(Guest.cached(language, text, Path.of(args[0]).getFileName().toString()));
            Value run = context.getBindings(language).getMember("run");
            long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
            while (System.nanoTime() < warmupEnd) {
                run.execute();
            }
            for (int i = 0; i < runs; i++) {
                long bytes = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                Value result = run.execute();
                long nanos = System.nanoTime() - start;
                bytes = threads.getCurrentThreadAllocatedBytes() - bytes;
                System.out.printf(Locale.ROOT, "bytes/run %d  ms %.3f  result %s%n", bytes, nanos / 1e6, result);
            }
        }
    }
}
