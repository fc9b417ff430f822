package org.pyrust.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str(x)}: the text {@code print} would show; {@code str()} is the empty string. */
@NodeInfo(shortName = "str")
final class StrBuiltin extends BuiltinNode {

    private static final TruffleString TRUE = Values.string("True");
    private static final TruffleString FALSE = Values.string("False");

    @Child private TruffleString.FromLongNode fromLong = TruffleString.FromLongNode.create();

    @Override
    public Object execute(VirtualFrame frame) {
        int count = argumentCount(frame);
        if (count == 0) {
            return Values.EMPTY;
        } else if (count > 1) {
            CompilerDirectives.transferToInterpreter();
            throw error("str() takes at most 1 argument (" + count + " given)");
        }
        Object value = argument(frame, 0);
        if (value instanceof Long l) {
            return fromLong.execute(l, Values.ENCODING, false);
        } else if (value instanceof Boolean b) {
            return b ? TRUE : FALSE;
        } else if (value instanceof TruffleString s) {
            return s;
        }
        return Values.string(Values.str(value));
    }
}
