package org.pyrust.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.pyrust.PyRustLanguage;
import org.pyrust.parser.Lexer;
import org.pyrust.parser.Parser;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

/**
 * AC2, measured without JMH: what one {@code execute("2 + 3")} allocates once everything is warm, for
 * execution only (the translated call target, as in {@code vm_simple}) and end to end
 * ({@code context.eval("pyrust", "2 + 3")}, as in {@code cold_start_simple}). Two counts:
 * <ul>
 * <li><b>bytes</b>, from {@code com.sun.management.ThreadMXBean.getCurrentThreadAllocatedBytes()} around
 * rounds of 100,000 operations (the minimum and the median round);</li>
 * <li><b>objects</b>, exactly, by class: a heap histogram that includes unreachable objects
 * ({@code GC.class_histogram -all}) before and after 50,000 operations with no garbage collection in
 * between; the difference, less that of an empty run (the histogram's own allocations), divided by the
 * number of operations. Objects that compiled code keeps in registers (escape analysis) are, rightly, not
 * counted.</li>
 * </ul>
 * The warm-up runs until Truffle has compiled the guest code (in the background) and C2 the host code.
 *
 * <p>Run as a program ({@code AllocationProbe [rounds]}) it prints one JSON object; {@code AllocationProbeTest}
 * runs it in the normal build.
 */
public final class AllocationProbe {

    /** The smallest Java object (a header and one field, 8-byte aligned) on a 64-bit JVM. */
    public static final int SMALLEST_OBJECT_BYTES = 16;

    private static final Object[] NO_ARGUMENTS = {};
    private static final int OPS_PER_ROUND = 100_000;
    private static final int OPS_PER_HISTOGRAM = 50_000;

    /**
     * @param objectsPerOp  allocated objects per operation (exact, from the heap histogram), or -1 when no
     *                      histogram could be taken without a GC in between
     * @param objectsByClass the same by class, the classes with at least 0.01 objects per operation
     */
    public record Figure(double minBytesPerOp, double medianBytesPerOp, double objectsPerOp, Map<String, Double> objectsByClass) {

        String toJson() {
            StringBuilder classes = new StringBuilder();
            objectsByClass.forEach((name, count) -> classes.append(classes.isEmpty() ? "" : ", ")
                            .append(String.format(Locale.ROOT, "\"%s\": %.2f", name.replace("\\", "\\\\").replace("\"", "\\\""), count)));
            return String.format(Locale.ROOT, "{\"min_bytes_per_op\": %.2f, \"median_bytes_per_op\": %.2f, \"objects_per_op\": %.2f, \"objects_by_class\": {%s}}",
                            minBytesPerOp, medianBytesPerOp, objectsPerOp, classes);
        }
    }

    /**
     * @param executionOnly the translated call target, called in an entered context ({@code vm_simple})
     * @param endToEnd      {@code context.eval("pyrust", "2 + 3")} ({@code cold_start_simple}): AC2's figure
     * @param evalSource    {@code context.eval(source)} of a {@code Source} built once
     * @param executeParsed {@code program.execute()} of {@code program = context.parse(source)}
     */
    public record Result(Figure executionOnly, Figure endToEnd, Figure evalSource, Figure executeParsed) {
        public String toJson() {
            return String.format(Locale.ROOT, "{\"program\": \"2 + 3\", \"ops_per_round\": %d, \"ops_per_histogram\": %d, \"smallest_object_bytes\": %d,%n"
                            + " \"execution_only\": %s,%n \"end_to_end\": %s,%n \"eval_prebuilt_source\": %s,%n \"execute_parsed\": %s}",
                            OPS_PER_ROUND, OPS_PER_HISTOGRAM, SMALLEST_OBJECT_BYTES, executionOnly.toJson(), endToEnd.toJson(),
                            evalSource == null ? "null" : evalSource.toJson(), executeParsed == null ? "null" : executeParsed.toJson());
        }
    }

    private AllocationProbe() {
    }

