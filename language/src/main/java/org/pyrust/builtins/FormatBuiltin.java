package org.pyrust.builtins;

import org.pyrust.runtime.Formatting;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code format(value[, spec])}. */
@Builtin(name = "format", minArgs = 1)
@GenerateNodeFactory
abstract class FormatBuiltin extends BuiltinNode {

    @Specialization
    @TruffleBoundary
    static TruffleString doFormat(Object value, Object spec) {
        return Values.string(Formatting.format(value, Args.absent(spec) ? "" : Args.str(spec, "format() argument 2")));
    }
}
