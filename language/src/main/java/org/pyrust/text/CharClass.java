package org.pyrust.text;

import java.util.Locale;

/**
 * Python's per-character properties and case mappings for the str methods: {@code isspace}, cased
 * characters, digits, the full (one-to-many) case mappings. Java's {@link Character} supplies the Unicode
 * data; Java 25 knows a newer Unicode version than CPython 3.11 (14.0), so characters assigned since then
 * may answer differently. Truffle-free.
 */
public final class CharClass {

    private CharClass() {
    }

    /**
     * Python's whitespace ({@code str.isspace}, {@code split()}, {@code strip()}): bidi WS, B or S, or
     * category Zs, as sorted, disjoint, inclusive code point ranges.
     */
    private static final int[] SPACE_RANGES = {0x09, 0x0d, 0x1c, 0x20, 0x85, 0x85, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029,
                    0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000};

    /** Whether {@code c} is Python's whitespace ({@link #SPACE_RANGES}). */
    public static boolean isSpace(int c) {
        for (int i = 0; i < SPACE_RANGES.length && c >= SPACE_RANGES[i]; i += 2) {
            if (c <= SPACE_RANGES[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Python's whitespace as code point ranges (a copy of {@link #SPACE_RANGES}), for range-based searches. */
    public static int[] spaceRanges() {
        return SPACE_RANGES.clone();
    }

    /** Python's line boundaries for {@code splitlines}. */
    public static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** Unicode's Cased property: what {@code title()} and {@code istitle()} look back at. */
    public static boolean isCased(int c) {
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    public static boolean isUpper(int c) {
        return Character.isUpperCase(c);
    }

    public static boolean isLower(int c) {
        return Character.isLowerCase(c);
    }

    public static boolean isTitle(int c) {
        return Character.isTitleCase(c);
    }

    /** {@code isdecimal}: category Nd. */
    public static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /**
     * {@code isdigit}: decimals and the other characters whose numeric value is a single digit (superscripts,
     * circled digits); approximated from Java's data as an "other number" with a value 0..9.
     */
    public static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        if (Character.getType(c) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9;
    }

    /**
     * The ideographs with a numeric value in Unihan (kPrimaryNumeric, kAccountingNumeric, kOtherNumeric),
     * which Python counts as numeric and Java's Character does not know: 一, 二, 十, 百, 萬, 零, ...
     */
    private static final String IDEOGRAPHIC_NUMERALS = "\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343\u5344\u5345\u534c\u53c1\u53c2\u53c3\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c\u5f0d\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd\ud840\udc01\ud840\udc64\ud840\udce2\ud840\udd21\ud842\udd2a\ud842\udd83\ud842\udd8c\ud842\udd9c\ud842\udeea\ud842\udefd\ud842\udf19\ud848\udf90\ud84a\udd98\ud84e\udf1b\ud858\ude6d\ud87e\udc90";

    /** {@code isnumeric}: any character with a numeric value (categories Nd, Nl, No and the numeric ideographs). */
    public static boolean isNumeric(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) {
            return true;
        }
        return t == Character.OTHER_LETTER && c >= 0x3400 && IDEOGRAPHIC_NUMERALS.indexOf(c) >= 0;
    }

    /** {@code isalpha}: the letter categories Lu Ll Lt Lm Lo. */
    public static boolean isAlpha(int c) {
        return Character.isLetter(c);
    }

    public static boolean isAlnum(int c) {
        return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
    }

    /** The full uppercase of one character ({@code 'ß'} gives {@code "SS"}). */
    public static String upper(int c) {
        return new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
    }

    /** The full lowercase of one character, without context ({@code 'İ'} gives {@code "i̇"}). */
    public static String lower(int c) {
        return new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
    }

    /**
     * The full titlecase of one character. Java has only the simple titlecase mapping; where the full
     * uppercase is several characters, Unicode's title form is that uppercase except for the ligatures
     * (ß, ﬀ..ﬆ, Armenian ones), whose title form is one capital followed by lowercase letters.
     */
    public static String title(int c) {
        String up = upper(c);
        if (up.codePointCount(0, up.length()) == 1) {
            return new String(Character.toChars(Character.toTitleCase(c)));
        }
        int simple = Character.toTitleCase(c);
        if (simple != c) {
            return new String(Character.toChars(simple));
        }
        if (c == 0xdf || (c >= 0xfb00 && c <= 0xfb06) || c == 0x587 || (c >= 0xfb13 && c <= 0xfb17)) {
            int first = up.codePointAt(0);
            return new String(Character.toChars(first)) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return up;
    }

    /**
     * The case folding of one character ({@code str.casefold}). Java has no case folding; Unicode's full
     * folding equals lowercase-of-uppercase except for Cherokee (which folds to its capitals), the dotless
     * i (which does not fold) and the capital sharp s (which folds to "ss" though its lowercase is ß).
     */
    public static String casefold(int c) {
        if ((c >= 0x13a0 && c <= 0x13f5) || (c >= 0x13f8 && c <= 0x13fd) || (c >= 0xab70 && c <= 0xabbf)) {
            return upper(c);
        }
        if (c == 0x131) {
            return "\u0131";
        }
        if (c == 0x1e9e) {
            return "ss";
        }
        return upper(c).toLowerCase(Locale.ROOT);
    }

    /**
     * The lowercase of {@code cps[i]} in context: a capital sigma at the end of a word (preceded by a cased
     * letter, not followed by one, case-ignorable characters skipped) becomes the final sigma, as in Python.
     */
    public static String lowerInContext(int[] cps, int i) {
        int c = cps[i];
        if (c != 0x3a3) {
            return lower(c);
        }
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(cps[j])) {
            j--;
        }
        boolean before = j >= 0 && isCased(cps[j]);
        int k = i + 1;
        while (k < cps.length && isCaseIgnorable(cps[k])) {
            k++;
        }
        boolean after = k < cps.length && isCased(cps[k]);
        return before && !after ? "\u03c2" : "\u03c3";
    }

    /** Unicode's Case_Ignorable, approximately: marks, format characters, modifiers and word-internal punctuation. */
    private static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                        || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL || c == '\'' || c == '.' || c == ':'
                        || c == 0x00b7 || c == 0x2019 || c == 0x00ad;
    }

    /** The start of an identifier: XID_Start or the underscore. */
    public static boolean isIdentifierStart(int c) {
        return c == '_' || Character.isUnicodeIdentifierStart(c);
    }

    /** The rest of an identifier: XID_Continue (Java's identifier part, without its ignorable controls). */
    public static boolean isIdentifierPart(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }
}
