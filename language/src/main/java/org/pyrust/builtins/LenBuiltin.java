package org.pyrust.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code len(s)}: the number of code points of a string. */
@NodeInfo(shortName = "len")
final class LenBuiltin extends BuiltinNode {

    @Override
    public Object execute(VirtualFrame frame) {
        int count = argumentCount(frame);
        if (count != 1) {
            CompilerDirectives.transferToInterpreter();
            throw error("len() takes exactly one argument (" + count + " given)");
        }
        Object value = argument(frame, 0);
        if (value instanceof TruffleString s) {
            return Values.length(s);
        }
        CompilerDirectives.transferToInterpreter();
        throw error("object of type '" + Values.typeName(value) + "' has no len()");
    }
}
