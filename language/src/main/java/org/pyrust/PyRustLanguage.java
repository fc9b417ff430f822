package org.pyrust;

import java.util.List;

import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionValues;
import org.graalvm.polyglot.SandboxPolicy;
import org.pyrust.ast.Module;
import org.pyrust.builtins.Builtins;
import org.pyrust.parser.Lexer;
import org.pyrust.parser.Parser;
import org.pyrust.parser.SyntaxError;
import org.pyrust.parser.Token;
import org.pyrust.runtime.BuiltinLookup;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.PythonType;
import org.pyrust.runtime.GlobalNames;
import org.pyrust.runtime.Globals;
import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.PyRustException;
import org.pyrust.runtime.StageTimes;
import org.pyrust.translator.Translator;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

/**
 * The PyRust language: registered with the polyglot API as {@code pyrust}. No file-type detector is
 * registered on purpose: a {@code .py} detector would clash with GraalPy in the same engine.
 *
 * <p>The sandbox policy is {@code CONSTRAINED}: guest code reaches no host classes, files, native code,
 * threads or processes, and writes only to the context's output stream, which the policy requires to be
 * redirected. {@code ISOLATED} and {@code UNTRUSTED} would also need the language to run in a native-image
 * isolate, which this build cannot make.
 *
 * <p>The language instance may be shared by several contexts of one engine, so nothing here or in the
 * ASTs it builds holds per-context state: globals and output live in {@link PyRustContext}.
 */
@TruffleLanguage.Registration(id = PyRustLanguage.ID, name = "PyRust", version = PyRustLanguage.VERSION,
                defaultMimeType = PyRustLanguage.MIME_TYPE, characterMimeTypes = PyRustLanguage.MIME_TYPE,
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED, website = "https://github.com/pyrust", sandbox = SandboxPolicy.CONSTRAINED)
@ProvidedTags({StandardTags.CallTag.class, StandardTags.StatementTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class})
public final class PyRustLanguage extends TruffleLanguage<PyRustContext> {

    public static final String ID = "pyrust";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "text/x-pyrust";

    private static final LanguageReference<PyRustLanguage> REFERENCE = LanguageReference.create(PyRustLanguage.class);

    /**
     * The way to the current context. Only this package names the language class, so the root nodes are
     * handed this reference ({@link #translator}, {@link Builtins}) rather than creating their own: that
     * keeps the packages below free of an import cycle with this one.
     */
    static final ContextReference<PyRustContext> CONTEXT = ContextReference.create(PyRustLanguage.class);

    static {
        PyRustContext.setReference(CONTEXT);
    }

    /** The numbering of module-level names, shared by the contexts so that one AST serves them all. */
    private final GlobalNames globalNames = new GlobalNames();

    /** Created on first use: root nodes cannot be made while the language instance is being constructed. */
    private volatile Builtins builtins;

    public static PyRustLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    public GlobalNames getGlobalNames() {
        return globalNames;
    }

    public Builtins getBuiltins() {
        Builtins result = builtins;
        if (result == null) {
            synchronized (this) {
                result = builtins;
                if (result == null) {
                    result = new Builtins(this, CONTEXT);
                    builtins = result;
                }
            }
        }
        return result;
    }

    /** A translator of one source into nodes of this language. */
    public Translator translator(Source source) {
        return new Translator(this, CONTEXT, getBuiltins(), globalNames, source);
    }

    @Override
    protected PyRustContext createContext(Env env) {
        // The options were checked when they were set (PyRustOptions' validators).
        return new PyRustContext(new Globals(globalNames), env.in(), env.out(), env.err(), env.getOptions().get(PyRustOptions.Profile),
                        env.getOptions().get(PyRustOptions.RecursionLimit), new BuiltinLookup() {
                            @Override
                            public PyRustFunction constructor(PythonType type) {
                                return getBuiltins().constructor(type);
                            }

                            @Override
                            public PyRustFunction method(PythonType type, String name) {
                                return getBuiltins().method(type, name);
                            }
                        });
    }

    @Override
    protected void initializeContext(PyRustContext context) {
        WarmUp.ensure(this);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new PyRustOptionsOptionDescriptors();
    }

    @Override
    protected boolean areOptionsCompatible(OptionValues firstOptions, OptionValues newOptions) {
        return firstOptions.get(PyRustOptions.Profile).equals(newOptions.get(PyRustOptions.Profile))
                        && firstOptions.get(PyRustOptions.RecursionLimit).equals(newOptions.get(PyRustOptions.RecursionLimit));
    }

    /** The pipeline: lex the whole text, parse it, translate the AST to Truffle nodes. Each stage is timed for --profile. */
    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        if (!request.getArgumentNames().isEmpty()) {
            throw new UnsupportedOperationException("PyRust sources take no arguments");
        }
        StageTimes times = CONTEXT.get(null).getStageTimes();
        String text = source.getCharacters().toString();
        // Each stage is timed, the failing one too, so that --profile also explains a syntax error.
        StageTimes.Stage stage = StageTimes.Stage.LEX;
        long mark = System.nanoTime();
        try {
            List<Token> tokens = new Lexer(text).tokenize();
            mark = StageTimes.record(times, stage, mark);
            stage = StageTimes.Stage.PARSE;
            Module module = new Parser(tokens).parseModule();
            mark = StageTimes.record(times, stage, mark);
            stage = StageTimes.Stage.TRANSLATE;
            RootNode root = translator(source).translateModule(module, times != null);
            StageTimes.record(times, stage, mark);
            return root.getCallTarget();
        } catch (SyntaxError e) {
            StageTimes.record(times, stage, mark);
            throw toGuestError(e, source);
        }
    }

    /** A Truffle-free syntax error from the lexer, parser or scope analysis, as a guest exception. */
    public static PyRustException toGuestError(SyntaxError e, Source source) {
        PyRustException.Kind kind = e.kind() == SyntaxError.Kind.LexError ? PyRustException.Kind.LexError : PyRustException.Kind.ParseError;
        return PyRustException.syntax(kind, e.getMessage(), source, e.span().offset(), e.span().length(), e.span().line(), e.span().column());
    }

    @Override
    protected Object getScope(PyRustContext context) {
        return new GlobalScope(context.getGlobals(), getBuiltins());
    }

    @Override
    protected Object getLanguageView(PyRustContext context, Object value) {
        return new PyRustLanguageView(value);
    }

    @Override
    protected void finalizeContext(PyRustContext context) {
        context.reportStageTimes();
    }
}
