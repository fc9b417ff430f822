package org.pyrust.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code format(value, spec)} for ints, bools, floats and strs against CPython (format_spec.json). */
class FormatSpecTest {

    /** How the runtime is meant to call the entry points: an empty spec on a bool means str(). */
    static String format(Object v, String spec) {
        if (v instanceof Boolean b) {
            return spec.isEmpty() ? (b ? "True" : "False") : FormatSpec.formatLong(b ? 1 : 0, spec, "bool");
        }
        if (v instanceof Long l) {
            return FormatSpec.formatLong(l, spec);
        }
        if (v instanceof Double d) {
            return FormatSpec.formatDouble(d, spec);
        }
        return FormatSpec.formatString((String) v, spec);
    }

    @Test
    void matchesCPython() {
        CaseTable.check("format_spec.json", "format", c -> format(c.arg(0), (String) c.arg(1)));
    }

    @Test
    void handPicked() {
        assertEquals("00,001,234", FormatSpec.formatLong(1234, "010,"));
        assertEquals("0x0_0001_2345", FormatSpec.formatLong(0x12345, "#012_x"));
        assertEquals("-9223372036854775808", FormatSpec.formatLong(Long.MIN_VALUE, ""));
        assertEquals("1e+16", FormatSpec.formatDouble(1e16, ""));
        assertEquals("0.00", FormatSpec.formatDouble(-0.0001, "z.2f"));
        assertEquals("ab   ", FormatSpec.formatString("ab", "5"));
    }
}
