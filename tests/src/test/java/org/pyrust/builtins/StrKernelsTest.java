package org.pyrust.builtins;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.Values;
import org.pyrust.text.CaseTable;
import org.pyrust.text.CaseTable.Case;
import org.pyrust.text.PythonError;

import com.oracle.truffle.api.strings.TruffleString;

/**
 * The str methods done on TruffleStrings ({@link StrKernels}) against CPython's cases in str_methods.json
 * (the other methods' cases are StrMethodsTest's).
 */
public class StrKernelsTest {

    public static final List<String> OPS = List.of("split", "count", "replace");

    private static TruffleString s(Case c, int i) {
        return c.arg(i) == null ? null : Values.string((String) c.arg(i));
    }

    private static Long n(Case c, int i) {
        return (Long) c.arg(i);
    }

    @ParameterizedTest
    @FieldSource("OPS")
    void matchesCPython(String op) {
        CaseTable.check("str_methods.json", op, c -> {
            try {
                return switch (op) {
                    case "split" -> strings(StrKernels.split(s(c, 0), s(c, 1), n(c, 2)));
                    case "count" -> StrKernels.count(s(c, 0), s(c, 1), n(c, 2), n(c, 3));
                    case "replace" -> StrKernels.replace(s(c, 0), s(c, 1), s(c, 2), n(c, 3)).toJavaStringUncached();
                    default -> throw new AssertionError("unknown op " + op);
                };
            } catch (PyRustException e) {
                throw new PythonError(e.getException().getType().getName(), e.getException().getMessage());
            }
        });
    }

    private static List<String> strings(PyList list) {
        List<String> out = new ArrayList<>();
        for (Object item : list.toArray()) {
            out.add(((TruffleString) item).toJavaStringUncached());
        }
        return out;
    }
}
