#!/usr/bin/env bash
# PyRust's performance gates: JMH suites per stage, end to end and per workload, side by side with CPython
# and GraalPy; one line per gate with its figure and PASS or FAIL; a table, JSON and an SVG chart.
#
#   scripts/compare_pure_execution.sh            full mode: the published figures (about 30-40 minutes);
#                                                 updates the figures block of PERFORMANCE.md; exits 1 when
#                                                 a gate fails
#   scripts/compare_pure_execution.sh --quick    CI mode (a few minutes): short runs that prove the harness
#                                                 works; figures are indicative only and a failing gate does
#                                                 NOT fail the exit status (machines are noisy) - only a
#                                                 broken harness does (exit 2)
#
# Options:
#   --quick              see above (results in benchmarks/results/quick/)
#   --graalpy            run GraalPy too (default in full mode; needs the graalpy Maven profile's ~220 MB)
#   --no-graalpy         PyRust and CPython only (default in quick mode)
#   --build=MODE         am (default): mvn -pl benchmarks,launcher -am package -DskipTests (the language from
#                        this tree); installed: mvn -pl benchmarks package (the language from ~/.m2);
#                        none: use what target/ holds
#   --no-build           same as --build=none
#   --tests=MODE         AC5. run (default in full mode): run the test suite (mvn -B package); reports
#                        (default in quick mode): read the surefire reports of the last build, as CI has just
#                        run the tests; skip: report AC5 as N/A
#   --enforce            exit 1 on a failing gate in quick mode too
#   --no-enforce         never exit 1 on a failing gate (full mode too)
#   --results=DIR        where raw and summary results go (default benchmarks/results, or .../quick)
#   --suites=LIST        a comma-separated subset of micro,calls,workloads,alloc,diag,cpython,subprocess,tests
#                        (workloads includes the end-to-end runs and the hand-written Java bound; diag,
#                        only in full mode by default, counts the objects each workload allocates per run)
#                        (the report then uses whatever results DIR already holds for the others)
#
# Environment: CPYTHON (the CPython binary; default /usr/bin/python3, the real interpreter rather than a
# pyenv shim), PYRUST_MVN_ARGS (extra Maven arguments, e.g. -o), BENCH_JVM_ARGS (extra JVM options for
# the JMH forks, default -Xms4g -Xmx4g: a fixed heap, fewer GC-induced outliers).
#
# Definitions (also printed by the report):
#   AC1  vm_simple: the translated call target of `2 + 3` called from Java in an entered context (JMH
#        StageBenchmark.vm_simple, median ns/op) < 150 ns.
#   AC2  allocations per execute("2 + 3") <= 5, shown as bytes: <= 80 B/op (16 B is the smallest Java
#        object, so 80 B/op proves <= 5 objects), end to end (cold_start_simple) by JMH -prof gc
#        gc.alloc.rate.norm and by ThreadMXBean (AllocationProbe); execution only reported beside it.
#   AC3  the twelve per-stage benchmarks lexer/parser/compiler/vm x simple/complex/variables have figures,
#        and their JSON is in the results directory.
#   AC4  cold_start_simple: context.eval("pyrust", "2 + 3") on a warm engine, source cache as users get it,
#        median < 500 ns, and CV (stdev / mean of the JMH iteration scores) < 10%.
#   AC5  the test suite passes.
#   AC6  per workload, speed-up = CPython time / PyRust time. Strict (the gate): warm PyRust
#        (Context.parse once, Value.execute per run) vs CPython exec of a precompiled code object. Seed's
#        definition (reported): PyRust Context.eval of an uncached source (the whole pipeline every run) vs
#        CPython exec(compile(text)). PASS needs a geometric mean >= 50x, strict definition.
set -euo pipefail

SCRIPT=$(readlink -f "${BASH_SOURCE[0]}")
ROOT=$(cd "$(dirname "$SCRIPT")/.." && pwd -P)
. "$ROOT/scripts/lib/jdk.sh"

MODE=full
GRAALPY=
BUILD=am
TESTS=
ENFORCE=
RESULTS=
SUITES=

