package org.pyrust.runtime;

import org.pyrust.text.CharacterRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Python's {@code repr(x)}: what the REPL shows of a result and what containers and f-strings' {@code !r}
 * show of their elements. Only strings and exceptions differ from {@code str}.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class ReprNode extends Node {

    public abstract TruffleString execute(Object value);

    @Specialization
    @TruffleBoundary
    static TruffleString doString(TruffleString value) {
        return Values.string(CharacterRepr.quote(value.toJavaStringUncached()));
    }

    @Specialization
    @TruffleBoundary
    static TruffleString doException(ExceptionObject value) {
        return Values.string(value.toString());
    }

    @Fallback
    static TruffleString doOther(Object value, @Cached StrNode str) {
        return str.execute(value);
    }
}
