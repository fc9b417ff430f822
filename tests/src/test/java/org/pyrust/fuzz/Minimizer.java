package org.pyrust.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Delta debugging (Zeller's ddmin) on the text of a failing program: removes lines, then characters,
 * for as long as the program still fails the same way.
 *
 * <p>jqwik shrinks the values it generated, which is better while a property runs; a campaign that
 * collects many failures (see {@link FailureCollector}) has only their texts, and mutated programs are
 * often no longer anything the generator could shrink towards.
 */
final class Minimizer {

    private final Predicate<String> stillFails;
    private int budget;

    /**
     * @param stillFails whether a candidate fails the same way as the original
     * @param budget     at most this many candidates are tried
     */
    private Minimizer(Predicate<String> stillFails, int budget) {
        this.stillFails = stillFails;
        this.budget = budget;
    }

    static String minimize(String program, Predicate<String> stillFails, int budget) {
        Minimizer minimizer = new Minimizer(stillFails, budget);
        String current = program;
        // Removing characters can make lines removable (an unclosed bracket goes), so both passes
        // repeat until neither removes anything.
        while (minimizer.budget > 0) {
            String lines = program(minimizer.ddmin(splitLines(current)));
            String characters = program(minimizer.ddmin(lines.codePoints().mapToObj(Character::toString).toList()));
            if (characters.equals(current)) {
                break;
            }
            current = characters;
        }
        return current;
    }

    /** The lines with their line endings, so that joining them gives the text back. */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String program(List<String> parts) {
        return String.join("", parts);
    }

    /** The classic algorithm: remove ever smaller chunks, keep a removal whenever the failure stays. */
    private List<String> ddmin(List<String> parts) {
        List<String> current = new ArrayList<>(parts);
        int chunks = 2;
        while (current.size() >= 2 && budget > 0) {
            int size = (int) Math.ceil(current.size() / (double) chunks);
            boolean reduced = false;
            for (int start = 0; start < current.size() && budget > 0; start += size) {
                List<String> candidate = new ArrayList<>(current.subList(0, start));
                candidate.addAll(current.subList(Math.min(current.size(), start + size), current.size()));
                if (fails(candidate)) {
                    current = candidate;
                    chunks = Math.max(chunks - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (size == 1) {
                    break;
                }
                chunks = Math.min(chunks * 2, current.size());
            }
        }
        return current;
    }

    private boolean fails(List<String> candidate) {
        budget--;
        return stillFails.test(program(candidate));
    }
}
