package org.pyrust.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pyrust.text.CaseTable;

/** {@code repr(float)} against CPython on edge cases and random doubles (tests/src/test/resources/text/float_repr.json). */
class FloatReprTest {

    @Test
    void matchesCPython() {
        CaseTable.check("float_repr.json", "repr", c -> FloatRepr.repr((Double) c.arg(0)));
    }

    @Test
    void handPicked() {
        // Java's own layout would say 1.0E16, 1.0E-5 and 4.9E-324
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("1.5e+300", FloatRepr.repr(1.5e300));
        assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
    }
}
