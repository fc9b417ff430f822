package org.pyrust.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's str methods on Java strings, with CPython 3.11's semantics. Positions and lengths are in code
 * points, as Python counts them (an astral character is one). Optional arguments are boxed: {@code null}
 * for {@code None} or an omitted argument; {@code start}/{@code end} are clamped as slice bounds.
 * {@code split}, {@code join}, {@code replace} and {@code count}, which programs call in loops, work on
 * the runtime's strings directly (the builtins' {@code StrKernels}); tuple arguments of
 * {@code startswith}/{@code endswith} live in the runtime too, and {@code format} in {@link StrFormat}.
 * Truffle-free.
 */
public final class StrMethods {

    /** The longest string PyRust holds, in code points (see {@code Values.MAX_STRING_LENGTH}, which is this). */
    public static final long MAX_LENGTH = (1 << 29) - 1024;

    /** {@code length} as a string's length, an {@code int}: a MemoryError beyond {@link #MAX_LENGTH}. */
    public static int checkedLength(long length) {
        if (length > MAX_LENGTH) {
            throw PythonError.stringTooLong(length);
        }
        return (int) length;
    }

    private StrMethods() {
    }

    private static int[] cps(String s) {
        return s.codePoints().toArray();
    }

    private static String str(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    /** Slice-style clamping of {@code start}/{@code end} to [0, len], counting negatives from the end. */
    private static int clamp(Long index, int len, int absent) {
        if (index == null) {
            return absent;
        }
        long i = index;
        if (i < 0) {
            i += len;
            if (i < 0) {
                i = 0;
            }
        }
        return (int) Math.min(i, len);
    }

    /** Start index not clamped to len (find and friends need to know a start past the end). */
    private static long startIndex(Long start, int len) {
        if (start == null) {
            return 0;
        }
        long i = start;
        return i < 0 ? Math.max(i + len, 0) : i;
    }

    /** Where a {@code start} argument begins a search: negatives from the end, not clamped to the length. */
    public static long sliceStart(Long start, int len) {
        return startIndex(start, len);
    }

    /** Where an {@code end} argument ends a search: clamped to [0, len] as a slice bound, len when absent. */
    public static int sliceEnd(Long end, int len) {
        return clamp(end, len, len);
    }

    // ---- split

    /** {@code s.rsplit(sep, maxsplit)}. */
    public static List<String> rsplit(String s, String sep, long maxsplit) {
        int[] a = cps(s);
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int j = a.length;
            while (true) {
                while (j > 0 && CharClass.isSpace(a[j - 1])) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                if (out.size() == max) {
                    out.add(str(a, 0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !CharClass.isSpace(a[i - 1])) {
                    i--;
                }
                out.add(str(a, i, j));
                j = i;
            }
            return out.reversed();
        }
        int[] b = checkSeparator(sep);
        int to = a.length;
        int i;
        while (out.size() < max && (i = lastIndexOf(a, b, 0, to)) >= 0) {
            out.add(str(a, i + b.length, to));
            to = i;
        }
        out.add(str(a, 0, to));
        return out.reversed();
    }

    private static int[] checkSeparator(String sep) {
        if (sep.isEmpty()) {
            throw PythonError.valueError("empty separator");
        }
        return cps(sep);
    }

    /** {@code s.splitlines(keepends)}: at \n, \r, \r\n and Python's other line boundaries. */
    public static List<String> splitlines(String s, boolean keepends) {
        int[] a = cps(s);
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = a.length;
        while (i < n) {
            int j = i;
            while (j < n && !CharClass.isLineBreak(a[j])) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += a[j] == '\r' && j + 1 < n && a[j + 1] == '\n' ? 2 : 1;
            }
            out.add(str(a, i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    /** {@code s.partition(sep)} as three strings. */
    public static String[] partition(String s, String sep) {
        int[] a = cps(s);
        int[] b = checkSeparator(sep);
        int i = indexOf(a, b, 0, a.length);
        if (i < 0) {
            return new String[] {s, "", ""};
        }
        return new String[] {str(a, 0, i), sep, str(a, i + b.length, a.length)};
    }

    /** {@code s.rpartition(sep)} as three strings. */
    public static String[] rpartition(String s, String sep) {
        int[] a = cps(s);
        int[] b = checkSeparator(sep);
        int i = lastIndexOf(a, b, 0, a.length);
        if (i < 0) {
            return new String[] {"", "", s};
        }
        return new String[] {str(a, 0, i), sep, str(a, i + b.length, a.length)};
    }

    // ---- strip

    /** {@code s.strip(chars)}; {@code chars == null} strips whitespace. */
    public static String strip(String s, String chars) {
        return stripSides(s, chars, true, true);
    }

    public static String lstrip(String s, String chars) {
        return stripSides(s, chars, true, false);
    }

    public static String rstrip(String s, String chars) {
        return stripSides(s, chars, false, true);
    }

    private static String stripSides(String s, String chars, boolean left, boolean right) {
        int[] a = cps(s);
        int[] set = chars == null ? null : cps(chars);
        int i = 0;
        int j = a.length;
        if (left) {
            while (i < j && stripped(a[i], set)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(a[j - 1], set)) {
                j--;
            }
        }
        return str(a, i, j);
    }

    private static boolean stripped(int c, int[] set) {
        if (set == null) {
            return CharClass.isSpace(c);
        }
        for (int x : set) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    // ---- search

    private static int indexOf(int[] a, int[] b, int from, int to) {
        outer: for (int i = from; i + b.length <= to; i++) {
            for (int k = 0; k < b.length; k++) {
                if (a[i + k] != b[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(int[] a, int[] b, int from, int to) {
        outer: for (int i = to - b.length; i >= from; i--) {
            for (int k = 0; k < b.length; k++) {
                if (a[i + k] != b[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code s.find(sub, start, end)}: the lowest index, or -1. An empty needle is found at start if start <= len. */
    public static long find(String s, String sub, Long start, Long end) {
        int[] a = cps(s);
        long from = startIndex(start, a.length);
        int to = clamp(end, a.length, a.length);
        if (from > a.length || from > to) {
            return -1;
        }
        return indexOf(a, cps(sub), (int) from, to);
    }

    /** {@code s.rfind(sub, start, end)}: the highest index, or -1. */
    public static long rfind(String s, String sub, Long start, Long end) {
        int[] a = cps(s);
        long from = startIndex(start, a.length);
        int to = clamp(end, a.length, a.length);
        if (from > a.length || from > to) {
            return -1;
        }
        return lastIndexOf(a, cps(sub), (int) from, to);
    }

    /** {@code s.index(sub, start, end)}: as find, or {@code ValueError: substring not found}. */
    public static long index(String s, String sub, Long start, Long end) {
        long i = find(s, sub, start, end);
        if (i < 0) {
            throw PythonError.valueError("substring not found");
        }
        return i;
    }

    public static long rindex(String s, String sub, Long start, Long end) {
        long i = rfind(s, sub, start, end);
        if (i < 0) {
            throw PythonError.valueError("substring not found");
        }
        return i;
    }

    /** {@code s.startswith(prefix, start, end)} for one prefix (the runtime loops over a tuple). */
    public static boolean startswith(String s, String prefix, Long start, Long end) {
        int[] a = cps(s);
        long from = startIndex(start, a.length);
        int to = clamp(end, a.length, a.length);
        int[] b = cps(prefix);
        if (from > a.length || to - from < b.length) {
            return false;
        }
        return indexOf(a, b, (int) from, (int) from + b.length) == from;
    }

    /** {@code s.endswith(suffix, start, end)} for one suffix. */
    public static boolean endswith(String s, String suffix, Long start, Long end) {
        int[] a = cps(s);
        long from = startIndex(start, a.length);
        int to = clamp(end, a.length, a.length);
        int[] b = cps(suffix);
        if (from > a.length || to - from < b.length) {
            return false;
        }
        return indexOf(a, b, to - b.length, to) == to - b.length;
    }

    // ---- case

    public static String upper(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.append(CharClass.upper(c)));
        return out.toString();
    }

    public static String lower(String s) {
        int[] a = cps(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < a.length; i++) {
            out.append(CharClass.lowerInContext(a, i));
        }
        return out.toString();
    }

    /** {@code s.casefold()}: for caseless matching ({@code 'Straße'} folds to {@code 'strasse'}). */
    public static String casefold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.append(CharClass.casefold(c)));
        return out.toString();
    }

    /** {@code s.capitalize()}: the first character in title case, the rest lowercase (Python 3.8+). */
    public static String capitalize(String s) {
        int[] a = cps(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < a.length; i++) {
            out.append(i == 0 ? CharClass.title(a[i]) : CharClass.lowerInContext(a, i));
        }
        return out.toString();
    }

    /** {@code s.title()}: title case after an uncased character, lowercase after a cased one ("they'Re"). */
    public static String title(String s) {
        int[] a = cps(s);
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < a.length; i++) {
            int c = a[i];
            out.append(previousCased ? CharClass.lowerInContext(a, i) : CharClass.title(c));
            previousCased = CharClass.isCased(c);
        }
        return out.toString();
    }

    public static String swapcase(String s) {
        int[] a = cps(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < a.length; i++) {
            int c = a[i];
            if (CharClass.isUpper(c)) {
                out.append(CharClass.lowerInContext(a, i));
            } else if (CharClass.isLower(c)) {
                out.append(CharClass.upper(c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    // ---- predicates (all false for the empty string, as in Python)

    private interface CodePointTest {
        boolean test(int c);
    }

    private static boolean all(String s, CodePointTest t) {
        return !s.isEmpty() && s.codePoints().allMatch(t::test);
    }

    public static boolean isdigit(String s) {
        return all(s, CharClass::isDigit);
    }

    public static boolean isdecimal(String s) {
        return all(s, CharClass::isDecimal);
    }

    public static boolean isnumeric(String s) {
        return all(s, CharClass::isNumeric);
    }

    public static boolean isalpha(String s) {
        return all(s, CharClass::isAlpha);
    }

    public static boolean isalnum(String s) {
        return all(s, CharClass::isAlnum);
    }

    public static boolean isspace(String s) {
        return all(s, CharClass::isSpace);
    }

    /** {@code s.isupper()}: at least one cased character, and none lowercase or titlecase. */
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int c : cps(s)) {
            if (CharClass.isLower(c) || CharClass.isTitle(c)) {
                return false;
            }
            cased |= CharClass.isUpper(c);
        }
        return cased;
    }

    /** {@code s.islower()}: at least one cased character, and none uppercase or titlecase. */
    public static boolean islower(String s) {
        boolean cased = false;
        for (int c : cps(s)) {
            if (CharClass.isUpper(c) || CharClass.isTitle(c)) {
                return false;
            }
            cased |= CharClass.isLower(c);
        }
        return cased;
    }

    /** {@code s.istitle()}: capitals only after uncased characters, lowercase only after cased ones, and some cased. */
    public static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int c : cps(s)) {
            if (CharClass.isUpper(c) || CharClass.isTitle(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (CharClass.isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    public static boolean isidentifier(String s) {
        int[] a = cps(s);
        if (a.length == 0 || !CharClass.isIdentifierStart(a[0])) {
            return false;
        }
        for (int i = 1; i < a.length; i++) {
            if (!CharClass.isIdentifierPart(a[i])) {
                return false;
            }
        }
        return true;
    }

    // ---- padding

    /** {@code s.zfill(width)}: zeros after a leading sign. */
    public static String zfill(String s, long width) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat(checkedLength(width) - len);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    /** {@code s.center(width, fill)}: an odd padding puts the extra character left when the width is odd too. */
    public static String center(String s, long width, int fill) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        long pad = checkedLength(width) - len;
        long left = pad / 2 + (pad & width & 1);
        return fill(fill, left) + s + fill(fill, pad - left);
    }

    public static String ljust(String s, long width, int fill) {
        int len = s.codePointCount(0, s.length());
        return width <= len ? s : s + fill(fill, checkedLength(width) - len);
    }

    public static String rjust(String s, long width, int fill) {
        int len = s.codePointCount(0, s.length());
        return width <= len ? s : fill(fill, checkedLength(width) - len) + s;
    }

    private static String fill(int c, long count) {
        return new String(Character.toChars(c)).repeat((int) count);
    }

    /** {@code s.expandtabs(tabsize)}: the column restarts after \n and \r. */
    public static String expandtabs(String s, long tabsize) {
        StringBuilder out = new StringBuilder();
        long column = 0;
        for (int c : cps(s)) {
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    checkedLength(out.length() + spaces);
                    out.append(" ".repeat((int) spaces));
                    column += spaces;
                }
            } else {
                out.appendCodePoint(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}