    /**
     * {@code AllocationProbe [rounds]}: the AC2 figures as JSON. {@code AllocationProbe --workload NAME [LANG]}:
     * the objects one warm run of a workload allocates, by class, the classes with at least 1,000 (a diagnostic
     * for PERFORMANCE.md; give the JVM a young generation that holds a whole run, e.g. -Xmn3g).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--workload")) {
            System.out.println(workload(args[1], args.length > 2 ? args[2] : Guest.PYRUST));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        System.out.println(measure(rounds).toJson());
    }

    private static String workload(String name, String language) {
        try (Engine engine = Guest.engine(); Context context = Guest.context(engine, language)) {
            org.graalvm.polyglot.Value program = context.parse(Guest.cached(language, Programs.workload(name), name + ".py"));
            Guest.checkWorkload(context, language, name, program);
            long warmUpEnd = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < warmUpEnd) {
                program.execute();
            }
            Map<String, Long> best = null;
            // Up to a minute more while the JIT still compiles (its objects, jdk.graal.*, show in the histogram).
            long patience = System.nanoTime() + 60_000_000_000L;
            for (int attempt = 0; attempt < 3 || (compiling(best) && System.nanoTime() < patience); attempt++) {
                if (attempt >= 3) {
                    long more = System.nanoTime() + 5_000_000_000L;
                    while (System.nanoTime() < more) {
                        program.execute();
                    }
                }
                // One run, less an empty one: what the histogram itself allocates cancels out.
                Map<String, Long> empty = histogramDelta(program::execute, 0);
                Map<String, Long> run = histogramDelta(program::execute, 1);
                if (empty == null || run == null) {
                    continue;
                }
                Map<String, Long> delta = new HashMap<>();
                run.forEach((k, v) -> delta.put(k, v - empty.getOrDefault(k, 0L)));
                if (best == null || compiling(best) || delta.values().stream().mapToLong(Long::longValue).sum() < best.values().stream().mapToLong(Long::longValue).sum()) {
                    best = delta;
                }
            }
            if (best == null) {
                return "{\"workload\": \"" + name + "\", \"error\": \"a GC ran during every run: give the JVM a larger young generation\"}";
            }
            StringBuilder json = new StringBuilder("{\"workload\": \"" + name + "\", \"language\": \"" + language + "\", \"objects_per_run_by_class\": {");
            best.entrySet().stream().filter(e -> e.getValue() >= 1000).sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                            .forEach(e -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ", ").append('"').append(e.getKey()).append("\": ").append(e.getValue()));
            return json.append("}}").toString();
        }
    }

    /**
     * Warm-up first, then {@code rounds} measured rounds of bytes and one object count, for each figure.
     * Compilation is synchronous here ({@code engine.BackgroundCompilation=false}) so that a busy machine
     * cannot leave the guest code uncompiled when the measurement starts; the compiled code is the same.
     */
    public static Result measure(int rounds) {
        return measure(rounds, true);
    }

    /** With {@code all} false, only the two figures AC2 needs (the other two are then null). */
    public static Result measure(int rounds, boolean all) {
        try (Engine engine = Engine.newBuilder().allowExperimentalOptions(true).option("engine.BackgroundCompilation", "false")
                        .option("engine.WarnInterpreterOnly", "true").out(java.io.OutputStream.nullOutputStream()).build();
                        Context context = Guest.context(engine, Guest.PYRUST)) {
            Guest.requireJit(engine);
            Figure endToEnd = measure(() -> context.eval(Guest.PYRUST, Programs.SIMPLE), rounds);
            Figure evalSource = null;
            Figure executeParsed = null;
            if (all) {
                org.graalvm.polyglot.Source source = Guest.cached(Guest.PYRUST, Programs.SIMPLE, "probe.py");
                evalSource = measure(() -> context.eval(source), rounds);
                org.graalvm.polyglot.Value program = context.parse(Guest.cached(Guest.PYRUST, Programs.SIMPLE, "parsed.py"));
                executeParsed = measure(program::execute, rounds);
            }
            context.enter();
            try {
                PyRustLanguage language = PyRustLanguage.get(null);
                Source truffleSource = Source.newBuilder(PyRustLanguage.ID, Programs.SIMPLE, "translated.py").build();
                CallTarget target = language.translator(truffleSource).translateModule(new Parser(new Lexer(Programs.SIMPLE).tokenize()).parseModule(), false)
                                .getCallTarget();
                Figure executionOnly = measure(() -> target.call(NO_ARGUMENTS), rounds);
                return new Result(executionOnly, endToEnd, evalSource, executeParsed);
            } finally {
                context.leave();
            }
        }
    }

