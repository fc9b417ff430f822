package org.pyrust.nodes.local;

import org.pyrust.nodes.Errors;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.ExceptionTypes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code del name} of a local: its slot is cleared, so a later read is "referenced before assignment". */
@NodeInfo(shortName = "del local")
public final class DeleteLocalNode extends StatementNode {

    private final int slot;
    private final String name;

    /** False for the unbinding of an {@code except ... as name} at the end of its handler, which never fails. */
    private final boolean mustBeBound;

    public DeleteLocalNode(int slot, String name, boolean mustBeBound) {
        this.slot = slot;
        this.name = name;
        this.mustBeBound = mustBeBound;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (mustBeBound && ReadLocalNode.valueOrNull(frame, slot) == null) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.raise(this, ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name + "' where it is not associated with a value");
        }
        frame.clear(slot);
    }
}
