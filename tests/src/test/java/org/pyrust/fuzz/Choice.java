package org.pyrust.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;

/**
 * A weighted choice between arbitraries, as {@code Arbitraries.frequencyOf}, and shrinking the same
 * way: first to an earlier alternative, then within the chosen one.
 *
 * <p>Why not jqwik's own: it is a flatMap, which looks up the chosen alternative's generator in
 * jqwik's memo store for every value it makes; a generated program makes thousands of choices, and
 * the lookups were most of the time spent generating it. Here each alternative's generator is built
 * once, when it is first chosen. The value of an alternative is drawn from a seed of its own, so that shrinking can draw a
 * value of an earlier alternative reproducibly.
 */
final class Choice<T> implements Arbitrary<T> {

    private final List<Arbitrary<T>> alternatives;
    /** {@code bounds[i]} is the sum of the weights of alternatives 0..i. */
    private final int[] bounds;
    private final Map<Integer, Generators<T>> generators = new ConcurrentHashMap<>();

    Choice(List<Integer> weights, List<Arbitrary<T>> alternatives) {
        if (alternatives.isEmpty() || weights.size() != alternatives.size()) {
            throw new IllegalArgumentException("a choice needs alternatives, each with a weight");
        }
        this.alternatives = List.copyOf(alternatives);
        this.bounds = new int[weights.size()];
        int sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            bounds[i] = sum;
        }
    }

    @Override
    public RandomGenerator<T> generator(int genSize) {
        Generators<T> each = generators.computeIfAbsent(genSize, size -> new Generators<>(alternatives, size));
        return random -> {
            int draw = random.nextInt(bounds[bounds.length - 1]);
            int index = 0;
            while (bounds[index] <= draw) {
                index++;
            }
            long seed = random.nextLong();
            return new Chosen<>(each, index, each.get(index).next(new Random(seed)), seed);
        };
    }

    /**
     * The generators of the alternatives, each built when it is first chosen: the graph of a program's
     * arbitraries is far larger than the part of it that one campaign reaches.
     */
    private static final class Generators<T> {

        private final List<Arbitrary<T>> alternatives;
        private final int genSize;
        private final AtomicReferenceArray<RandomGenerator<T>> built;

        Generators(List<Arbitrary<T>> alternatives, int genSize) {
            this.alternatives = alternatives;
            this.genSize = genSize;
            this.built = new AtomicReferenceArray<>(alternatives.size());
        }

        RandomGenerator<T> get(int index) {
            RandomGenerator<T> generator = built.get(index);
            if (generator == null) {
                generator = alternatives.get(index).generator(genSize);
                built.set(index, generator);
            }
            return generator;
        }
    }

    @Override
    public EdgeCases<T> edgeCases(int maxEdgeCases) {
        return EdgeCases.none();
    }

    private record Chosen<T>(Generators<T> alternatives, int index, Shrinkable<T> chosen, long seed) implements Shrinkable<T> {

        @Override
        public T value() {
            return chosen.value();
        }

        @Override
        public Stream<Shrinkable<T>> shrink() {
            Stream<Shrinkable<T>> earlier = IntStream.range(0, index)
                            .mapToObj(i -> new Chosen<>(alternatives, i, alternatives.get(i).next(new Random(seed)), seed));
            Stream<Shrinkable<T>> within = chosen.shrink().map(s -> new Chosen<>(alternatives, index, s, seed));
            return Stream.concat(earlier, within);
        }

        @Override
        public ShrinkingDistance distance() {
            return ShrinkingDistance.of(index).append(chosen.distance());
        }
    }
}
