package org.pyrust.translator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.pyrust.ast.Stmt;
import org.pyrust.nodes.PyRustRootNode;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

/** Per function being translated: its scope and the frame slots handed out so far. */
final class FrameLayout {

    final Scope scope;
    final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    final Map<String, Integer> slots = new HashMap<>();
    /** Where {@code return} leaves its value; functions only (a module has no return). */
    int returnSlot = -1;
    /** The locals each loop clears at the end of an iteration ({@link LoopLiveness}); functions only. */
    Map<Stmt, Set<String>> deadAtLoopHead = Map.of();
    /**
     * The element order of the first set display of each set of constants in this code: CPython folds a
     * display of three or more constants into one frozenset constant, shared by equal displays, so a
     * later {@code {0, 8, 16}} is laid out as an earlier {@code {16, 0, 8}} was.
     */
    final Map<Set<Object>, java.util.List<org.pyrust.ast.Expr>> constantSets = new HashMap<>();
    /** What the qualnames of functions defined here start with: {@code f.<locals>.}, {@code <listcomp>.}. */
    String nestedPrefix = "";
    /** The hidden slot holding the exception the innermost enclosing {@code except} handles, or -1. */
    int handledSlot = -1;

    FrameLayout(Scope scope) {
        this.scope = scope;
        int contextSlot = frame.addSlot(FrameSlotKind.Object, null, null);
        assert contextSlot == PyRustRootNode.CONTEXT_SLOT;
        for (String local : scope.locals()) {
            slots.put(local, frame.addSlot(FrameSlotKind.Illegal, local, null));
        }
    }

    int hiddenSlot(FrameSlotKind kind) {
        return frame.addSlot(kind, null, null);
    }

    /** The slots of the locals dead at the head of {@code loop}. */
    int[] deadSlots(Stmt loop) {
        return deadAtLoopHead.getOrDefault(loop, Set.of()).stream().mapToInt(slots::get).sorted().toArray();
    }
}
