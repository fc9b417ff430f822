package org.pyrust.nodes.object;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.runtime.BuiltinTypes;
import org.pyrust.runtime.ExceptionObject;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.GetClassNode;
import org.pyrust.runtime.PyBoundMethod;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.PyRange;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.PyTuple;
import org.pyrust.runtime.PythonType;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code value.name}: a method of the value's type, bound to it ({@code xs.append}), found once per type
 * and cached; otherwise the few data attributes the Data layer has ({@code e.args}, {@code f.__name__},
 * {@code cls.__name__}), or CPython's AttributeError.
 */
@NodeInfo(shortName = ".")
@NodeChild("receiver")
public abstract class GetAttributeNode extends ExpressionNode {

    protected final String name;

    protected GetAttributeNode(String name) {
        this.name = name;
    }

    @Specialization(guards = {"getClass.execute(receiver) == cachedType", "method != null"}, limit = "4")
    Object doMethod(Object receiver,
                    @Cached @SuppressWarnings("unused") GetClassNode getClass,
                    @Cached("getClass.execute(receiver)") @SuppressWarnings("unused") PythonType cachedType,
                    @Cached("lookup(cachedType)") PyRustFunction method) {
        return new PyBoundMethod(receiver, method);
    }

    @Specialization(replaces = "doMethod")
    Object doGeneric(VirtualFrame frame, Object receiver, @Cached GetClassNode getClass) {
        PyRustFunction method = PyRustRootNode.context(frame).method(getClass.execute(receiver), name);
        if (method != null) {
            return new PyBoundMethod(receiver, method);
        }
        return dataAttribute(receiver);
    }

    protected PyRustFunction lookup(PythonType type) {
        return org.pyrust.runtime.PyRustContext.current().method(type, name);
    }

    /** Whether this attribute of {@code type} is a class method, which receives the type as its first argument. */
    private boolean isClassMethod(PythonType type) {
        return type == BuiltinTypes.DICT && name.equals("fromkeys");
    }

    private static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof Double || value instanceof Boolean;
    }

    /** A number as itself, a bool as the int it is ({@code True.real == 1}). */
    private static Object boolAsInt(Object number) {
        return number instanceof Boolean b ? (Object) (b ? 1L : 0L) : number;
    }

    /** {@code f.__kwdefaults__}: the keyword-only parameters that have defaults, with them; None when none has. */
    private static Object keywordDefaults(PyRustFunction function) {
        Object[] defaults = function.getKeywordDefaults();
        if (defaults == null || function.isBuiltin()) {
            return PyRustNone.INSTANCE;
        }
        String[] names = function.getSignature().keywordOnly();
        org.pyrust.runtime.PyDict dict = new org.pyrust.runtime.PyDict();
        for (int i = 0; i < names.length; i++) {
            if (defaults[i] != null) {
                dict.put(Values.string(names[i]), defaults[i]);
            }
        }
        return dict;
    }

    @TruffleBoundary
    private Object dataAttribute(Object receiver) {
        if (receiver instanceof PythonType type) {
            // str.lower: the method itself, called with the receiver as its first argument.
            PyRustFunction method = org.pyrust.runtime.PyRustContext.current().method(type, name);
            if (method != null) {
                // dict.fromkeys is a class method: bound to the type, as d.fromkeys is bound to d.
                return isClassMethod(type) ? new PyBoundMethod(type, method) : method;
            }
        }
        if (receiver instanceof PyRustFunction function && function.getAttribute(name) != null) {
            return function.getAttribute(name);
        }
        switch (name) {
            case "__class__":
                // Every value's class, as type(x) gives it.
                return org.pyrust.runtime.GetClassNodeGen.getUncached().execute(receiver);
            case "__name__":
                if (receiver instanceof PythonType type) {
                    return Values.string(type.getName());
                } else if (receiver instanceof PyRustFunction function) {
                    return Values.string(function.getName());
                }
                break;
            case "__qualname__":
                if (receiver instanceof PyRustFunction function) {
                    return Values.string(function.getQualname());
                } else if (receiver instanceof PythonType type) {
                    return Values.string(type.getName());
                }
                break;
            case "__module__":
                if (receiver instanceof PyRustFunction function && !function.isBuiltin()) {
                    return Values.string("__main__");
                }
                break;
            case "__doc__":
                if (receiver instanceof PyRustFunction function) {
                    return function.getDoc() == null ? PyRustNone.INSTANCE : Values.string(function.getDoc());
                }
                break;
            case "__defaults__":
                if (receiver instanceof PyRustFunction function) {
                    return function.getDefaults().length == 0 ? PyRustNone.INSTANCE : new PyTuple(function.getDefaults().clone());
                }
                break;
            case "__kwdefaults__":
                if (receiver instanceof PyRustFunction function) {
                    return keywordDefaults(function);
                }
                break;
            case "real":
                if (isNumber(receiver)) {
                    return boolAsInt(receiver);
                }
                break;
            case "imag":
                if (isNumber(receiver)) {
                    return receiver instanceof Double ? (Object) 0.0 : (Object) 0L;
                }
                break;
            case "numerator":
                if (receiver instanceof Long || receiver instanceof Boolean) {
                    return boolAsInt(receiver);
                }
                break;
            case "denominator":
                if (receiver instanceof Long || receiver instanceof Boolean) {
                    return 1L;
                }
                break;
            case "__annotations__":
                if (receiver instanceof PyRustFunction function) {
                    if (function.getAnnotations() == null) {
                        function.setAnnotations(new org.pyrust.runtime.PyDict());
                    }
                    return function.getAnnotations();
                }
                break;
            case "args":
                if (receiver instanceof ExceptionObject exception) {
                    return new PyTuple(exception.getArgs().clone());
                }
                break;
            case "__cause__":
                if (receiver instanceof ExceptionObject exception) {
                    return exception.getCause() == null ? PyRustNone.INSTANCE : exception.getCause();
                }
                break;
            case "__context__":
                if (receiver instanceof ExceptionObject exception) {
                    return exception.getContext() == null ? PyRustNone.INSTANCE : exception.getContext();
                }
                break;
            case "value":
                // StopIteration(v).value is its first argument (None without one), as CPython's.
                if (receiver instanceof ExceptionObject exception && exception.getType().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    Object[] args = exception.getArgs();
                    return args.length == 0 ? PyRustNone.INSTANCE : args[0];
                }
                break;
            case "start":
                if (receiver instanceof PyRange range) {
                    return range.start();
                }
                break;
            case "stop":
                if (receiver instanceof PyRange range) {
                    return range.stop();
                }
                break;
            case "step":
                if (receiver instanceof PyRange range) {
                    return range.step();
                }
                break;
            case "__suppress_context__":
                if (receiver instanceof ExceptionObject exception) {
                    return exception.suppressesContext();
                }
                break;
            default:
                break;
        }
        String message = receiver instanceof PythonType type ? "type object '" + type.getName() + "' has no attribute '" + name + "'"
                        : "'" + Values.typeName(receiver) + "' object has no attribute '" + name + "'";
        throw PyRustException.raise(ExceptionTypes.ATTRIBUTE_ERROR, message, this);
    }
}
