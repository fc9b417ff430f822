package org.pyrust.runtime;

import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Time spent in each stage of the pipeline, summed over every source a context evaluates: what
 * {@code --profile} reports.
 */
public final class StageTimes {

    public enum Stage {
        LEX,
        PARSE,
        TRANSLATE,
        EXECUTE
    }

    private long lexNanos;
    private long parseNanos;
    private long translateNanos;
    private long executeNanos;

    /**
     * Adds the time since {@code start} to {@code stage} of {@code times} (when profiling, i.e. not null)
     * and returns the current time, the start of the next stage.
     */
    public static long record(StageTimes times, Stage stage, long start) {
        long now = System.nanoTime();
        if (times != null) {
            times.add(stage, now - start);
        }
        return now;
    }

    @TruffleBoundary
    public synchronized void add(Stage stage, long nanos) {
        switch (stage) {
            case LEX -> lexNanos += nanos;
            case PARSE -> parseNanos += nanos;
            case TRANSLATE -> translateNanos += nanos;
            case EXECUTE -> executeNanos += nanos;
        }
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    public synchronized String toTable() {
        long total = lexNanos + parseNanos + translateNanos + executeNanos;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %12s %7s%n", "stage", "time (ms)", "share"));
        row(sb, "lex", lexNanos, total);
        row(sb, "parse", parseNanos, total);
        row(sb, "translate", translateNanos, total);
        row(sb, "execute", executeNanos, total);
        row(sb, "total", total, total);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String stage, long nanos, long total) {
        double share = total == 0 ? 0 : 100.0 * nanos / total;
        sb.append(String.format(Locale.ROOT, "%-10s %12.3f %6.1f%%%n", stage, millis(nanos), share));
    }

    public synchronized String toJson() {
        long total = lexNanos + parseNanos + translateNanos + executeNanos;
        return String.format(Locale.ROOT, "{\"unit\": \"ms\", \"lex\": %.3f, \"parse\": %.3f, \"translate\": %.3f, \"execute\": %.3f, \"total\": %.3f}%n",
                        millis(lexNanos), millis(parseNanos), millis(translateNanos), millis(executeNanos), millis(total));
    }
}
