package org.pyrust.numeric;

/**
 * Python's hash of ints and floats, equal to CPython's so that {@code hash(1) == hash(1.0) == hash(True)}
 * and a dict keyed by numbers behaves the same. Python defines the hash of a rational {@code m/n} as
 * {@code m * n**-1 mod P} for the prime {@code P = 2**61 - 1}, negated for negative numbers, with -1
 * (the C API's error value) replaced by -2. A finite double is {@code mantissa * 2**exponent}, and since
 * {@code 2**61 = 1 (mod P)} multiplying by a power of two is a rotation of 61-bit residues.
 * Truffle-free.
 */
public final class NumericHash {

    /** The modulus, 2**61 - 1 (a Mersenne prime). */
    public static final long MODULUS = (1L << 61) - 1;

    /** The hash of {@code inf}; {@code -inf} hashes to its negation. */
    public static final long INF = 314159;

    private NumericHash() {
    }

    /** {@code hash(n)} for an int; {@code hash(True)} is {@code hashLong(1)}. */
    public static long hashLong(long n) {
        long h;
        if (n >= 0) {
            h = n % MODULUS;
        } else if (n == Long.MIN_VALUE) {
            h = -rotate(1, 63 % 61); // -(2**63 mod P)
        } else {
            h = -((-n) % MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    /**
     * {@code hash(x)} for a float. NaN gives 0: since 3.10 CPython hashes a NaN by the identity of the
     * float object, which the runtime must do itself if it wants distinct NaNs to be distinct keys.
     */
    public static long hashDouble(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? INF : -INF;
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biased == 0) {
            exponent = -1074; // subnormal: no hidden bit
        } else {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        // mantissa < 2**53 < P, so it is its own residue; 2**-k is 2**(61 - k mod 61) mod P
        int shift = Math.floorMod(exponent, 61);
        long h = rotate(mantissa, shift);
        if (x < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** {@code r * 2**k mod P} for a residue {@code r < P} and {@code 0 <= k < 61}: a 61-bit rotation. */
    private static long rotate(long r, int k) {
        if (k == 0) {
            return r;
        }
        long h = ((r << k) & MODULUS) | (r >>> (61 - k));
        return h == MODULUS ? 0 : h;
    }
}
