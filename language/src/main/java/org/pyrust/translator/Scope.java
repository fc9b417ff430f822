package org.pyrust.translator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the names of one function mean, by Python's rules: a name assigned anywhere in the body (or a
 * parameter) is local unless declared {@code global}; a local that a nested function reads is a cell;
 * a name read from an enclosing function is free; everything else is global (then builtin). The module
 * scope has no locals: all its names are global.
 *
 * <p>Truffle-free: slot numbers are plain indices, turned into frame slots by the translator.
 */
public final class Scope {

    public enum Kind {
        LOCAL,
        CELL,
        FREE,
        GLOBAL
    }

    private final Scope parent;
    private final List<String> parameters;
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> read = new LinkedHashSet<>();
    final Set<String> cells = new LinkedHashSet<>();
    /** Free variables in the order of the closure array. */
    final Map<String, Integer> free = new LinkedHashMap<>();
    final List<Scope> children = new ArrayList<>();

    Scope(Scope parent, List<String> parameters) {
        this.parent = parent;
        this.parameters = parameters;
        assigned.addAll(parameters);
    }

    public boolean isModule() {
        return parent == null;
    }

    public List<String> parameters() {
        return parameters;
    }

    public Kind kind(String name) {
        if (isModule() || declaredGlobal.contains(name)) {
            return Kind.GLOBAL;
        } else if (assigned.contains(name)) {
            return cells.contains(name) ? Kind.CELL : Kind.LOCAL;
        } else if (free.containsKey(name)) {
            return Kind.FREE;
        }
        return Kind.GLOBAL;
    }

    /** The locals that live in frame slots (cells included), in a stable order. */
    public List<String> locals() {
        List<String> locals = new ArrayList<>();
        for (String name : assigned) {
            if (!declaredGlobal.contains(name)) {
                locals.add(name);
            }
        }
        return locals;
    }

    /** The free variables, in closure order. */
    public List<String> freeVariables() {
        return new ArrayList<>(free.keySet());
    }

    public int freeIndex(String name) {
        return free.get(name);
    }

    /** Called once every scope is collected: binds the free names of this scope and its descendants. */
    void resolve() {
        for (String name : read) {
            if (kind(name) == Kind.GLOBAL && !declaredGlobal.contains(name) && !isModule()) {
                bindFree(name);
            }
        }
        for (Scope child : children) {
            child.resolve();
        }
    }

    /** Finds the enclosing function that owns {@code name}; every scope in between passes the cell on. */
    private void bindFree(String name) {
        List<Scope> path = new ArrayList<>();
        for (Scope s = this; s.parent != null && !s.parent.isModule(); s = s.parent) {
            path.add(s);
            Scope owner = s.parent;
            if (owner.declaredGlobal.contains(name)) {
                return;
            }
            if (owner.assigned.contains(name) || owner.free.containsKey(name)) {
                if (owner.assigned.contains(name)) {
                    owner.cells.add(name);
                }
                for (Scope inner : path) {
                    inner.free.putIfAbsent(name, inner.free.size());
                }
                return;
            }
        }
    }
}
