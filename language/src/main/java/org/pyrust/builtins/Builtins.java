package org.pyrust.builtins;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pyrust.runtime.BuiltinTypes;
import org.pyrust.runtime.ExceptionTypes;
import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.PythonType;
import org.pyrust.runtime.Signature;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.dsl.NodeFactory;

/**
 * The builtin functions, one function object each per language: they hold no per-context state (print
 * finds its output stream through the context), so every context of an engine shares them. A global of
 * the same name hides a builtin, as in Python. The exception classes are builtin names too. Each function
 * is a node class declared with {@link Builtin}; this
 * list of their generated factories is the one place that installs them.
 */
public final class Builtins {

    private static final List<NodeFactory<? extends BuiltinNode>> FACTORIES = List.of(
                    PrintBuiltinFactory.getInstance(),
                    LenBuiltinFactory.getInstance(),
                    StrBuiltinFactory.getInstance(),
                    IntBuiltinFactory.getInstance(),
                    AbsBuiltinFactory.getInstance(),
                    MinBuiltinFactory.getInstance(),
                    MaxBuiltinFactory.getInstance(),
                    RangeBuiltinFactory.getInstance(),
                    FloatBuiltinFactory.getInstance(),
                    BoolBuiltinFactory.getInstance(),
                    ListBuiltinFactory.getInstance(),
                    TupleBuiltinFactory.getInstance(),
                    DictBuiltinFactory.getInstance(),
                    SetBuiltinFactory.getInstance(),
                    FrozenSetBuiltinFactory.getInstance(),
                    TypeBuiltinFactory.getInstance(),
                    IsInstanceBuiltinFactory.getInstance(),
                    ReprBuiltinFactory.getInstance(),
                    HashBuiltinFactory.getInstance(),
                    IdBuiltinFactory.getInstance(),
                    OrdBuiltinFactory.getInstance(),
                    ChrBuiltinFactory.getInstance(),
                    HexBuiltinFactory.getInstance(),
                    OctBuiltinFactory.getInstance(),
                    BinBuiltinFactory.getInstance(),
                    SumBuiltinFactory.getInstance(),
                    AnyBuiltinFactory.getInstance(),
                    AllBuiltinFactory.getInstance(),
                    SortedBuiltinFactory.getInstance(),
                    ReversedBuiltinFactory.getInstance(),
                    EnumerateBuiltinFactory.getInstance(),
                    ZipBuiltinFactory.getInstance(),
                    IterBuiltinFactory.getInstance(),
                    NextBuiltinFactory.getInstance(),
                    RoundBuiltinFactory.getInstance(),
                    DivmodBuiltinFactory.getInstance(),
                    FormatBuiltinFactory.getInstance(),
                    RangeIndexMethodFactory.getInstance(),
                    RangeCountMethodFactory.getInstance(),
                    MapBuiltinFactory.getInstance(),
                    FilterBuiltinFactory.getInstance(),
                    PowBuiltinFactory.getInstance(),
                    InputBuiltinFactory.getInstance(),
                    StrFormatMethodFactory.getInstance(),
                    ListAppendMethodFactory.getInstance(),
                    ListExtendMethodFactory.getInstance(),
                    ListInsertMethodFactory.getInstance(),
                    ListPopMethodFactory.getInstance(),
                    ListRemoveMethodFactory.getInstance(),
                    ListIndexMethodFactory.getInstance(),
                    ListCountMethodFactory.getInstance(),
                    ListSortMethodFactory.getInstance(),
                    ListReverseMethodFactory.getInstance(),
                    ListCopyMethodFactory.getInstance(),
                    ListClearMethodFactory.getInstance(),
                    TupleIndexMethodFactory.getInstance(),
                    TupleCountMethodFactory.getInstance(),
                    DictGetMethodFactory.getInstance(),
                    DictSetDefaultMethodFactory.getInstance(),
                    DictPopMethodFactory.getInstance(),
                    DictPopItemMethodFactory.getInstance(),
                    DictKeysMethodFactory.getInstance(),
                    DictValuesMethodFactory.getInstance(),
                    DictItemsMethodFactory.getInstance(),
                    DictUpdateMethodFactory.getInstance(),
                    DictCopyMethodFactory.getInstance(),
                    DictClearMethodFactory.getInstance(),
                    DictFromkeysMethodFactory.getInstance(),
                    SetAddMethodFactory.getInstance(),
                    SetRemoveMethodFactory.getInstance(),
                    SetDiscardMethodFactory.getInstance(),
                    SetPopMethodFactory.getInstance(),
                    SetClearMethodFactory.getInstance(),
                    SetCopyMethodFactory.getInstance(),
                    SetUnionMethodFactory.getInstance(),
                    SetIntersectionMethodFactory.getInstance(),
                    SetDifferenceMethodFactory.getInstance(),
                    SetSymmetricDifferenceMethodFactory.getInstance(),
                    SetUpdateMethodFactory.getInstance(),
                    SetIsSubsetMethodFactory.getInstance(),
                    SetIsSupersetMethodFactory.getInstance(),
                    SetIsDisjointMethodFactory.getInstance(),
                    SetIntersectionUpdateMethodFactory.getInstance(),
                    SetDifferenceUpdateMethodFactory.getInstance(),
                    SetSymmetricDifferenceUpdateMethodFactory.getInstance(),
                    StrSplitMethodFactory.getInstance(),
                    StrRsplitMethodFactory.getInstance(),
                    StrSplitlinesMethodFactory.getInstance(),
                    StrJoinMethodFactory.getInstance(),
                    StrStripMethodFactory.getInstance(),
                    StrLstripMethodFactory.getInstance(),
                    StrRstripMethodFactory.getInstance(),
                    StrReplaceMethodFactory.getInstance(),
                    StrFindMethodFactory.getInstance(),
                    StrRfindMethodFactory.getInstance(),
                    StrIndexMethodFactory.getInstance(),
                    StrRindexMethodFactory.getInstance(),
                    StrCountMethodFactory.getInstance(),
                    StrStartswithMethodFactory.getInstance(),
                    StrEndswithMethodFactory.getInstance(),
                    StrUpperMethodFactory.getInstance(),
                    StrLowerMethodFactory.getInstance(),
                    StrCapitalizeMethodFactory.getInstance(),
                    StrTitleMethodFactory.getInstance(),
                    StrSwapcaseMethodFactory.getInstance(),
                    StrCasefoldMethodFactory.getInstance(),
                    StrIsdigitMethodFactory.getInstance(),
                    StrIsdecimalMethodFactory.getInstance(),
                    StrIsnumericMethodFactory.getInstance(),
                    StrIsalphaMethodFactory.getInstance(),
                    StrIsalnumMethodFactory.getInstance(),
                    StrIsspaceMethodFactory.getInstance(),
                    StrIsupperMethodFactory.getInstance(),
                    StrIslowerMethodFactory.getInstance(),
                    StrIstitleMethodFactory.getInstance(),
                    StrIsidentifierMethodFactory.getInstance(),
                    StrZfillMethodFactory.getInstance(),
                    StrCenterMethodFactory.getInstance(),
                    StrLjustMethodFactory.getInstance(),
                    StrRjustMethodFactory.getInstance(),
                    StrPartitionMethodFactory.getInstance(),
                    StrRpartitionMethodFactory.getInstance(),
                    StrExpandtabsMethodFactory.getInstance(),
                    IntBitLengthMethodFactory.getInstance(),
                    IntConjugateMethodFactory.getInstance(),
                    FloatConjugateMethodFactory.getInstance(),
                    FloatIsIntegerMethodFactory.getInstance(),
                    FloatAsIntegerRatioMethodFactory.getInstance(),
                    StrRemovePrefixMethodFactory.getInstance(),
                    StrRemoveSuffixMethodFactory.getInstance(),
                    StrTranslateMethodFactory.getInstance(),
                    StrMaketransMethodFactory.getInstance(),
                    CallableBuiltinFactory.getInstance(),
                    StrIsasciiMethodFactory.getInstance(),
                    StrFormatMapMethodFactory.getInstance());

