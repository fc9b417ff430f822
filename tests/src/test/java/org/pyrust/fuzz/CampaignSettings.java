package org.pyrust.fuzz;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a campaign run by hand override the tries and the seed that the properties fix for CI.
 *
 * <p>{@code @Property(tries = ..., seed = ...)} takes only constants, and jqwik's own configuration
 * can set a default number of tries but not a seed. So this hook reads two system properties before
 * each property runs and changes its attributes:
 * <ul>
 * <li>{@code pyrust.fuzz.tries}: tries per property;</li>
 * <li>{@code pyrust.fuzz.seed}: a seed (any long), or {@code random} for a new one each run (jqwik's
 * report shows the seed it drew, to repeat a failure with).</li>
 * </ul>
 * With {@code pyrust.fuzz.failures} set ({@link FailureCollector}), a property whose failures were
 * collected fails here, at its end. Surefire passes {@code -D} options of the Maven command line to
 * the test JVM as system properties.
 */
public final class CampaignSettings implements AroundPropertyHook {

    static final String TRIES = "pyrust.fuzz.tries";
    static final String SEED = "pyrust.fuzz.seed";

    /** Only properties: an example ({@code @Example} is a property of one try) keeps its one try. */
    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return element.map(e -> e.isAnnotationPresent(Property.class) && !e.isAnnotationPresent(Example.class)).orElse(false);
    }

    /** Registered on the test class, the hook must be told to reach the properties inside it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.DIRECT_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyAttributes attributes = context.attributes();
        String tries = System.getProperty(TRIES, "").strip();
        if (!tries.isEmpty()) {
            attributes.setTries(Integer.parseInt(tries));
        }
        String seed = System.getProperty(SEED, "").strip();
        if (seed.equals("random")) {
            // An empty seed is jqwik's "no fixed seed".
            attributes.setSeed("");
        } else if (!seed.isEmpty()) {
            attributes.setSeed(Long.toString(Long.parseLong(seed)));
        }
        PropertyExecutionResult result = property.execute();
        FailureCollector collector = FailureCollector.active();
        String failures = collector == null ? null : collector.summary(context.targetMethod().getName());
        return failures == null ? result : result.mapToFailed(failures);
    }
}
