package org.pyrust.runtime;

import java.util.List;

/**
 * The built-in exception classes, in Python's hierarchy: {@code except ArithmeticError} catches a
 * {@code ZeroDivisionError}, {@code except Exception} all but {@code BaseException} itself.
 */
public final class ExceptionTypes {

    public static final PythonType BASE_EXCEPTION = new PythonType("BaseException", BuiltinTypes.OBJECT);
    public static final PythonType EXCEPTION = new PythonType("Exception", BASE_EXCEPTION);
    public static final PythonType ARITHMETIC_ERROR = new PythonType("ArithmeticError", EXCEPTION);
    public static final PythonType ZERO_DIVISION_ERROR = new PythonType("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PythonType OVERFLOW_ERROR = new PythonType("OverflowError", ARITHMETIC_ERROR);
    public static final PythonType LOOKUP_ERROR = new PythonType("LookupError", EXCEPTION);
    public static final PythonType INDEX_ERROR = new PythonType("IndexError", LOOKUP_ERROR);
    public static final PythonType KEY_ERROR = new PythonType("KeyError", LOOKUP_ERROR);
    public static final PythonType TYPE_ERROR = new PythonType("TypeError", EXCEPTION);
    public static final PythonType VALUE_ERROR = new PythonType("ValueError", EXCEPTION);
    public static final PythonType NAME_ERROR = new PythonType("NameError", EXCEPTION);
    public static final PythonType UNBOUND_LOCAL_ERROR = new PythonType("UnboundLocalError", NAME_ERROR);
    public static final PythonType ATTRIBUTE_ERROR = new PythonType("AttributeError", EXCEPTION);
    public static final PythonType RUNTIME_ERROR = new PythonType("RuntimeError", EXCEPTION);
    public static final PythonType RECURSION_ERROR = new PythonType("RecursionError", RUNTIME_ERROR);
    public static final PythonType NOT_IMPLEMENTED_ERROR = new PythonType("NotImplementedError", RUNTIME_ERROR);
    public static final PythonType STOP_ITERATION = new PythonType("StopIteration", EXCEPTION);
    public static final PythonType ASSERTION_ERROR = new PythonType("AssertionError", EXCEPTION);
    public static final PythonType MEMORY_ERROR = new PythonType("MemoryError", EXCEPTION);
    public static final PythonType EOF_ERROR = new PythonType("EOFError", EXCEPTION);

    /** Every class above, base classes first: the builtin names they are bound to. */
    public static final List<PythonType> ALL = List.of(BASE_EXCEPTION, EXCEPTION, ARITHMETIC_ERROR, ZERO_DIVISION_ERROR, OVERFLOW_ERROR,
                    LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, TYPE_ERROR, VALUE_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, ATTRIBUTE_ERROR,
                    RUNTIME_ERROR, RECURSION_ERROR, NOT_IMPLEMENTED_ERROR, STOP_ITERATION, ASSERTION_ERROR, MEMORY_ERROR, EOF_ERROR);

    /** The built-in class named {@code name}; an unknown name is a bug of the caller. */
    public static PythonType byName(String name) {
        for (PythonType type : ALL) {
            if (type.getName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no built-in exception class " + name);
    }

    private ExceptionTypes() {
    }
}
