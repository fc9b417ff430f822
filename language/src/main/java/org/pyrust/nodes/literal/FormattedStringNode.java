package org.pyrust.nodes.literal;

import org.pyrust.nodes.ExpressionNode;
import org.pyrust.runtime.Formatting;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * An f-string: literal parts and replacement fields left to right, each field converted ({@code !r}) and
 * formatted with its spec (itself an f-string, so {@code {x:{width}}} works).
 */
@NodeInfo(shortName = "f-string")
public final class FormattedStringNode extends ExpressionNode {

    @Children private final ExpressionNode[] parts;
    /** Per part: 0 for a literal or a field without conversion, else 's', 'r' or 'a'. */
    @CompilationFinal(dimensions = 1) private final char[] conversions;
    /** Per part: whether it is a replacement field (formatted) rather than literal text. */
    @CompilationFinal(dimensions = 1) private final boolean[] fields;
    /** Per part: the spec's f-string, or null. */
    @Children private final ExpressionNode[] specs;

    public FormattedStringNode(ExpressionNode[] parts, boolean[] fields, char[] conversions, ExpressionNode[] specs) {
        this.parts = parts;
        this.fields = fields;
        this.conversions = conversions;
        this.specs = specs;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        String[] texts = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Object value = parts[i].executeGeneric(frame);
            if (!fields[i]) {
                texts[i] = Values.str(value);
                continue;
            }
            Object converted = conversions[i] == 0 ? value : Formatting.convert(value, conversions[i]);
            String spec = specs[i] == null ? "" : Values.str(specs[i].executeGeneric(frame));
            texts[i] = Formatting.format(converted, spec);
        }
        return join(texts);
    }

    @TruffleBoundary
    private static Object join(String[] texts) {
        return Values.string(String.join("", texts));
    }
}
