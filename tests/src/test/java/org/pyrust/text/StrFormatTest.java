package org.pyrust.text;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code fmt.format(*args, **kwargs)} against CPython (str_format.json). */
class StrFormatTest {

    static final StrFormat.Callbacks CALLBACKS = new StrFormat.Callbacks() {
        @Override
        public Object getAttribute(Object value, String name) {
            if (value instanceof Long l && name.equals("real")) {
                return l;
            }
            if (value instanceof Long && name.equals("imag")) {
                return 0L;
            }
            throw new PythonError("AttributeError", "'" + CaseTable.typeName(value) + "' object has no attribute '" + name + "'");
        }

        @Override
        public Object getItem(Object value, Object key) {
            if (value instanceof List<?> list && key instanceof Long i) {
                if (i >= list.size()) {
                    throw new PythonError("IndexError", "list index out of range");
                }
                return list.get((int) (long) i);
            }
            if (value instanceof Map<?, ?> m) {
                if (!m.containsKey(key)) {
                    throw new PythonError("KeyError", CaseTable.repr(key));
                }
                return m.get(key);
            }
            throw new PythonError("TypeError", "'" + CaseTable.typeName(value) + "' object is not subscriptable");
        }

        @Override
        public String str(Object value) {
            return CaseTable.str(value);
        }

        @Override
        public String repr(Object value) {
            return CaseTable.repr(value);
        }

        @Override
        public String ascii(Object value) {
            return CaseTable.ascii(value);
        }

        @Override
        public String format(Object value, String spec) {
            if (value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof String) {
                return FormatSpecTest.format(value, spec);
            }
            if (spec.isEmpty()) {
                return CaseTable.str(value);
            }
            throw new PythonError("TypeError", "unsupported format string passed to " + CaseTable.typeName(value) + ".__format__");
        }
    };

    @Test
    void matchesCPython() {
        CaseTable.check("str_format.json", "format", c -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> kwargs = (Map<String, Object>) (Map<?, ?>) c.arg(2);
            return StrFormat.format((String) c.arg(0), (List<?>) c.arg(1), kwargs, CALLBACKS);
        });
    }
}