usage() {
    sed -n '2,/^set -euo/p' "$SCRIPT" | sed '$d' | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

for arg in "$@"; do
    case $arg in
        --quick) MODE=quick ;;
        --full) MODE=full ;;
        --graalpy) GRAALPY=1 ;;
        --no-graalpy) GRAALPY=0 ;;
        --build=*) BUILD=${arg#--build=} ;;
        --no-build) BUILD=none ;;
        --tests=*) TESTS=${arg#--tests=} ;;
        --skip-tests) TESTS=skip ;;
        --enforce) ENFORCE=1 ;;
        --no-enforce) ENFORCE=0 ;;
        --results=*) RESULTS=${arg#--results=} ;;
        --suites=*) SUITES=${arg#--suites=} ;;
        -h|--help) usage 0 ;;
        *) echo "compare_pure_execution: unknown option $arg" >&2; usage 2 ;;
    esac
done
case $BUILD in am|installed|none) ;; *) echo "compare_pure_execution: --build must be am, installed or none" >&2; exit 2 ;; esac
if [ "$MODE" = quick ]; then
    : "${GRAALPY:=0}" "${TESTS:=reports}" "${ENFORCE:=0}" "${RESULTS:=$ROOT/benchmarks/results/quick}"
    : "${SUITES:=micro,calls,workloads,alloc,cpython,subprocess,tests}"
else
    : "${GRAALPY:=1}" "${TESTS:=run}" "${ENFORCE:=1}" "${RESULTS:=$ROOT/benchmarks/results}"
    : "${SUITES:=micro,calls,workloads,alloc,diag,cpython,subprocess,tests}"
fi
case $TESTS in run|reports|skip) ;; *) echo "compare_pure_execution: --tests must be run, reports or skip" >&2; exit 2 ;; esac
mkdir -p "$RESULTS"
RESULTS=$(cd "$RESULTS" && pwd -P)
# The suites write into a staging copy of the results directory; only a run that gets to the report
# replaces the results, so they always come from one run (or, with --suites, from the runs named there).
STAGING=$(mktemp -d "${TMPDIR:-/tmp}/pyrust-bench.XXXXXX")
cp -a "$RESULTS/." "$STAGING/" 2>/dev/null || true
FINAL=$RESULTS
RESULTS=$STAGING
LOGS=$RESULTS/logs
mkdir -p "$LOGS"

has_suite() {
    case ",$SUITES," in *",$1,"*) return 0 ;; *) return 1 ;; esac
}

say() {
    printf '\n== %s ==\n' "$*"
}

harness_error() {
    echo "HARNESS ERROR: $*" >&2
    [ -n "${STAGING:-}" ] && echo "(the results of this run so far, logs included, are in $STAGING; $FINAL is unchanged)" >&2
    exit 2
}

# ---- the real CPython binary (a pyenv shim on PATH adds process start-up cost and may be unoptimized)
resolve_cpython() {
    local candidate
    for candidate in "${CPYTHON:-}" /usr/bin/python3 "$(command -v python3 || true)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        # Ask the interpreter for its own binary: that resolves shims and symlinks.
        "$candidate" -c 'import os, sys; assert sys.implementation.name == "cpython" and sys.version_info >= (3, 11); print(os.path.realpath(sys.executable))' 2>/dev/null && return 0
    done
    return 1
}
PYTHON=$(resolve_cpython) || harness_error "no CPython 3.11 or newer found (set CPYTHON)"

BENCH=$ROOT/benchmarks/target
MVN_EXTRA=()
read -r -a MVN_EXTRA <<<"${PYRUST_MVN_ARGS:-}"

say "mode $MODE: results in $FINAL; JDK $JAVA_HOME; CPython $PYTHON; GraalPy $([ "$GRAALPY" = 1 ] && echo on || echo off)"
if [ "$MODE" = quick ]; then
    echo "Quick mode proves the harness works. Its figures are indicative only (short runs, possibly before the"
    echo "JIT reaches steady state, on a noisy machine): a failing gate is reported but does not fail the exit status."
fi

# ---- build
if [ "$BUILD" != none ]; then
    say "build ($BUILD)"
    PROFILE=()
    [ "$GRAALPY" = 1 ] && PROFILE=(-Pgraalpy)
    (
        cd "$ROOT"
        if [ "$BUILD" = am ]; then
            mvn -B -q "${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"}" "${PROFILE[@]+"${PROFILE[@]}"}" -pl benchmarks,launcher -am package -DskipTests
        else
            mvn -B -q "${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"}" "${PROFILE[@]+"${PROFILE[@]}"}" -pl benchmarks package -DskipTests
        fi
    ) || harness_error "the build failed"
