package org.pyrust.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import org.pyrust.nodes.Errors;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.Cell;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * Reads a captured variable through its cell: a local of this function that nested functions read
 * (the cell is in a frame slot), or a variable of an enclosing function (the cell is in the closure).
 */
@NodeInfo(shortName = "read cell")
public final class ReadCellNode extends ExpressionNode {

    private final CellAccess access;
    private final String name;

    public ReadCellNode(CellAccess access, String name) {
        this.access = access;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Cell cell = access.cell(frame);
        Object value = cell.value;
        if (value == null) {
            CompilerDirectives.transferToInterpreter();
            // CPython: a NameError for a free variable, an UnboundLocalError for the function's own.
            throw access.isFree()
                            ? Errors.raise(this, ExceptionTypes.NAME_ERROR, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope")
                            : Errors.ruleError(this, ExceptionTypes.UNBOUND_LOCAL_ERROR, "Local variable '" + name + "' referenced before assignment");
        }
        return value;
    }
}
