package org.pyrust.parser;

import java.util.Arrays;

/**
 * A hash table from words of the source, given as ranges of its chars, to what the lexer made of them
 * (a keyword's TokenKind or a name's interned String). It lets the lexer find a repeated name without
 * building a String for it. Open addressing with linear probing; grows at half full.
 */
final class WordTable {

    /** Starts small (a program of a few names is common) and doubles when half full. */
    private char[][] keys = new char[16][];
    private Object[] values = new Object[16];
    private int size;

    /** The value stored for {@code chars[start, end)}, or null. */
    Object lookup(char[] chars, int start, int end) {
        int mask = keys.length - 1;
        for (int i = hash(chars, start, end) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (Arrays.equals(keys[i], 0, keys[i].length, chars, start, end)) {
                return values[i];
            }
        }
        return null;
    }

    void put(char[] chars, int start, int end, Object value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(Arrays.copyOfRange(chars, start, end), value);
        size++;
    }

    private void insert(char[] key, Object value) {
        int mask = keys.length - 1;
        int i = hash(key, 0, key.length) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        char[][] oldKeys = keys;
        Object[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars[i];
        }
        return h ^ (h >>> 16);
    }
}