fi
[ -f "$BENCH/pyrust-benchmarks.jar" ] || harness_error "$BENCH/pyrust-benchmarks.jar is missing (build first, or drop --no-build)"
CP="$BENCH/pyrust-benchmarks.jar:$BENCH/lib/*"
if [ "$GRAALPY" = 1 ]; then
    ls "$BENCH"/lib-graalpy/*.jar >/dev/null 2>&1 || harness_error "GraalPy jars missing in $BENCH/lib-graalpy (build with -Pgraalpy, or pass --no-graalpy)"
    CP_GRAALPY="$CP:$BENCH/lib-graalpy/*"
    LANGS=pyrust,python
else
    CP_GRAALPY=$CP
    LANGS=pyrust
fi
. "$ROOT/scripts/lib/jvmci.sh"
JVMCI_PATH=$(pyrust_jvmci_path "$BENCH/jvmci") || harness_error "build the benchmarks first (mvn -pl benchmarks -am package)"
JVMCI_FLAGS=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$JVMCI_PATH"
    --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
FORK_JVM_ARGS=${BENCH_JVM_ARGS:--Xms4g -Xmx4g}

# ---- environment of the run
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
mem=$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)
jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n '2p')
cpython_version=$("$PYTHON" -c 'import platform; print("CPython", platform.python_version(), "(" + " ".join(platform.python_build()) + ")")')
lang_jar=$(ls "$BENCH"/lib/pyrust-language-*.jar 2>/dev/null | head -n 1)
lang_desc="${lang_jar##*/} of $(date -r "$lang_jar" '+%Y-%m-%d %H:%M' 2>/dev/null), sha256 $(sha256sum "$lang_jar" 2>/dev/null | cut -c1-12)"
graalpy_desc="not run"
[ "$GRAALPY" = 1 ] && graalpy_desc="GraalPy 25.0.3 community (org.graalvm.polyglot:python-community), JVM mode, Graal JIT"
"$PYTHON" - "$RESULTS/env.json" <<EOF
import json, sys, datetime
json.dump({
    "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
    "mode": "$MODE",
    "machine": "$(nproc) x ${cpu:-unknown CPU}, $mem RAM, $(uname -sr)",
    "load_average_at_start": "$(cut -d' ' -f1-3 /proc/loadavg)",
    "jdk": "$jdk (Graal JIT 25.0.3 through JVMCI)",
    "cpython": "$cpython_version at $PYTHON",
    "graalpy": "$graalpy_desc",
    "pyrust_language": "$lang_desc",
    "command": "scripts/compare_pure_execution.sh $*",
}, open(sys.argv[1], "w"), indent=2)
EOF

# ---- JMH
# Warm execution of the workloads needs Truffle to compile the hot code first, and with the Graal compiler
# running as Java bytecode on two shared cores that takes seconds per compilation (GraalPy's longer): the
# full mode warms up for 40 s (check with -jvmArgsAppend -Dpolyglot.engine.TraceCompilation=true). The
# end-to-end (uncached) runs compile afresh every operation, so their warm-up only covers the host code.
if [ "$MODE" = quick ]; then
    MICRO_OPTS=(-f 1 -wi 2 -w 300ms -i 3 -r 300ms)
    CALL_OPTS=(-f 1 -wi 2 -w 300ms -i 3 -r 300ms)
    WORKLOAD_OPTS=(-f 1 -wi 2 -w 1s -i 2 -r 1s)
    E2E_OPTS=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
    JAVA_OPTS=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
else
    MICRO_OPTS=(-f 2 -wi 8 -w 1s -i 10 -r 1s)
    CALL_OPTS=(-f 1 -wi 6 -w 1s -i 8 -r 1s)
    WORKLOAD_OPTS=(-f 1 -wi 20 -w 2s -i 5 -r 2s)
    E2E_OPTS=(-f 1 -wi 3 -w 2s -i 5 -r 2s)
    JAVA_OPTS=(-f 1 -wi 5 -w 1s -i 5 -r 1s)
fi

