package org.pyrust.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter list of a {@code def} or {@code lambda}: {@code positional} holds the positional-only ones
 * (the first {@code positionalOnly}, before a {@code /}) and the ordinary ones; then {@code *varArgs}
 * (null when absent), the keyword-only ones (after {@code *} or {@code *args}) and {@code **kwArgs}
 * (null when absent).
 */
public record Parameters(Span span, List<Param> positional, int positionalOnly, Param varArgs, List<Param> keywordOnly, Param kwArgs) implements Node {

    public static Parameters positional(Span span, List<Param> positional) {
        return new Parameters(span, positional, 0, null, List.of(), null);
    }

    /** Every parameter in frame order: positional, *args, keyword-only, **kwargs. */
    public List<Param> all() {
        List<Param> all = new ArrayList<>(positional);
        if (varArgs != null) {
            all.add(varArgs);
        }
        all.addAll(keywordOnly);
        if (kwArgs != null) {
            all.add(kwArgs);
        }
        return all;
    }

    /** Whether this is a plain list of positional parameters without defaults (the Core fast path). */
    public boolean isSimple() {
        return varArgs == null && kwArgs == null && keywordOnly.isEmpty() && positional.stream().allMatch(p -> p.defaultValue() == null);
    }
}
