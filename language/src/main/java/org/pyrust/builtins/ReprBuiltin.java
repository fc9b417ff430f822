package org.pyrust.builtins;

import org.pyrust.runtime.ReprNode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code repr(x)}. */
@Builtin(name = "repr")
@GenerateNodeFactory
abstract class ReprBuiltin extends BuiltinNode {

    @Specialization
    static TruffleString doValue(Object value, @Cached ReprNode repr) {
        return repr.execute(value);
    }
}
