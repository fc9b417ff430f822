package org.pyrust.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * For a campaign that should find every failure, not just the first: with
 * {@code -Dpyrust.fuzz.failures=DIR} a failing program does not end the property. Its failure is
 * recorded under a signature (the first line of the failure with numbers and quoted text blanked), the
 * first few programs of each signature are minimized ({@link Minimizer}) and written to DIR, and the
 * property fails at its end with one line per signature ({@link CampaignSettings} makes it fail).
 *
 * <p>Without the property, failures are thrown as usual, so that jqwik shrinks the first one.
 */
final class FailureCollector {

    static final String DIRECTORY = "pyrust.fuzz.failures";

    /** Programs minimized per signature: more would repeat the same finding. */
    private static final int MINIMIZED_PER_SIGNATURE = 3;

    /** Candidates the minimizer may try per program; a run takes milliseconds. */
    private static final int MINIMIZER_BUDGET = 1500;

    private final Path directory;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int written;

    private FailureCollector(Path directory) {
        this.directory = directory;
    }

    private static final FailureCollector ACTIVE = fromSystemProperties();

    /** The collector the system properties ask for, or null to throw failures at once. */
    static FailureCollector active() {
        return ACTIVE;
    }

    private static FailureCollector fromSystemProperties() {
        String directory = System.getProperty(DIRECTORY, "").strip();
        if (directory.isEmpty()) {
            return null;
        }
        try {
            return new FailureCollector(Files.createDirectories(Path.of(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failure's kind: its first line without the particulars. */
    static String signature(AssertionError failure) {
        String first = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
        return first.replaceAll("'[^']*'", "'_'").replaceAll("\\d+", "N");
    }

    /**
     * Records a failure of {@code program}.
     *
     * @param check runs a program and returns its failure, or null when it passes; null when the
     *              failure is not of one program, which is then not minimized
     */
    synchronized void record(String property, String program, AssertionError failure, Function<String, AssertionError> check) {
        String signature = signature(failure);
        int count = counts.merge(property + ": " + signature, 1, Integer::sum);
        if (count > MINIMIZED_PER_SIGNATURE) {
            return;
        }
        if (check == null) {
            write(property, "signature: " + signature + "\nproperty: " + property + "\n\n=== failure ===\n" + failure.getMessage() + "\n");
            return;
        }
        String minimal = signature.startsWith("hang") ? program : Minimizer.minimize(program, candidate -> {
            AssertionError again = check.apply(candidate);
            return again != null && signature(again).equals(signature);
        }, MINIMIZER_BUDGET);
        AssertionError minimalFailure = check.apply(minimal);
        String report = "signature: " + signature + "\nproperty: " + property + "\n\n=== minimized program, as a Java string ===\n" + Invariants.quote(minimal)
                        + "\n\n=== its failure ===\n" + (minimalFailure == null ? "(none: it passed when run again)" : minimalFailure.getMessage())
                        + "\n\n=== original failure ===\n" + failure.getMessage() + "\n";
        write(property, report);
    }

    private void write(String property, String report) {
        try {
            Files.writeString(directory.resolve(property + "-" + (++written) + ".txt"), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A summary of the failures of {@code property}, or null if it had none. */
    synchronized String summary(String property) {
        StringBuilder summary = new StringBuilder();
        counts.forEach((key, count) -> {
            if (key.startsWith(property + ": ")) {
                summary.append(String.format("%6d x %s%n", count, key.substring(property.length() + 2)));
            }
        });
        return summary.isEmpty() ? null : property + " failed; programs and minimized programs are in " + directory + "\n" + summary;
    }
}
