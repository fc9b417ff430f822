package org.pyrust.runtime;


import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A function value: what a {@code def} statement creates each time it runs, or a builtin. The call
 * target is shared by every function object made by the same {@code def}; the closure (the cells of the
 * variables it reads from enclosing functions) is per object.
 *
 * <p>Calling convention: {@code arguments[0]} is the closure (or null), the positional arguments follow.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyRustFunction implements PyRustValue {

    /** Arity of builtins that check their own argument counts. */
    public static final int VARIADIC = -1;

    private final String name;
    private final RootCallTarget callTarget;
    private final int arity;
    private final Cell[] closure;
    private final boolean builtin;
    private final Signature signature;
    /** The values of the last positional parameters' defaults, evaluated when the {@code def} ran. */
    private final Object[] defaults;
    /** Per keyword-only parameter, its default or null; null when none has one. */
    private final Object[] keywordDefaults;
    /** Attributes set on the function ({@code f.calls = 0}); null until the first. */
    private java.util.Map<String, Object> attributes;
    /** {@code __annotations__}: the parameters' and the return's annotations; null when none. */
    private Object annotations;
    /** {@code __doc__}: the docstring, or null. */
    private final String doc;
    /** {@code __qualname__}: the name with the functions around it ({@code f.<locals>.g}). */
    private final String qualname;

    /**
     * {@code arity} is the positional count when a plain positional call of that many arguments needs no
     * binding (no defaults used, no *args...), else {@link #NEEDS_BINDING}.
     */
    public PyRustFunction(String name, RootCallTarget callTarget, int arity, Cell[] closure, boolean builtin, Signature signature, Object[] defaults,
                    Object[] keywordDefaults, String doc, String qualname) {
        this.name = name;
        this.doc = doc;
        this.qualname = qualname;
        this.callTarget = callTarget;
        this.arity = arity;
        this.closure = closure;
        this.builtin = builtin;
        this.signature = signature;
        this.defaults = defaults;
        this.keywordDefaults = keywordDefaults;
    }

    /** Arity of functions whose every call goes through the {@link ArgumentBinder}. */
    public static final int NEEDS_BINDING = -2;

    /** The parameters by name (for a builtin, its keyword parameters), for calls that need binding. */
    public Signature getSignature() {
        return signature;
    }

    /**
     * Whether a positional call must give exactly {@link #getArity()} arguments: plain positional parameters
     * without defaults, the Core protocol, whose wrong count keeps the Core message
     * ({@link ArgumentBinder#arityError}). Every other function is bound by the {@link ArgumentBinder}.
     */
    public boolean hasFixedArity() {
        return signature.isPlain() && defaults.length == 0;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    /** The attribute {@code name} set on this function, or null. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public Object getAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public void setAttribute(String name, Object value) {
        if (attributes == null) {
            attributes = new java.util.HashMap<>();
        }
        attributes.put(name, value);
    }

    public Object getAnnotations() {
        return annotations;
    }

    public void setAnnotations(Object annotations) {
        this.annotations = annotations;
    }

    public Object[] getKeywordDefaults() {
        return keywordDefaults;
    }

    public String getQualname() {
        return qualname;
    }

    public String getDoc() {
        return doc;
    }

    public String getName() {
        return name;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public int getArity() {
        return arity;
    }

    public Cell[] getClosure() {
        return closure;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    @Override
    public String toString() {
        return builtin ? "<built-in function " + name + ">" : "<function " + name + ">";
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    boolean hasExecutableName() {
        return true;
    }

    @ExportMessage
    Object getExecutableName() {
        return name;
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject(@Cached GetClassNode getClass) {
        // The one place where a value's class is decided (GetClassNode).
        return getClass.execute(this);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }

    /** Java calling a PyRust function: ints, longs, booleans, strings, None and functions are accepted. */
    @ExportMessage
    Object execute(Object[] arguments, @Cached DispatchNode dispatch) throws ArityException, UnsupportedTypeException {
        // A builtin's error keeps no position when Java calls it: there is no PyRust call site.
        return dispatch.executeDispatch(this, hostArguments(arguments));
    }

    private Object[] hostArguments(Object[] arguments) throws ArityException, UnsupportedTypeException {
        if (arity != VARIADIC && arguments.length != arity) {
            if (!hasFixedArity()) {
                // Defaults or *args: the binder places the arguments (and words any error as Python does).
                Object[] guest = new Object[arguments.length];
                for (int i = 0; i < arguments.length; i++) {
                    guest[i] = fromHost(arguments, i);
                }
                return bindForHost(guest);
            }
            throw ArityException.create(arity, arity, arguments.length);
        }
        Object[] frameArguments = new Object[arguments.length + 1];
        frameArguments[0] = closure;
        for (int i = 0; i < arguments.length; i++) {
            frameArguments[i + 1] = fromHost(arguments, i);
        }
        return frameArguments;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private Object[] bindForHost(Object[] guest) {
        return ArgumentBinder.bind(this, guest, new String[0], new Object[0]);
    }

    private static Object fromHost(Object[] arguments, int index) throws UnsupportedTypeException {
        Object value = HostValues.toGuest(arguments[index]);
        if (value == null) {
            throw UnsupportedTypeException.create(arguments,
                            "PyRust functions accept Java int, long, double, boolean and String arguments (and PyRust values); argument " + (index + 1) + " is not one of them");
        }
        return value;
    }
}