# jmh NAME CLASSPATH JMH-ARGS...: runs BenchMain, logs, fails on errors or on the fallback runtime.
jmh() {
    local name=$1 cp=$2
    shift 2
    local log=$LOGS/$name.log
    rm -f "$RESULTS/$name.json"
    echo "java -cp ... org.pyrust.benchmarks.BenchMain $* -rf json -rff $RESULTS/$name.json" >"$log"
    if ! "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -cp "$cp" org.pyrust.benchmarks.BenchMain "$@" \
        -foe true -rf json -rff "$RESULTS/$name.json" -jvmArgsAppend "$FORK_JVM_ARGS" 2>&1 | tee -a "$log" | grep -E '^(# Run complete|Benchmark|[A-Z][A-Za-z]+Benchmark\.|# Benchmark: |# Parameters|<failure>|Exception)' ; then
        :
    fi
    if grep -qi "fallback runtime" "$log"; then
        harness_error "$name ran on Truffle's fallback runtime (see $log)"
    fi
    if grep -q "<failure>" "$log" || [ ! -s "$RESULTS/$name.json" ]; then
        harness_error "JMH suite $name failed (see $log)"
    fi
}

if has_suite micro; then
    say "JMH: per-stage and end-to-end micro benchmarks (-prof gc)"
    jmh micro "$CP" 'org.pyrust.benchmarks.(StageBenchmark|EndToEndBenchmark)' -prof gc "${MICRO_OPTS[@]}"
fi
if has_suite calls; then
    say "JMH: function-call overhead ($LANGS)"
    jmh calls "$CP_GRAALPY" 'org.pyrust.benchmarks.CallBenchmark' -p lang=$LANGS "${CALL_OPTS[@]}"
