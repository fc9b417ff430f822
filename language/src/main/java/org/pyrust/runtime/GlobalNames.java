package org.pyrust.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the module-level names of every program the language translates. A global access node keeps
 * its name's number; each context's {@link Globals} holds its cells by number. The numbering is the
 * language's, shared by the contexts of an engine, so one AST serves them all.
 */
public final class GlobalNames {

    private final Map<String, Integer> indices = new HashMap<>();
    private String[] names = new String[16];
    private int count;

    /** The number of a name, given it now if it has none. */
    public synchronized int indexOf(String name) {
        Integer index = indices.get(name);
        if (index != null) {
            return index;
        }
        if (count == names.length) {
            names = Arrays.copyOf(names, count * 2);
        }
        names[count] = name;
        indices.put(name, count);
        return count++;
    }

    /** The number of a name, or -1 if no program used it. */
    public synchronized int find(String name) {
        return indices.getOrDefault(name, -1);
    }

    public synchronized int size() {
        return count;
    }

    public synchronized String name(int index) {
        return names[index];
    }
}
