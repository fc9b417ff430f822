package org.pyrust.builtins;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;

import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyList;
import org.pyrust.runtime.Values;
import org.pyrust.text.CharClass;
import org.pyrust.text.StrMethods;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;
import com.oracle.truffle.api.strings.TruffleStringIterator;

/**
 * The str methods that programs call in loops ({@code split}, {@code replace}, {@code count}) done on
 * TruffleStrings themselves: searches by TruffleString's (vectorized) index-of, results built by a
 * {@link TruffleStringBuilder}; only a replace in Latin-1 text goes through {@code java.lang.String}, whose
 * search is faster there. The other methods go through {@link StrMethods}, on Java strings.
 * Indices are byte indices of the UTF-32 strings: four per code point.
 */
final class StrKernels {

    private static final TruffleString.Encoding UTF32 = Values.ENCODING;

    private StrKernels() {
    }

    private static int bytes(TruffleString s) {
        return s.byteLength(UTF32);
    }

    private static TruffleString slice(TruffleString s, int fromByte, int toByte) {
        return s.substringByteIndexUncached(fromByte, toByte - fromByte, UTF32, false);
    }

    /** Where {@code needle} first occurs in the bytes {@code [from, to)} of {@code s}, or -1. */
    private static int indexOf(TruffleString s, TruffleString needle, int from, int to) {
        // TruffleString rejects a region shorter than the needle rather than answering -1.
        return to - from < bytes(needle) ? -1 : s.byteIndexOfStringUncached(needle, from, to, UTF32);
    }

    /** {@code s.split(sep, maxsplit)}; {@code sep == null} splits at runs of whitespace. */
    @TruffleBoundary
    static PyList split(TruffleString s, TruffleString sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        ArrayList<Object> out = new ArrayList<>();
        int end = bytes(s);
        if (sep == null) {
            TruffleStringIterator it = s.createCodePointIteratorUncached(UTF32);
            int wordStart = -1;
            while (it.hasNext()) {
                int at = it.getByteIndex();
                boolean space = CharClass.isSpace(it.nextUncached());
                if (wordStart < 0 && !space) {
                    if (out.size() == max) {
                        // The rest, its leading whitespace dropped and its trailing kept.
                        out.add(slice(s, at, end));
                        return new PyList(out.toArray());
                    }
                    wordStart = at;
                } else if (wordStart >= 0 && space) {
                    out.add(slice(s, wordStart, at));
                    wordStart = -1;
                }
            }
            if (wordStart >= 0) {
                out.add(slice(s, wordStart, end));
            }
            return new PyList(out.toArray());
        }
        int sepBytes = bytes(sep);
        if (sepBytes == 0) {
            throw BuiltinNode.error(ExceptionTypes.VALUE_ERROR, "empty separator");
        }
        int from = 0;
        int i;
        while (out.size() < max && (i = indexOf(s, sep, from, end)) >= 0) {
            out.add(slice(s, from, i));
            from = i + sepBytes;
        }
        out.add(slice(s, from, end));
        return new PyList(out.toArray());
    }

    /** {@code s.replace(old, replacement, count)}; a negative count replaces every occurrence. */
    @TruffleBoundary
    static TruffleString replace(TruffleString s, TruffleString old, TruffleString replacement, long count) {
        long max = count < 0 ? Long.MAX_VALUE : count;
        int oldBytes = bytes(old);
        if (oldBytes == 0) {
            return insertAround(s, replacement, max);
        }
        if (oldBytes == 4 && bytes(replacement) == 4) {
            return replaceCodePoint(s, Values.codePointAt(old, 0), Values.codePointAt(replacement, 0), max);
        }
        if (max == Long.MAX_VALUE && isLatin1(s) && isLatin1(old) && isLatin1(replacement)) {
            return replaceAllLatin1(s, old, replacement);
        }
        int end = bytes(s);
        int i = max == 0 ? -1 : indexOf(s, old, 0, end);
        if (i < 0) {
            return s;
        }
        long growth = Values.length(replacement) - Values.length(old);
        long length = Values.length(s);
        TruffleStringBuilder sb = TruffleStringBuilder.create(UTF32, end);
        int from = 0;
        long done = 0;
        do {
            length += growth;
            if (length > Values.MAX_STRING_LENGTH) {
                throw BuiltinNode.error(ExceptionTypes.MEMORY_ERROR, "");
            }
            sb.appendSubstringByteIndexUncached(s, from, i - from);
            sb.appendStringUncached(replacement);
            from = i + oldBytes;
            done++;
        } while (done < max && (i = indexOf(s, old, from, end)) >= 0);
        sb.appendSubstringByteIndexUncached(s, from, end - from);
        return sb.toStringUncached();
    }