fi
if has_suite workloads; then
    # One JMH run per workload, so that PyRust and GraalPy run the same program one right after the other:
    # the machine's slow spells, which slow both alike, then fall on both rather than on one side of a ratio.
    parts=()
    for program in "$ROOT"/benchmarks/src/main/resources/workloads/*.py; do
        workload=$(basename "$program" .py)
        say "JMH: workload $workload ($LANGS)"
        jmh "workloads_$workload" "$CP_GRAALPY" 'org.pyrust.benchmarks.WorkloadBenchmark.execute' -p workload="$workload" -p lang=$LANGS "${WORKLOAD_OPTS[@]}"
        parts+=("$RESULTS/workloads_$workload.json")
    done
    "$PYTHON" -c 'import json, sys; print(json.dumps([r for f in sys.argv[1:] for r in json.load(open(f))], indent=2))' "${parts[@]}" >"$RESULTS/workloads.json" \
        || harness_error "cannot merge ${parts[*]}"
    rm -f "${parts[@]}"
    say "JMH: workloads end to end, uncached ($LANGS)"
    jmh workloads_e2e "$CP_GRAALPY" 'org.pyrust.benchmarks.WorkloadBenchmark.eval_uncached' -p lang=$LANGS "${E2E_OPTS[@]}"
    say "JMH: the workloads hand-written in Java (the bound on any speed-up)"
    jmh java "$CP" 'org.pyrust.benchmarks.JavaBaselineBenchmark' "${JAVA_OPTS[@]}"
fi

# ---- allocation probe (ThreadMXBean)
if has_suite alloc; then
    say "allocations per execute(\"2 + 3\") by ThreadMXBean"
    rounds=30
    [ "$MODE" = quick ] && rounds=10
    "$JAVA_HOME/bin/java" "${JVMCI_FLAGS[@]}" -cp "$CP" org.pyrust.benchmarks.AllocationProbe "$rounds" >"$RESULTS/alloc.json" 2>"$LOGS/alloc.log" \
        || harness_error "AllocationProbe failed (see $LOGS/alloc.log)"
    grep -qi "fallback runtime" "$LOGS/alloc.log" && harness_error "AllocationProbe ran on the fallback runtime"
    cat "$RESULTS/alloc.json"
fi

# ---- diagnostics: what each workload allocates per warm run, by class (PERFORMANCE.md's analysis)
if has_suite diag; then
    say "diagnostics: objects allocated per warm run of each workload, by class"
    {
        echo "["
        first=1
        for workload in fib while_sum nested_loops closures string_build straight_line; do
            [ $first = 1 ] || echo ","
            first=0
            "$JAVA_HOME/bin/java" "${JVMCI_FLAGS[@]}" -Xms6g -Xmx6g -Xmn4g -cp "$CP" org.pyrust.benchmarks.AllocationProbe --workload "$workload" 2>>"$LOGS/diag.log" \
                || harness_error "AllocationProbe --workload $workload failed (see $LOGS/diag.log)"
        done
        echo "]"
    } >"$RESULTS/alloc_workloads.json"
    cat "$RESULTS/alloc_workloads.json"
fi

# ---- CPython
if has_suite cpython; then
    say "CPython pure execution (timeit): $PYTHON"
    quick_flag=()
    [ "$MODE" = quick ] && quick_flag=(--quick)
    "$PYTHON" "$ROOT/scripts/bench/cpython_bench.py" "${quick_flag[@]+"${quick_flag[@]}"}" --out "$RESULTS/cpython.json" \
        || harness_error "cpython_bench.py failed"
fi

# ---- whole process
if has_suite subprocess; then
    say "whole process: pyrust -c 'print(2 + 3)' vs python3 -c / python3 -S -c, interleaved"
    # A first run builds the launcher when it is stale; the timed runs never build (PYRUST_NO_BUILD=1).
    "$ROOT/scripts/pyrust" -c 'print(2 + 3)' >/dev/null || harness_error "scripts/pyrust -c 'print(2 + 3)' failed"
    runs=31 sub_warmup=3
    [ "$MODE" = quick ] && runs=7 sub_warmup=1
    "$PYTHON" "$ROOT/scripts/bench/subprocess_bench.py" --pyrust "$ROOT/scripts/pyrust" --python "$PYTHON" --runs "$runs" --warmup "$sub_warmup" \
        --out "$RESULTS/subprocess.json" || harness_error "subprocess_bench.py failed"
fi

# ---- AC5: the test suite
surefire_summary() {
    "$PYTHON" - "$ROOT" "$RESULTS/tests.json" "$1" <<'EOF'
import glob, json, os, sys, time
import xml.etree.ElementTree as ET
root, out, how = sys.argv[1:4]
tests = failures = errors = skipped = 0
newest = 0
files = glob.glob(os.path.join(root, "*", "target", "surefire-reports", "TEST-*.xml"))
for path in files:
    suite = ET.parse(path).getroot()
    tests += int(suite.get("tests", 0)); failures += int(suite.get("failures", 0))
    errors += int(suite.get("errors", 0)); skipped += int(suite.get("skipped", 0))
    newest = max(newest, os.path.getmtime(path))
if not files:
    result = {"status": "skipped", "figure": "no surefire reports found (run the tests, or --tests=run)"}
else:
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(newest))
    status = "pass" if tests > 0 and failures == 0 and errors == 0 and how != "failed" else "fail"
    result = {"status": status, "tests": tests, "failures": failures, "errors": errors, "skipped": skipped,
              "figure": f"{tests} tests, {failures} failures, {errors} errors, {skipped} skipped ({how}; surefire reports of {when})"}
json.dump(result, open(out, "w"), indent=2)
print(result["figure"])
EOF
}
if has_suite tests; then
    case $TESTS in
        run)
            say "AC5: the test suite (mvn -B package)"
            if (cd "$ROOT" && mvn -B "${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"}" package >"$LOGS/tests.log" 2>&1); then
                surefire_summary "mvn -B package passed"
            else
                surefire_summary "failed"
                echo "the test suite failed: see $LOGS/tests.log" >&2
            fi
            ;;
        reports)
            say "AC5: the surefire reports of the last build"
            surefire_summary "reports of the last build"
            ;;
        skip)
            echo '{"status": "skipped", "figure": "not run (--tests=skip)"}' >"$RESULTS/tests.json"
            ;;
    esac
fi

# ---- the run is complete: publish it, then report
cp -a "$STAGING/." "$FINAL/"
rm -rf "$STAGING"
RESULTS=$FINAL
say "report"
REPORT_ARGS=("$RESULTS")
[ "$ENFORCE" = 1 ] || REPORT_ARGS+=(--no-enforce)
if [ "$MODE" = full ] && [ "$RESULTS" = "$(cd "$ROOT/benchmarks/results" 2>/dev/null && pwd -P)" ]; then
    REPORT_ARGS+=(--performance-md "$ROOT/PERFORMANCE.md")
fi
status=0
"$PYTHON" "$ROOT/scripts/bench/report.py" "${REPORT_ARGS[@]}" || status=$?
echo "Results: $RESULTS (summary.json, summary.md, workloads.svg, raw JMH/CPython JSON, logs/)"
exit $status
