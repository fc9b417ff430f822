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
    public static final PythonType FLOAT = new PythonType("float", OBJECT);
    public static final PythonType LIST = new PythonType("list", OBJECT);
    public static final PythonType TUPLE = new PythonType("tuple", OBJECT);
    public static final PythonType DICT = new PythonType("dict", OBJECT);
    public static final PythonType SET = new PythonType("set", OBJECT);
    public static final PythonType FROZENSET = new PythonType("frozenset", OBJECT);
    public static final PythonType RANGE = new PythonType("range", OBJECT);
    public static final PythonType SLICE = new PythonType("slice", OBJECT);
    public static final PythonType ELLIPSIS = new PythonType("ellipsis", OBJECT);
    public static final PythonType GENERIC_ALIAS = new PythonType("types.GenericAlias", OBJECT);
    public static final PythonType DICT_KEYS = new PythonType("dict_keys", OBJECT);
    public static final PythonType DICT_VALUES = new PythonType("dict_values", OBJECT);
    public static final PythonType DICT_ITEMS = new PythonType("dict_items", OBJECT);
    public static final PythonType REVERSED = new PythonType("reversed", OBJECT);
    public static final PythonType LIST_REVERSE_ITERATOR = new PythonType("list_reverseiterator", OBJECT);
    public static final PythonType DICT_REVERSE_KEY_ITERATOR = new PythonType("dict_reversekeyiterator", OBJECT);
    public static final PythonType DICT_REVERSE_VALUE_ITERATOR = new PythonType("dict_reversevalueiterator", OBJECT);
    public static final PythonType DICT_REVERSE_ITEM_ITERATOR = new PythonType("dict_reverseitemiterator", OBJECT);
    public static final PythonType ENUMERATE = new PythonType("enumerate", OBJECT);
    public static final PythonType ZIP = new PythonType("zip", OBJECT);
    public static final PythonType MAP = new PythonType("map", OBJECT);
    public static final PythonType FILTER = new PythonType("filter", OBJECT);
    public static final PythonType LIST_ITERATOR = new PythonType("list_iterator", OBJECT);
    public static final PythonType TUPLE_ITERATOR = new PythonType("tuple_iterator", OBJECT);
    public static final PythonType SET_ITERATOR = new PythonType("set_iterator", OBJECT);
    public static final PythonType RANGE_ITERATOR = new PythonType("range_iterator", OBJECT);
    public static final PythonType STR_ITERATOR = new PythonType("str_ascii_iterator", OBJECT);
    public static final PythonType DICT_KEY_ITERATOR = new PythonType("dict_keyiterator", OBJECT);
    public static final PythonType DICT_VALUE_ITERATOR = new PythonType("dict_valueiterator", OBJECT);
    public static final PythonType DICT_ITEM_ITERATOR = new PythonType("dict_itemiterator", OBJECT);
    public static final PythonType GENERATOR = new PythonType("generator", OBJECT);

    private static final PythonType[] CALLABLE = {OBJECT, TYPE, INT, BOOL, STR, FLOAT, LIST, TUPLE, DICT, SET, FROZENSET, RANGE};

    /** The built-in type named {@code name} that a builtin constructs. */
    public static PythonType byName(String name) {
        for (PythonType type : CALLABLE) {
            if (type.getName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no built-in type " + name);
    }

    private BuiltinTypes() {
    }
}
