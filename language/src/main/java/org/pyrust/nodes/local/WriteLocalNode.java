package org.pyrust.nodes.local;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.PyRustTypes;
import org.pyrust.nodes.StatementNode;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code name = value} for a local variable. The slot's kind in the frame descriptor records what the
 * slot has held so far: while only ints (or only floats), they are stored unboxed; the first value of another type turns
 * the slot to Object for good, so reads never see a kind change back and forth.
 */
@NodeInfo(shortName = "write local")
@NodeChild(value = "value", type = ExpressionNode.class)
@TypeSystemReference(PyRustTypes.class)
public abstract class WriteLocalNode extends StatementNode {

    protected final int slot;

    protected WriteLocalNode(int slot) {
        this.slot = slot;
    }

    @Specialization(guards = "isKindOrIllegal(frame, LONG)")
    void writeLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Long);
        frame.setLong(slot, value);
    }

    /**
     * A NaN is stored boxed: Python's {@code is} and containment compare a NaN by identity
     * ({@code x = nan; x is x}, {@code nan in [nan]}), which an unboxed slot would lose.
     */
    @Specialization(guards = {"isKindOrIllegal(frame, DOUBLE)", "value == value"})
    void writeDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Double);
        frame.setDouble(slot, value);
    }

    @Specialization(guards = "isKindOrIllegal(frame, BOOLEAN)")
    void writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Boolean);
        frame.setBoolean(slot, value);
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    void writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, value);
    }

    static final FrameSlotKind LONG = FrameSlotKind.Long;
    static final FrameSlotKind DOUBLE = FrameSlotKind.Double;
    static final FrameSlotKind BOOLEAN = FrameSlotKind.Boolean;

    protected boolean isKindOrIllegal(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(slot);
        return current == kind || current == FrameSlotKind.Illegal;
    }
}
