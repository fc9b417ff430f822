package org.pyrust.translator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the names of one function, lambda or comprehension mean, by Python's rules: a name bound anywhere
 * in the body (assigned, a parameter, a for/with/except target, imported, deleted, annotated) is local
 * unless declared {@code global} or {@code nonlocal}; a local that a nested scope reads is a cell; a name
 * read from an enclosing function, or declared {@code nonlocal}, is free; everything else is global (then
 * builtin). The module scope has no locals: all its names are global. Class bodies get a scope too, whose
 * names nested functions skip; the runtime does not run classes yet.
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

    final Scope parent;
    private final List<String> parameters;
    /** A class body: functions nested in it do not see its names (Python's rule). */
    final boolean isClass;
    final Set<String> declaredNonlocal = new LinkedHashSet<>();
    /** A comprehension: a walrus inside it binds in the nearest enclosing scope that is not one. */
    boolean isComprehension;
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> read = new LinkedHashSet<>();
    final Set<String> cells = new LinkedHashSet<>();
    /** Free variables in the order of the closure array. */
    final Map<String, Integer> free = new LinkedHashMap<>();
    final List<Scope> children = new ArrayList<>();

    Scope(Scope parent, List<String> parameters) {
        this(parent, parameters, false);
    }

    Scope(Scope parent, List<String> parameters, boolean isClass) {
        this.parent = parent;
        this.parameters = parameters;
        this.isClass = isClass;
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
        } else if (declaredNonlocal.contains(name)) {
            return Kind.FREE;
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
            if (!declaredGlobal.contains(name) && !declaredNonlocal.contains(name)) {
                locals.add(name);
            }
        }
        return locals;
    }

    /** Whether {@code name} is bound in this scope: assigned or a parameter, not declared global or nonlocal. */
    boolean binds(String name) {
        return assigned.contains(name) && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name);
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
        for (String name : declaredNonlocal) {
            bindFree(name);
        }
        for (String name : read) {
            if (kind(name) == Kind.GLOBAL && !declaredGlobal.contains(name) && !isModule() && !isClass) {
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
            if (owner.isClass) {
                continue; // a class body's names are not visible to the functions nested in it
            }
            if (owner.declaredGlobal.contains(name)) {
                return;
            }
            if (owner.binds(name) || owner.free.containsKey(name)) {
                if (owner.binds(name)) {
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
