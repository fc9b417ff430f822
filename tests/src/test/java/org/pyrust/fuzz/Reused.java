package org.pyrust.fuzz;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple.Tuple2;

/**
 * An arbitrary that builds its generator once and is compared by identity.
 *
 * <p>Why: jqwik memoizes generators in a map keyed by the arbitrary, and its arbitraries hash by
 * structure, all the way down. The program arbitrary is a large graph, and every {@code flatMap} asks
 * for a generator again, so without this most of the time went into hashing that graph (profiled: ten
 * times the cost of generating). Wrapping the shared nodes of the graph stops the hashing at them and
 * builds each of their generators only once.
 *
 * <p>The generator makes its choices with {@link #frequencyOf} and {@link #oneOf}: a {@link Choice}
 * between reused alternatives, instead of jqwik's, which looks up a generator per value.
 */
final class Reused<T> implements Arbitrary<T> {

    private final Arbitrary<T> arbitrary;
    private final Map<Integer, RandomGenerator<T>> generators = new ConcurrentHashMap<>();

    private Reused(Arbitrary<T> arbitrary) {
        this.arbitrary = arbitrary;
    }

    static <T> Arbitrary<T> of(Arbitrary<T> arbitrary) {
        return arbitrary instanceof Reused<T> ? arbitrary : new Reused<>(arbitrary);
    }

    /** As {@code Arbitraries.frequencyOf}, each alternative reused. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    static <T> Arbitrary<T> frequencyOf(Tuple2<Integer, ? extends Arbitrary<? extends T>>... choices) {
        return frequencyOf(Arrays.asList(choices));
    }

    static <T> Arbitrary<T> frequencyOf(List<? extends Tuple2<Integer, ? extends Arbitrary<? extends T>>> choices) {
        return new Choice<T>(choices.stream().map(Tuple2::get1).toList(), choices.stream().map(c -> Reused.<T>covariant(c.get2())).toList());
    }

    /** As {@code Arbitraries.oneOf}, each alternative reused. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    static <T> Arbitrary<T> oneOf(Arbitrary<? extends T>... choices) {
        return oneOf(Arrays.asList(choices));
    }

    static <T> Arbitrary<T> oneOf(Collection<? extends Arbitrary<? extends T>> choices) {
        return new Choice<T>(choices.stream().map(c -> 1).toList(), choices.stream().map(Reused::<T>covariant).toList());
    }

    /** An arbitrary of a subtype is one of the type: it only ever produces values. */
    @SuppressWarnings("unchecked")
    private static <T> Arbitrary<T> covariant(Arbitrary<? extends T> arbitrary) {
        return of((Arbitrary<T>) arbitrary);
    }

    @Override
    public RandomGenerator<T> generator(int genSize) {
        // Not computeIfAbsent: building a generator builds those of the arbitraries inside it.
        RandomGenerator<T> generator = generators.get(genSize);
        if (generator == null) {
            generator = arbitrary.generator(genSize);
            generators.put(genSize, generator);
        }
        return generator;
    }

    @Override
    public EdgeCases<T> edgeCases(int maxEdgeCases) {
        return arbitrary.edgeCases(maxEdgeCases);
    }
}
