package org.pyrust.runtime;

/**
 * The built-in types of the values PyRust has, by the names Python gives them ({@code type(x).__name__}).
 * The exception classes are in {@link ExceptionTypes}.
 */
public final class BuiltinTypes {

    public static final PythonType OBJECT = new PythonType("object", null);
    public static final PythonType TYPE = new PythonType("type", OBJECT);
    public static final PythonType NONE_TYPE = new PythonType("NoneType", OBJECT);
    public static final PythonType INT = new PythonType("int", OBJECT);
    /** As in Python, a bool is an int: {@code isinstance(True, int)}. */
    public static final PythonType BOOL = new PythonType("bool", INT);
    public static final PythonType STR = new PythonType("str", OBJECT);
    public static final PythonType FUNCTION = new PythonType("function", OBJECT);
    public static final PythonType BUILTIN_FUNCTION = new PythonType("builtin_function_or_method", OBJECT);

    private BuiltinTypes() {
    }
}
