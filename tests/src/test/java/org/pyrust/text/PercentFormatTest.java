package org.pyrust.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code fmt % values} against CPython (percent.json). */
class PercentFormatTest {

    /** The callbacks as the runtime would implement them, here for the case tables' plain values. */
    static final PercentFormat.Values VALUES = new PercentFormat.Values() {
        @Override
        public List<Object> tupleItems(Object v) {
            return v instanceof CaseTable.Tuple t ? t.items() : null;
        }

        @Override
        public boolean isMapping(Object v) {
            return v instanceof Map;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            Map<?, ?> m = (Map<?, ?>) mapping;
            if (!m.containsKey(key)) {
                throw new PythonError("KeyError", CharacterRepr.quote(key));
            }
            return m.get(key);
        }

        @Override
        public String str(Object v) {
            return CaseTable.str(v);
        }

        @Override
        public String repr(Object v) {
            return CaseTable.repr(v);
        }

        @Override
        public String ascii(Object v) {
            return CaseTable.ascii(v);
        }

        @Override
        public String typeName(Object v) {
            return CaseTable.typeName(v);
        }

        @Override
        public Object toNumber(Object v) {
            return null;
        }
    };

    @Test
    void matchesCPython() {
        CaseTable.check("percent.json", "percent", c -> PercentFormat.format((String) c.arg(0), c.arg(1), VALUES));
    }

    @Test
    void handPicked() {
        assertEquals("   3.14|hi        |ff", PercentFormat.format("%7.2f|%-10s|%x", new CaseTable.Tuple(List.of(3.14159, "hi", 255L)), VALUES));
        assertEquals("x=1", PercentFormat.format("x=%(a)d", Map.of("a", 1L), VALUES));
    }
}
