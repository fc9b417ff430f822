package org.pyrust.runtime;

import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The {@code repr} of the built-in containers, their elements shown by their own {@code repr}. A container
 * that holds itself shows {@code [...]} or {@code {...}} there, as CPython does, instead of recursing
 * forever. Other values (functions, types, iterators) show their Java {@code toString}, which each
 * defines as Python's text.
 */
final class ContainerRepr {

    /** The containers being shown on this thread, to cut cycles. */
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);

    private ContainerRepr() {
    }

    @TruffleBoundary
    static String repr(Object value) {
        if (!(value instanceof PyList || value instanceof PyTuple || value instanceof PyDict || value instanceof PySet)) {
            return String.valueOf(value);
        }
        IdentityHashMap<Object, Boolean> inProgress = IN_PROGRESS.get();
        if (inProgress.containsKey(value)) {
            return value instanceof PyList ? "[...]" : value instanceof PyTuple ? "(...)" : "{...}";
        }
        inProgress.put(value, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder();
            switch (value) {
                case PyList list -> elements(sb.append('['), list.toArray()).append(']');
                case PyTuple tuple -> {
                    elements(sb.append('('), tuple.items());
                    sb.append(tuple.size() == 1 ? ",)" : ")");
                }
                case PyDict dict -> {
                    sb.append('{');
                    Object[] keys = dict.keys();
                    for (int i = 0; i < keys.length; i++) {
                        if (i > 0) {
                            sb.append(", ");
                        }
                        sb.append(Values.repr(keys[i])).append(": ").append(Values.repr(dict.get(keys[i])));
                    }
                    sb.append('}');
                }
                case PySet set -> {
                    String name = set.isFrozen() ? "frozenset" : "set";
                    if (set.size() == 0) {
                        sb.append(name).append("()");
                    } else if (set.isFrozen()) {
                        elements(sb.append("frozenset({"), set.toArray()).append("})");
                    } else {
                        elements(sb.append('{'), set.toArray()).append('}');
                    }
                }
                default -> throw new IllegalStateException();
            }
            return sb.toString();
        } finally {
            inProgress.remove(value);
        }
    }

    private static StringBuilder elements(StringBuilder sb, Object[] items) {
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Values.repr(items[i]));
        }
        return sb;
    }
}
