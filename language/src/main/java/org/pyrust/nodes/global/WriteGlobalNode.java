package org.pyrust.nodes.global;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.runtime.PyRustTypes;
import org.pyrust.nodes.StatementNode;
import org.pyrust.runtime.Globals;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.BranchProfile;

/**
 * {@code name = value} for a module-level name (or one a function declared {@code global}); an int is
 * stored unboxed. The node holds the name's number ({@link org.pyrust.runtime.GlobalNames}).
 */
@NodeInfo(shortName = "write global")
@NodeChild(value = "value", type = ExpressionNode.class)
@TypeSystemReference(PyRustTypes.class)
public abstract class WriteGlobalNode extends StatementNode {

    protected final int index;

    protected WriteGlobalNode(int index) {
        this.index = index;
    }

    @Specialization
    void writeInt(VirtualFrame frame, long value, @Cached BranchProfile heldObject) {
        Globals globals = PyRustRootNode.context(frame).getGlobals();
        if (globals.setInt(index, value)) {
            heldObject.enter();
            globals.dropObject(index);
        }
    }

    @Specialization
    void writeObject(VirtualFrame frame, Object value) {
        PyRustRootNode.context(frame).getGlobals().setObject(index, value);
    }
}
