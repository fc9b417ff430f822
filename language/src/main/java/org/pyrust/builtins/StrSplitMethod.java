package org.pyrust.builtins;

import org.pyrust.runtime.PyList;
import org.pyrust.runtime.Values;
import org.pyrust.text.CharClass;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code str.split}. {@code s.split()}, the common case, splits here, in compiled code: TruffleString's
 * (vectorized) search for a set of code points finds each word's start and end. Other forms go to
 * {@link StrKernels}.
 */
@Builtin(name = "split", methodOf = "str", minArgs = 1, names = {"self", "sep", "maxsplit"})
@GenerateNodeFactory
abstract class StrSplitMethod extends BuiltinNode {

    private static final TruffleString.CodePointSet SPACE = TruffleString.CodePointSet.fromRanges(CharClass.spaceRanges(), Values.ENCODING);
    private static final TruffleString.CodePointSet NOT_SPACE = TruffleString.CodePointSet.fromRanges(complement(CharClass.spaceRanges()), Values.ENCODING);

    @Specialization(guards = {"isAbsentOrNone(sep)", "isAbsent(maxsplit)"})
    static PyList doWhitespace(TruffleString self, @SuppressWarnings("unused") Object sep, @SuppressWarnings("unused") Object maxsplit,
                    @Cached TruffleString.ByteIndexOfCodePointSetNode findWord,
                    @Cached TruffleString.ByteIndexOfCodePointSetNode findSpace,
                    @Cached TruffleString.SubstringByteIndexNode substring) {
        int end = self.byteLength(Values.ENCODING);
        Object[] words = new Object[8];
        int count = 0;
        int at = 0;
        while (at < end) {
            int start = findWord.execute(self, at, end, NOT_SPACE);
            if (start < 0) {
                break;
            }
            int stop = findSpace.execute(self, start, end, SPACE);
            if (stop < 0) {
                stop = end;
            }
            if (count == words.length) {
                words = java.util.Arrays.copyOf(words, count * 2);
            }
            words[count++] = substring.execute(self, start, stop - start, Values.ENCODING, false);
            at = stop;
        }
        return PyList.ofObjects(words, count);
    }

    @Specialization
    @TruffleBoundary
    static Object doMethod(TruffleString self, Object sep, Object maxsplit) {
        TruffleString separator = Args.absentOrNone(sep) ? null : Args.truffleString(sep, "sep");
        return StrKernels.split(self, separator, Args.optInteger(maxsplit, -1));
    }

    static boolean isAbsentOrNone(Object value) {
        return Args.absentOrNone(value);
    }

    static boolean isAbsent(Object value) {
        return Args.absent(value);
    }

    /** The code points outside {@code ranges} (sorted, inclusive, disjoint), as ranges. */
    private static int[] complement(int[] ranges) {
        int[] result = new int[ranges.length + 2];
        int n = 0;
        int next = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            if (ranges[i] > next) {
                result[n++] = next;
                result[n++] = ranges[i] - 1;
            }
            next = ranges[i + 1] + 1;
        }
        result[n++] = next;
        result[n++] = Character.MAX_CODE_POINT;
        return java.util.Arrays.copyOf(result, n);
    }
}
