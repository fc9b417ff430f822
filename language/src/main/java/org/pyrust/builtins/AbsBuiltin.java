package org.pyrust.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code abs(x)}: of an int or a bool; the smallest int has no 64-bit absolute value. */
@NodeInfo(shortName = "abs")
final class AbsBuiltin extends BuiltinNode {

    @Override
    public Object execute(VirtualFrame frame) {
        int count = argumentCount(frame);
        if (count != 1) {
            CompilerDirectives.transferToInterpreter();
            throw error("abs() takes exactly one argument (" + count + " given)");
        }
        Object value = argument(frame, 0);
        if (value instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                CompilerDirectives.transferToInterpreter();
                throw error("Integer overflow: abs(" + l + ")");
            }
            return Math.abs(l);
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        CompilerDirectives.transferToInterpreter();
        throw error("bad operand type for abs(): '" + Values.typeName(value) + "'");
    }
}