    /** The methods of set that a frozenset has too: those that do not change the set. */
    private static final Set<String> FROZENSET_METHODS = Set.of("copy", "union", "intersection", "difference", "symmetric_difference", "issubset",
                    "issuperset", "isdisjoint");

    /** The builtin names: the functions, then the exception classes. */
    private final Map<String, Object> values = new LinkedHashMap<>();
    /** What calling each built-in type runs. */
    private final Map<PythonType, PyRustFunction> constructors = new HashMap<>();
    /** The methods of the built-in types, by type and name. */
    private final Map<PythonType, Map<String, PyRustFunction>> methods = new HashMap<>();

    public Builtins(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference) {
        for (NodeFactory<? extends BuiltinNode> factory : FACTORIES) {
            BuiltinRootNode root = BuiltinRootNode.create(language, contextReference, factory);
            Builtin builtin = factory.getNodeClass().getAnnotation(Builtin.class);
            Signature signature = Signature.builtin(root.getName(), builtin.names(), builtin.keywords(), builtin.varKeywords());
            PyRustFunction function = new PyRustFunction(root.getName(), root.getCallTarget(), PyRustFunction.VARIADIC, null, true, signature, new Object[0], null, null,
                            root.getName());
            if (!builtin.methodOf().isEmpty()) {
                methods.computeIfAbsent(BuiltinTypes.byName(builtin.methodOf()), t -> new HashMap<>()).put(builtin.name(), function);
                if (builtin.methodOf().equals("set") && FROZENSET_METHODS.contains(builtin.name())) {
                    methods.computeIfAbsent(BuiltinTypes.FROZENSET, t -> new HashMap<>()).put(builtin.name(), function);
                }
            } else if (builtin.constructor()) {
                PythonType type = BuiltinTypes.byName(root.getName());
                constructors.put(type, function);
                values.put(root.getName(), type);
            } else {
                values.put(root.getName(), function);
            }
        }
        for (PythonType type : ExceptionTypes.ALL) {
            values.put(type.getName(), type);
        }
    }

    /** The builtin called {@code name} (a function or a class), or null. */
    public Object lookup(String name) {
        return values.get(name);
    }

    /** What calling {@code type} runs, or null. */
    public PyRustFunction constructor(PythonType type) {
        return constructors.get(type);
    }

    /** The method {@code name} of the built-in type {@code type} (not of its bases), or null. */
    public PyRustFunction method(PythonType type, String name) {
        Map<String, PyRustFunction> table = methods.get(type);
        return table == null ? null : table.get(name);
    }

    /** The builtin function called {@code name}, or null. */
    public PyRustFunction function(String name) {
        return values.get(name) instanceof PyRustFunction function ? function : null;
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }
}