    private static boolean isLatin1(TruffleString s) {
        TruffleString.CodeRange range = s.getCodeRangeUncached(UTF32);
        return range == TruffleString.CodeRange.ASCII || range == TruffleString.CodeRange.LATIN_1;
    }

    /**
     * Every occurrence replaced in Latin-1 text, through Java's {@code String.replace}: its search is an
     * intrinsic over compact bytes, which TruffleString's compact form shares, and it copies each run once.
     */
    private static TruffleString replaceAllLatin1(TruffleString s, TruffleString old, TruffleString replacement) {
        String text = s.toJavaStringUncached();
        String target = old.toJavaStringUncached();
        String with = replacement.toJavaStringUncached();
        if (with.length() > target.length()) {
            long matches = 0;
            for (int i = text.indexOf(target); i >= 0; i = text.indexOf(target, i + target.length())) {
                matches++;
            }
            if (text.length() + matches * (with.length() - target.length()) > Values.MAX_STRING_LENGTH) {
                throw BuiltinNode.error(ExceptionTypes.MEMORY_ERROR, "");
            }
        }
        String result = text.replace(target, with);
        return result.equals(text) ? s : TruffleString.fromJavaStringUncached(result, UTF32);
    }

    /**
     * One character for another: the code points in an array, changed in place. Matches may be as dense as
     * every other character ({@code text.replace("-", "+")}), where a builder call per match costs more
     * than the three bulk passes here.
     */
    private static TruffleString replaceCodePoint(TruffleString s, int old, int replacement, long max) {
        byte[] bytes = s.copyToByteArrayUncached(UTF32);
        int[] codePoints = new int[bytes.length >> 2];
        // TruffleString's UTF-32 is in the platform's byte order.
        ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()).asIntBuffer().get(codePoints);
        long done = 0;
        for (int i = 0; i < codePoints.length && done < max; i++) {
            if (codePoints[i] == old) {
                codePoints[i] = replacement;
                done++;
            }
        }
        return done == 0 ? s : TruffleString.fromIntArrayUTF32Uncached(codePoints);
    }

    /** {@code s.replace("", replacement, max)}: the replacement before each of the first characters and after the last. */
    private static TruffleString insertAround(TruffleString s, TruffleString replacement, long max) {
        long gaps = Math.min(max, Values.length(s) + 1);
        if (Values.length(s) + gaps * Values.length(replacement) > Values.MAX_STRING_LENGTH) {
            throw BuiltinNode.error(ExceptionTypes.MEMORY_ERROR, "");
        }
        TruffleStringBuilder sb = TruffleStringBuilder.create(UTF32);
        TruffleStringIterator it = s.createCodePointIteratorUncached(UTF32);
        for (long done = 0; done < gaps; done++) {
            sb.appendStringUncached(replacement);
            if (it.hasNext()) {
                sb.appendCodePointUncached(it.nextUncached());
            }
        }
        int rest = it.getByteIndex();
        sb.appendSubstringByteIndexUncached(s, rest, bytes(s) - rest);
        return sb.toStringUncached();
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences; an empty {@code sub} counts the gaps. */
    @TruffleBoundary
    static long count(TruffleString s, TruffleString sub, Long start, Long end) {
        int length = (int) Values.length(s);
        long from = StrMethods.sliceStart(start, length);
        int to = StrMethods.sliceEnd(end, length);
        if (from > length || from > to) {
            return 0;
        }
        int subBytes = bytes(sub);
        if (subBytes == 0) {
            return to - from + 1;
        }
        long n = 0;
        int i = (int) from << 2;
        while ((i = indexOf(s, sub, i, to << 2)) >= 0) {
            n++;
            i += subBytes;
        }
        return n;
    }
}