    private static Object sink;

    private static Figure measure(Supplier<Object> operation, int rounds) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // Truffle compiles the call target after its thresholds (synchronously, see above); C2 needs time too.
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        int warmUpRounds = 0;
        while (warmUpRounds < 20 || System.nanoTime() < warmUpEnd) {
            run(operation, OPS_PER_ROUND);
            warmUpRounds++;
        }
        double[] perOp = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            run(operation, OPS_PER_ROUND);
            long after = threads.getCurrentThreadAllocatedBytes();
            perOp[r] = (double) (after - before) / OPS_PER_ROUND;
        }
        Arrays.sort(perOp);
        Map<String, Double> byClass = countObjects(operation);
        double objects = byClass == null ? -1 : byClass.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Figure(perOp[0], perOp[rounds / 2], objects, byClass == null ? Map.of() : byClass);
    }

    private static void run(Supplier<Object> operation, int ops) {
        Object last = null;
        for (int i = 0; i < ops; i++) {
            last = operation.get();
        }
        sink = last;
    }

    /** Objects per operation by class, the least of three tries (another thread may allocate meanwhile), or null. */
    private static Map<String, Double> countObjects(Supplier<Object> operation) {
        Map<String, Double> best = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Map<String, Long> empty = histogramDelta(operation, 0);
            Map<String, Long> full = histogramDelta(operation, OPS_PER_HISTOGRAM);
            if (empty == null || full == null) {
                continue;
            }
            Map<String, Double> perOp = new TreeMap<>();
            for (Map.Entry<String, Long> e : full.entrySet()) {
                double count = (double) (e.getValue() - empty.getOrDefault(e.getKey(), 0L)) / OPS_PER_HISTOGRAM;
                if (count >= 0.01) {
                    perOp.put(e.getKey(), count);
                }
            }
            if (best == null || total(perOp) < total(best)) {
                best = perOp;
            }
        }
        return best;
    }

    /** Whether the Graal compiler allocated during the counted run (it still compiles the workload). */
    private static boolean compiling(Map<String, Long> counts) {
        return counts == null || counts.entrySet().stream().anyMatch(e -> e.getKey().startsWith("jdk.graal.") && e.getValue() >= 1000);
    }

    private static double total(Map<String, Double> counts) {
        return counts.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Instances allocated per class while running {@code ops} operations, or null when a GC ran meanwhile. */
    private static Map<String, Long> histogramDelta(Supplier<Object> operation, int ops) {
        long gcs = gcCount();
        Map<String, Long> before = histogram();
        run(operation, ops);
        Map<String, Long> after = histogram();
        if (gcCount() != gcs) {
            return null;
        }
        Map<String, Long> delta = new HashMap<>();
        after.forEach((name, count) -> delta.put(name, count - before.getOrDefault(name, 0L)));
        return delta;
    }

    private static long gcCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** Instances per class of every object in the heap, reachable or not ({@code GC.class_histogram -all}: no GC). */
    private static Map<String, Long> histogram() {
        String text;
        try {
            text = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram", new Object[]{new String[]{"-all"}}, new String[]{String[].class.getName()});
        } catch (Exception e) {
            throw new IllegalStateException("GC.class_histogram failed", e);
        }
        Map<String, Long> counts = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = HISTOGRAM_LINE.matcher(line);
            if (m.find()) {
                counts.merge(m.group(3), Long.parseLong(m.group(1)), Long::sum);
            }
        }
        return counts;
    }
}
