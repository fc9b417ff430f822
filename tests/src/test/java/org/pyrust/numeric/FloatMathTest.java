package org.pyrust.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyrust.text.CaseTable;
import org.pyrust.text.CaseTable.Case;
import org.pyrust.text.PythonError;

/** Float arithmetic, conversions, hashing and parsing against CPython (float_math.json). */
class FloatMathTest {

    static List<String> ops() {
        return CaseTable.ops("float_math.json");
    }

    private static double d(Case c, int i) {
        return (Double) c.arg(i);
    }

    private static long l(Case c, int i) {
        return (Long) c.arg(i);
    }

    @ParameterizedTest
    @MethodSource("ops")
    void matchesCPython(String op) {
        CaseTable.Same same = op.equals("pow") ? FloatMathTest::withinOneUlp : java.util.Objects::equals;
        CaseTable.check("float_math.json", op, c -> switch (op) {
            case "floordiv" -> FloatMath.floorDivide(d(c, 0), d(c, 1));
            case "mod" -> FloatMath.modulo(d(c, 0), d(c, 1));
            case "divmod" -> {
                double[] r = FloatMath.divmod(d(c, 0), d(c, 1));
                yield new CaseTable.Tuple(List.of(r[0], r[1]));
            }
            case "truediv" -> FloatMath.trueDivide(d(c, 0), d(c, 1));
            case "pow" -> FloatMath.power(d(c, 0), d(c, 1));
            case "round1" -> FloatMath.round(d(c, 0));
            case "round2" -> FloatMath.round(d(c, 0), l(c, 1));
            case "int" -> FloatMath.toLong(d(c, 0));
            case "is_integer" -> FloatMath.isInteger(d(c, 0));
            case "cmp" -> {
                int r = NumericCompare.compare(l(c, 0), d(c, 1));
                yield r == NumericCompare.UNORDERED ? null : (Object) (long) r;
            }
            case "hash_int" -> NumericHash.hashLong(l(c, 0));
            case "hash_float" -> NumericHash.hashDouble(d(c, 0));
            case "float_parse" -> FloatParse.parse((String) c.arg(0));
            default -> throw new AssertionError("unknown op " + op);
        }, same);
    }

    /**
     * {@code **} goes through Java's Math.pow, CPython's through the C library's pow; both are within an
     * ulp of the exact power but need not round alike, so random powers may differ in the last bit.
     */
    private static boolean withinOneUlp(Object expected, Object actual) {
        if (!(expected instanceof Double e) || !(actual instanceof Double a)) {
            return java.util.Objects.equals(expected, actual);
        }
        return e.equals(a) || Math.abs(e - a) <= Math.ulp(e);
    }

    /** CPython returns a complex number here; PyRust has none. */
    @Test
    void negativeBaseToFractionalPowerIsAValueError() {
        PythonError e = assertThrows(PythonError.class, () -> FloatMath.power(-8.0, 1.0 / 3));
        assertEquals("ValueError", e.pythonClass());
        assertEquals("negative number cannot be raised to a fractional power", e.getMessage());
        assertEquals(-8.0, FloatMath.power(-2.0, 3.0));
    }

    /** CPython returns a big int here; PyRust ints are 64-bit. */
    @Test
    void floatsBeyondSixtyFourBitsOverflow() {
        PythonError e = assertThrows(PythonError.class, () -> FloatMath.toLong(1e20));
        assertEquals("OverflowError", e.pythonClass());
        assertEquals("float 1e+20 does not fit in a 64-bit int", e.getMessage());
        assertThrows(PythonError.class, () -> FloatMath.toLong(9.223372036854775808E18));
        assertThrows(PythonError.class, () -> FloatMath.round(-1e19));
        assertEquals(Long.MIN_VALUE, FloatMath.toLong(-9.223372036854775808E18));
        assertEquals(Long.MAX_VALUE - 1023, FloatMath.toLong(Math.nextDown(9.223372036854775808E18)));
    }

    @Test
    void exactMixedComparison() {
        long big = (1L << 53) + 1;
        assertTrue(NumericCompare.gt(big, 9007199254740992.0));
        assertTrue(NumericCompare.lt(Long.MAX_VALUE, 9.223372036854775808E18));
        assertTrue(NumericCompare.eq(Long.MIN_VALUE, -9.223372036854775808E18));
        assertEquals(NumericCompare.UNORDERED, NumericCompare.compare(1, Double.NaN));
        assertEquals(1, NumericCompare.compare(2.5, 2L));
    }

    @Test
    void hashesAgree() {
        assertEquals(NumericHash.hashLong(1), NumericHash.hashDouble(1.0));
        assertEquals(-2, NumericHash.hashLong(-1));
        assertEquals(-2, NumericHash.hashDouble(-1.0));
        assertEquals(0, NumericHash.hashDouble(Double.NaN)); // CPython 3.10+ hashes NaN by identity
    }
}
