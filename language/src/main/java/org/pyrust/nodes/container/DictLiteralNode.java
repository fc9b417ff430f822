package org.pyrust.nodes.container;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.Containers;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyDict;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code {k: v, **m}}: keys and values left to right, a later key replacing an earlier one's value. */
@NodeInfo(shortName = "dict display")
public final class DictLiteralNode extends ExpressionNode {

    /** Null where the entry is {@code **mapping}. */
    @Children private final ExpressionNode[] keys;
    @Children private final ExpressionNode[] values;

    public DictLiteralNode(ExpressionNode[] keys, ExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        PyDict dict = new PyDict();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                Object mapping = values[i].executeGeneric(frame);
                if (!(mapping instanceof PyDict)) {
                    CompilerDirectives.transferToInterpreter();
                    throw PyRustException.raise(ExceptionTypes.TYPE_ERROR, "'" + Values.typeName(mapping) + "' object is not a mapping", this);
                }
                Containers.updateFromPairs(dict, mapping);
            } else {
                Object key = keys[i].executeGeneric(frame);
                dict.put(key, values[i].executeGeneric(frame));
            }
        }
        return dict;
    }
}
