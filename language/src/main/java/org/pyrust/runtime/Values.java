package org.pyrust.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The string encoding and limits of PyRust, and the uncached forms of the abstract operations that messages
 * and output need: a value's type name, its {@code str} and its {@code repr}.
 */
public final class Values {

    /** All strings use UTF-32 so that indices and lengths count code points, as Python does. */
    public static final TruffleString.Encoding ENCODING = TruffleString.Encoding.UTF_32;

    public static final TruffleString EMPTY = TruffleString.Encoding.UTF_32.getEmpty();

    /**
     * The longest string PyRust can hold, in code points. Its UTF-32 bytes must fit in one Java array,
     * whose size is an {@code int}, and a JVM's largest array is a little short of 2^31 bytes (by how much
     * depends on its object layout: a string of 2^31 - 12 bytes crashed TruffleString's repeat on JDK 25),
     * hence the margin of a kilobyte. Every operation that would make a longer string fails with a
     * MemoryError before it starts, so no length is ever computed past an int.
     */
    public static final long MAX_STRING_LENGTH = org.pyrust.text.StrMethods.MAX_LENGTH;

    private Values() {
    }

    /** The number of code points of {@code s}: four bytes each in UTF-32. */
    public static long length(TruffleString s) {
        return s.byteLength(ENCODING) >> 2;
    }

    /** Python's {@code type(value).__name__}, for messages. */
    @TruffleBoundary
    public static String typeName(Object value) {
        return GetClassNodeGen.getUncached().execute(value).getName();
    }

    /** Python's {@code str(value)} as a Java string, for messages and output. */
    @TruffleBoundary
    public static String str(Object value) {
        return StrNodeGen.getUncached().execute(value).toJavaStringUncached();
    }

    /** Python's {@code repr(value)} as a Java string. */
    @TruffleBoundary
    public static String repr(Object value) {
        return ReprNodeGen.getUncached().execute(value).toJavaStringUncached();
    }

    /** The {@code length} code points of {@code s} from {@code index}. */
    @TruffleBoundary
    public static TruffleString substring(TruffleString s, int index, int length) {
        return s.substringByteIndexUncached(index << 2, length << 2, ENCODING, true);
    }

    /** The code point at {@code index}. */
    @TruffleBoundary
    public static int codePointAt(TruffleString s, int index) {
        return s.codePointAtByteIndexUncached(index << 2, ENCODING);
    }

    @TruffleBoundary
    public static TruffleString fromCodePoint(int codePoint) {
        return TruffleString.fromCodePointUncached(codePoint, ENCODING);
    }

    @TruffleBoundary
    public static TruffleString string(String javaString) {
        return TruffleString.fromJavaStringUncached(javaString, ENCODING);
    }
}
