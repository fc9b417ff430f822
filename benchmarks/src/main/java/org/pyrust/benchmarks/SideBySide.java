package org.pyrust.benchmarks;

import java.util.Arrays;
import java.util.Locale;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

/**
 * A diagnostic, not a gate: one workload run by PyRust and GraalPy in turn, one run each, in one JVM and
 * one engine, so that both see the same moments of a noisy machine. It prints each pair of times, the
 * medians, the median of the per-pair ratios, and the correlation of the two series: a high correlation
 * says that the variation comes from the machine rather than from either implementation.
 *
 * <pre>java &lt;JVMCI flags&gt; -cp &lt;benchmark and GraalPy jars&gt; org.pyrust.benchmarks.SideBySide WORKLOAD [WARMUP_SECONDS [PAIRS]]</pre>
 */
public final class SideBySide {

    private SideBySide() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: SideBySide WORKLOAD [WARMUP_SECONDS [PAIRS]]   (workloads: " + Programs.WORKLOADS + ")");
            System.exit(2);
        }
        String workload = args[0];
        double warmupSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String[] languages = {Guest.PYRUST, Guest.PYTHON};

        try (Engine engine = Guest.engine()) {
            Value[] programs = new Value[languages.length];
            Context[] contexts = new Context[languages.length];
            for (int l = 0; l < languages.length; l++) {
                contexts[l] = Guest.context(engine, languages[l]);
                programs[l] = contexts[l].parse(Guest.cached(languages[l], Programs.workload(workload), workload + ".py"));
                Guest.checkWorkload(contexts[l], languages[l], workload, programs[l]);
            }
            long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
            while (System.nanoTime() < warmupEnd) {
                for (Value program : programs) {
                    program.execute();
                }
            }
            double[][] times = new double[languages.length][pairs];
            for (int p = 0; p < pairs; p++) {
                for (int l = 0; l < languages.length; l++) {
                    long start = System.nanoTime();
                    programs[l].execute();
                    times[l][p] = (System.nanoTime() - start) / 1e6;
                }
            }
            report(workload, languages, times);
            for (Context context : contexts) {
                context.close();
            }
        }
    }

    private static void report(String workload, String[] languages, double[][] times) {
        int pairs = times[0].length;
        System.out.printf(Locale.ROOT, "%s: %d pairs, ms per run (%s, %s)%n", workload, pairs, languages[0], languages[1]);
        double[] ratios = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            ratios[p] = times[1][p] / times[0][p];
            System.out.printf(Locale.ROOT, "%4d  %9.3f  %9.3f%n", p, times[0][p], times[1][p]);
        }
        for (int l = 0; l < languages.length; l++) {
            double[] sorted = times[l].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%s: median %.3f ms, min %.3f, max %.3f%n", languages[l], median(times[l]), sorted[0], sorted[pairs - 1]);
        }
        System.out.printf(Locale.ROOT, "median of the per-pair ratios %s/%s: %.2f%n", languages[1], languages[0], median(ratios));
        System.out.printf(Locale.ROOT, "correlation of the two series: %.2f%n", correlation(times[0], times[1]));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Pearson's correlation coefficient. */
    private static double correlation(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElse(0);
        double meanY = Arrays.stream(y).average().orElse(0);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }
}
