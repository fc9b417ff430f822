package org.pyrust.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import org.pyrust.nodes.Errors;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.nodes.ExpressionNode;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * Reads a local variable from the frame slot the translator assigned to it. While the slot only ever
 * held ints (or bools) the read stays unboxed; reading a slot that was never written is Python's
 * "referenced before assignment".
 */
@NodeInfo(shortName = "read local")
public abstract class ReadLocalNode extends ExpressionNode {

    protected final int slot;
    protected final String name;

    protected ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Specialization(guards = "frame.isLong(slot)")
    long readLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    /**
     * The slot's value, or null when the variable is unbound: a slot never written holds null; one cleared
     * by {@code del} (or a loop's dead-slot clearing) is Illegal, with no value at all.
     */
    static Object valueOrNull(VirtualFrame frame, int slot) {
        return frame.getTag(slot) == com.oracle.truffle.api.frame.FrameSlotKind.Illegal.tag ? null : frame.getValue(slot);
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    Object readObject(VirtualFrame frame) {
        Object value = valueOrNull(frame, slot);
        if (value == null) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.ruleError(this, ExceptionTypes.UNBOUND_LOCAL_ERROR, "Local variable '" + name + "' referenced before assignment");
        }
        return value;
    }
}
