package org.pyrust.nodes.call;

import java.util.Arrays;

import org.pyrust.nodes.Errors;
import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.nodes.object.GetAttributeNode;
import org.pyrust.runtime.ArgumentBinder;
import org.pyrust.runtime.DispatchNode;
import org.pyrust.runtime.DispatchNodeGen;
import org.pyrust.runtime.ExceptionObject;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyBoundMethod;
import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.PythonType;
import org.pyrust.runtime.ToArrayNode;
import org.pyrust.runtime.ToArrayNodeGen;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code f(a, *b, k=c, **d)}: evaluates the callee, then the arguments left to right, and dispatches. A
 * plain positional call with the right count passes the values straight into the frame; anything else
 * (keywords, defaults, {@code *args}) goes through the {@link ArgumentBinder}. Calling a method value
 * ({@code xs.append}) passes its receiver first; calling a built-in type runs its constructor; calling an
 * exception class makes an exception. Errors of the call (not callable, wrong arguments, a builtin's
 * complaint, too deep recursion) are reported at the callee, which is where this node starts.
 */
@NodeInfo(shortName = "call")
public final class CallNode extends ExpressionNode {

    @Child private ExpressionNode callee;
    @Children private final ExpressionNode[] arguments;
    /** Which positional arguments are {@code *x}; null when none is. */
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    /** The keyword names, null for a {@code **mapping}; empty for a positional call. */
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();
    @Child private ToArrayNode toArray;
    /** The type this site called first, and what calling it runs. */
    @CompilationFinal private PythonType cachedType;
    @CompilationFinal private PyRustFunction cachedConstructor;
    @CompilationFinal private boolean cachedIsException;
    @Child private DispatchNode constructorDispatch;
    @CompilationFinal private boolean seenGeneric;
    /** Whether the callee is an attribute ({@code xs.append}), so that the call is most likely a method's. */
    private final boolean methodShaped;

    public CallNode(ExpressionNode callee, ExpressionNode[] arguments) {
        this(callee, arguments, null, new String[0], new ExpressionNode[0]);
    }

