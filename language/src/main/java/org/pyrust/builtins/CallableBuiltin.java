package org.pyrust.builtins;

import org.pyrust.runtime.PyBoundMethod;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.PythonType;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code callable(x)}: whether calling {@code x} can work. Functions, bound methods and types are the
 * callables of the Data layer (every type is callable in CPython, even when the call fails).
 */
@Builtin(name = "callable")
@GenerateNodeFactory
abstract class CallableBuiltin extends BuiltinNode {

    @Specialization
    static boolean doCallable(Object value) {
        return value instanceof PyRustFunction || value instanceof PyBoundMethod || value instanceof PythonType;
    }
}
