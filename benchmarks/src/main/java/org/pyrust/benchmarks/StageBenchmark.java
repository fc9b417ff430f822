package org.pyrust.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pyrust.PyRustLanguage;
import org.pyrust.ast.Module;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.parser.Lexer;
import org.pyrust.parser.Parser;
import org.pyrust.parser.Token;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

/**
 * AC1 and AC3: each stage of the pipeline on its own, for the three micro programs.
 * <ul>
 * <li>{@code lexer_*}: text to tokens ({@code new Lexer(text).tokenize()});</li>
 * <li>{@code parser_*}: tokens to AST ({@code new Parser(tokens).parseModule()});</li>
 * <li>{@code compiler_*}: AST to Truffle nodes, up to the call target that {@code PyRustLanguage.parse}
 * hands the engine ({@code language.translator(source).translateModule(module, false).getCallTarget()});</li>
 * <li>{@code vm_*}: execution only, calling the already-translated call target (compiled by Truffle after
 * warm-up) in an entered context.</li>
 * </ul>
 * Each stage's input is made once in the setup, so no benchmark includes the stage before it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class StageBenchmark {

    /**
     * The arguments of every call: {@code call()} with no arguments would allocate a fresh empty varargs
     * array per call on the benchmark's side, which is the caller's cost, not the language's.
     */
    static final Object[] NO_ARGUMENTS = {};

    /** One micro program at every stage's input. */
    static final class Stages {
        final String text;
        final List<Token> tokens;
        final Module module;
        final Source source;
        final CallTarget callTarget;

        Stages(PyRustLanguage language, String text) {
            this.text = text;
            this.tokens = new Lexer(text).tokenize();
            this.module = new Parser(tokens).parseModule();
            this.source = Source.newBuilder(PyRustLanguage.ID, text, "bench.py").build();
            this.callTarget = language.translator(source).translateModule(module, false).getCallTarget();
        }
    }

    private Engine engine;
    private Context context;
    private PyRustLanguage language;
    private Stages simple;
    private Stages complex;
    private Stages variables;

    /** Thread-scoped: JMH runs it on the benchmark thread, which stays entered in the context. */
    @Setup
    public void setUp() {
        engine = Guest.engine();
        context = Guest.context(engine, Guest.PYRUST);
        context.enter();
        language = PyRustLanguage.get(null);
        simple = new Stages(language, Programs.SIMPLE);
        complex = new Stages(language, Programs.COMPLEX);
        variables = new Stages(language, Programs.VARIABLES);
        check(simple, 5L);
        check(complex, 45L);
        check(variables, 30L);
    }

    private static void check(Stages stages, Object expected) {
        Object actual = stages.callTarget.call(NO_ARGUMENTS);
        if (!expected.equals(actual)) {
            throw new IllegalStateException(stages.text + " gives " + actual + ", expected " + expected);
        }
    }

    @TearDown
    public void tearDown() {
        context.leave();
        context.close();
        engine.close();
    }

    private PyRustRootNode translate(Stages stages) {
        return language.translator(stages.source).translateModule(stages.module, false);
    }

    // ---- lexer

    @Benchmark
    public List<Token> lexer_simple() {
        return new Lexer(simple.text).tokenize();
    }

    @Benchmark
    public List<Token> lexer_complex() {
        return new Lexer(complex.text).tokenize();
    }

    @Benchmark
    public List<Token> lexer_variables() {
        return new Lexer(variables.text).tokenize();
    }

    // ---- parser

    @Benchmark
    public Module parser_simple() {
        return new Parser(simple.tokens).parseModule();
    }

    @Benchmark
    public Module parser_complex() {
        return new Parser(complex.tokens).parseModule();
    }

    @Benchmark
    public Module parser_variables() {
        return new Parser(variables.tokens).parseModule();
    }

    // ---- compiler (AST to Truffle nodes)

    @Benchmark
    public CallTarget compiler_simple() {
        return translate(simple).getCallTarget();
    }

    @Benchmark
    public CallTarget compiler_complex() {
        return translate(complex).getCallTarget();
    }

    @Benchmark
    public CallTarget compiler_variables() {
        return translate(variables).getCallTarget();
    }

    /**
     * The compiler stage without the call target: the nodes and the root alone. The difference to
     * {@code compiler_simple} is what creating a call target costs the engine.
     */
    @Benchmark
    public PyRustRootNode compiler_nodes_simple() {
        return translate(simple);
    }

    // ---- vm (execution only)

    @Benchmark
    public Object vm_simple() {
        return simple.callTarget.call(NO_ARGUMENTS);
    }

    @Benchmark
    public Object vm_complex() {
        return complex.callTarget.call(NO_ARGUMENTS);
    }

    @Benchmark
    public Object vm_variables() {
        return variables.callTarget.call(NO_ARGUMENTS);
    }
}