    public CallNode(ExpressionNode callee, ExpressionNode[] arguments, boolean[] starred, String[] keywordNames, ExpressionNode[] keywordValues) {
        this.methodShaped = callee instanceof GetAttributeNode;
        this.callee = callee;
        this.arguments = arguments;
        this.starred = starred;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object calleeValue = callee.executeGeneric(frame);
        Object[] frameArguments;
        if (starred == null && keywordNames.length == 0) {
            // A method-shaped call (xs.append(x)) leaves room for the receiver too.
            int first = methodShaped ? 2 : 1;
            frameArguments = new Object[arguments.length + first];
            for (int i = 0; i < arguments.length; i++) {
                frameArguments[i + first] = arguments[i].executeGeneric(frame);
            }
            if (methodShaped) {
                if (calleeValue instanceof PyBoundMethod method && acceptsWithReceiver(method.function())) {
                    // The method fast path: the receiver goes straight into the frame, no copy.
                    frameArguments[0] = method.function().getClosure();
                    frameArguments[1] = method.receiver();
                    return invoke(frame, method.function(), frameArguments);
                }
                frameArguments = Arrays.copyOfRange(frameArguments, 1, frameArguments.length);
            }
        } else {
            frameArguments = null;
        }
        if (frameArguments != null && calleeValue instanceof PyRustFunction function && function.getArity() == arguments.length) {
            // The fast path: a plain call with the right count.
            frameArguments[0] = function.getClosure();
            return invoke(frame, function, frameArguments);
        }
        if (frameArguments != null) {
            if (cachedType == null && calleeValue instanceof PythonType type) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                cacheType(PyRustRootNode.context(frame), type);
            }
            if (calleeValue == cachedType) {
                if (cachedConstructor != null) {
                    return callConstructor(frameArguments);
                } else if (cachedIsException) {
                    return newException(cachedType, frameArguments);
                }
            }
        }
        if (!seenGeneric) {
            // Keep the general path out of compiled code until a call needs it.
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seenGeneric = true;
        }
        return genericCall(frame, calleeValue, frameArguments);
    }

    /** Calling an exception class: the exception, with the call's arguments (element 0 is the free slot). */
    private static ExceptionObject newException(PythonType type, Object[] frameArguments) {
        return new ExceptionObject(type, Arrays.copyOfRange(frameArguments, 1, frameArguments.length), false);
    }

    /** Whether a method called with this site's arguments and its receiver binds them as they are. */
    private boolean acceptsWithReceiver(PyRustFunction function) {
        return function.getArity() == arguments.length + 1 || function.getArity() == PyRustFunction.VARIADIC;
    }

    /** Every other call: methods, types, keywords, starred arguments, defaults, variadic builtins. */
    private Object genericCall(VirtualFrame frame, Object calleeValue, Object[] plainArguments) {
        Object[] positional;
        String[] names = NO_NAMES;
        Object[] values = NO_VALUES;
        if (plainArguments != null) {
            positional = plainArguments; // element 0 is free: the closure or a receiver goes there
        } else {
            positional = evaluatePositional(frame);
            if (keywordNames.length != 0) {
                Object[][] keywords = evaluateKeywords(frame, calleeValue);
                names = (String[]) keywords[0];
                values = keywords[1];
            }
        }
        PyRustFunction function;
        if (calleeValue instanceof PyRustFunction f) {
            function = f;
        } else if (calleeValue instanceof PyBoundMethod method) {
            function = method.function();
            positional[0] = method.receiver();
            positional = withFreeSlot(positional);
        } else if (calleeValue instanceof PythonType type) {
            if (type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                if (names.length != 0) {
                    CompilerDirectives.transferToInterpreter();
                    throw Errors.raise(this, ExceptionTypes.TYPE_ERROR, type.getName() + "() takes no keyword arguments");
                }
                return newException(type, positional);
            }
            function = PyRustRootNode.context(frame).constructor(type);
            if (function == null) {
                throw notCallable(calleeValue);
            }
        } else {
            throw notCallable(calleeValue);
        }
        int count = positional.length - 1;
        Object[] frameArguments;
        if (names.length == 0 && (function.getArity() == count || function.getArity() == PyRustFunction.VARIADIC)) {
            positional[0] = function.getClosure();
            frameArguments = positional;
        } else if (names.length == 0 && function.hasFixedArity()) {
            // A plain positional call with the wrong count keeps the Core message (LANGUAGE.md, Functions).
            throw arityError(function, count);
        } else {
            frameArguments = bind(function, positional, names, values);
        }
        return invoke(frame, function, frameArguments);
    }

    /**
     * A plain call of the built-in type this site called before (str(x), list(xs)): its constructor, a
     * builtin, through a dispatch of its own so that the fast path above stays as small as it was.
     */
    private Object callConstructor(Object[] frameArguments) {
        try {
            return constructorDispatch.executeDispatch(cachedConstructor, frameArguments);
        } catch (PyRustException e) {
            throw Errors.placed(e, this);
        }
    }

    /**
     * Caches the first type called here with what calling it runs: its constructor, or for an exception
     * class the making of the exception ({@code raise ValueError("bad")}); the pair never changes (both
     * are the language's). A type with neither is cached too, so that its error is not a recompilation.
     */
    private void cacheType(PyRustContext context, PythonType type) {
        cachedType = type;
        cachedIsException = type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION);
        if (!cachedIsException) {
            cachedConstructor = context.constructor(type);
            if (cachedConstructor != null) {
                constructorDispatch = insert(DispatchNodeGen.create());
            }
        }
    }

    private Object invoke(VirtualFrame frame, PyRustFunction function, Object[] frameArguments) {
        // The depth is restored, not decremented, on the way out: a stack overflow can strike anywhere in
        // between, and restoring keeps the count right for the rest of the context's life.
        PyRustContext context = PyRustRootNode.context(frame);
        int depth = context.callDepth;
        if (depth >= context.recursionLimit) {
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        }
        context.callDepth = depth + 1;
        try {
            return dispatch.executeDispatch(function, frameArguments);
        } catch (PyRustException e) {
            // A builtin's error has no position of its own: it is reported at the call.
            throw Errors.placed(e, this);
        } catch (StackOverflowError e) {
            // The thread's stack ran out before the recursion limit.
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        } catch (OutOfMemoryError e) {
            // A builtin's result (a printed line, a flattened string) did not fit in the heap. An error
            // in a called function's body was already reported at its statement (BlockNode).
            CompilerDirectives.transferToInterpreter();
            throw Errors.outOfMemory(this);
        } finally {
            context.callDepth = depth;
        }
    }

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    /** The positional values, {@code *x} spliced in, after a free element 0. */
    @ExplodeLoop
    private Object[] evaluatePositional(VirtualFrame frame) {
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object value = arguments[i].executeGeneric(frame);
            values[i] = starred != null && starred[i] ? starArguments(value) : value;
        }
        return starred == null ? withFreeSlot(values) : splice(values, starred);
    }

    private Object[] starArguments(Object value) {
        if (toArray == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            toArray = insert(ToArrayNodeGen.create());
        }
        try {
            return toArray.execute(value);
        } catch (PyRustException e) {
            if (Errors.isNotIterable(e, value)) {
                // CPython's wording for f(*5).
                throw Errors.raise(this, ExceptionTypes.TYPE_ERROR, "Value after * must be an iterable, not " + Values.typeName(value));
            }
            throw e;
        }
    }

    @TruffleBoundary
    private static Object[] splice(Object[] values, boolean[] starred) {
        java.util.ArrayList<Object> all = new java.util.ArrayList<>();
        all.add(null);
        for (int i = 0; i < values.length; i++) {
            if (starred[i]) {
                all.addAll(Arrays.asList((Object[]) values[i]));
            } else {
                all.add(values[i]);
            }
        }
        return all.toArray();
    }

    @TruffleBoundary
    private static Object[] withFreeSlot(Object[] values) {
        Object[] result = new Object[values.length + 1];
        System.arraycopy(values, 0, result, 1, values.length);
        return result;
    }

    /** The keyword names and values in order, {@code **mapping} expanded; a repeated name is a TypeError. */
    @ExplodeLoop
    private Object[][] evaluateKeywords(VirtualFrame frame, Object calleeValue) {
        Object[] evaluated = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            evaluated[i] = keywordValues[i].executeGeneric(frame);
        }
        return collectKeywords(evaluated, calleeValue);
    }

    /** How CPython names the callee when keywords collide: {@code __main__.f.<locals>.g()}, {@code dict()}. */
    private static String calleeName(Object calleeValue) {
        PyRustFunction function = calleeValue instanceof PyBoundMethod method ? method.function()
                        : calleeValue instanceof PyRustFunction f ? f : null;
        if (function != null) {
            return (function.isBuiltin() ? "" : "__main__.") + function.getQualname() + "()";
        } else if (calleeValue instanceof PythonType type) {
            return type.getName() + "()";
        }
        return Values.typeName(calleeValue) + " object";
    }

    @TruffleBoundary
    private Object[][] collectKeywords(Object[] evaluated, Object calleeValue) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        java.util.ArrayList<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < evaluated.length; i++) {
            if (keywordNames[i] != null) {
                addKeyword(names, values, keywordNames[i], evaluated[i], calleeValue);
                continue;
            }
            if (!(evaluated[i] instanceof PyDict dict)) {
                throw Errors.raise(this, ExceptionTypes.TYPE_ERROR, "argument after ** must be a mapping, not " + Values.typeName(evaluated[i]));
            }
            for (Object key : dict.keys()) {
                if (!(key instanceof TruffleString s)) {
                    throw Errors.raise(this, ExceptionTypes.TYPE_ERROR, "keywords must be strings");
                }
                addKeyword(names, values, s.toJavaStringUncached(), dict.get(key), calleeValue);
            }
        }
        return new Object[][]{names.toArray(new String[0]), values.toArray()};
    }

    /** One more keyword argument of the call; a name given twice (by name and through {@code **}) is a TypeError. */
    private void addKeyword(java.util.List<String> names, java.util.List<Object> values, String name, Object value, Object calleeValue) {
        if (names.contains(name)) {
            throw Errors.raise(this, ExceptionTypes.TYPE_ERROR, calleeName(calleeValue) + " got multiple values for keyword argument '" + name + "'");
        }
        names.add(name);
        values.add(value);
    }

    @TruffleBoundary
    private Object[] bind(PyRustFunction function, Object[] positional, String[] names, Object[] values) {
        Object[] args = Arrays.copyOfRange(positional, 1, positional.length);
        try {
            return ArgumentBinder.bind(function, args, names, values);
        } catch (PyRustException e) {
            throw Errors.placed(e, this);
        }
    }

    @TruffleBoundary
    private PyRustException notCallable(Object value) {
        return Errors.ruleError(this, ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(value) + "' object is not callable");
    }

    @TruffleBoundary
    private PyRustException arityError(PyRustFunction function, int count) {
        return ArgumentBinder.arityError(function, count).placedAt(this);
    }

    private PyRustException recursionError() {
        return Errors.ruleError(this, ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }
}
