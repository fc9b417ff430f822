package org.pyrust.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code range} exists as a name, but PyRust has no range objects: a {@code for} loop over
 * {@code range(...)} is compiled to a counting loop, and any other call is an error.
 */
@NodeInfo(shortName = "range")
final class RangeBuiltin extends BuiltinNode {

    @Override
    public Object execute(VirtualFrame frame) {
        throw error("range() is only supported in 'for <name> in range(...)'");
    }
}
