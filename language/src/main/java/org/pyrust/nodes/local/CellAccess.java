package org.pyrust.nodes.local;

import org.pyrust.runtime.Cell;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Where a cell is found: in a frame slot of this function (a variable it owns and nested functions
 * capture) or at an index of the closure the function was created with (a variable of an enclosing
 * function).
 */
public record CellAccess(boolean isFree, int index) {

    public static CellAccess slot(int slot) {
        return new CellAccess(false, slot);
    }

    public static CellAccess free(int closureIndex) {
        return new CellAccess(true, closureIndex);
    }

    public Cell cell(VirtualFrame frame) {
        if (isFree) {
            Cell[] closure = CompilerDirectives.castExact(frame.getArguments()[0], Cell[].class);
            return closure[index];
        }
        return CompilerDirectives.castExact(frame.getObject(index), Cell.class);
    }
}
