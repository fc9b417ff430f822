package org.pyrust.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a builtin node class as the builtin function {@link #name}. Its parameters are the
 * specializations' parameters: the generated factory says how many ({@code getExecutionSignature}), and
 * {@link BuiltinSignature} checks every call against them, so no builtin counts its own arguments.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {

    /** The name the builtin is bound to, and the name its messages use. */
    String name();

    /**
     * How many parameters a call must fill; the others hold {@link org.pyrust.runtime.NoValue} when left
     * out. -1, the default, means all of them.
     */
    int minArgs() default -1;

    /** True if the single parameter takes all the arguments of a call as an {@code Object[]}, as {@code *args}. */
    boolean varArgs() default false;

    /**
     * The names of the builtin's keyword parameters ({@code sorted(key=, reverse=)}), which are the last
     * parameters of its specializations, after the positional ones; NoValue when a call leaves them out.
     */
    String[] keywords() default {};

    /**
     * The names of the positional parameters, so that a call may pass them by keyword
     * ({@code enumerate(xs, start=1)}); a method's receiver is the first.
     */
    String[] names() default {};

    /**
     * Whether the builtin takes {@code **kwargs}: the keywords it does not name arrive as a dict, in the
     * parameter after its keyword parameters ({@code dict(a=1)}).
     */
    boolean varKeywords() default false;

    /**
     * The built-in type (by name) this builtin is a method of ({@code list.append}); its first parameter is
     * then the receiver, which argument counts in messages leave out, as CPython's do.
     */
    String methodOf() default "";

    /** Whether this builtin is what calling the built-in type of the same name runs ({@code list(x)}). */
    boolean constructor() default false;

    /** How CPython words this builtin's argument-count errors, where its shape alone does not tell. */
    Arity arity() default Arity.SHAPE;

    /** The wordings of argument-count errors: CPython's argument parsers each have their own. */
    enum Arity {
        /**
         * Chosen from the builtin's shape: {@code len() takes exactly one argument (2 given)} for one
         * argument, {@code list.copy() takes no arguments (1 given)} for none, {@code split() takes at most 2
         * arguments (3 given)} where arguments may be passed by keyword, and otherwise Argument Clinic's
         * {@code get expected at most 2 arguments, got 3}.
         */
        SHAPE,
        /** Argument Clinic's wording even for one argument: {@code reversed expected 1 argument, got 0}. */
        EXPECTED,
        /** {@code PyArg_ParseTuple}'s: {@code find() takes at least 1 argument (0 given)}. */
        TAKES
    }
}
