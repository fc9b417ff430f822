#!/usr/bin/env python3
"""Turns the raw results of scripts/compare_pure_execution.sh into gates, tables, JSON and a chart.

Reads, from the results directory (missing files make the figures that need them "n/a"):
  micro.json      JMH: StageBenchmark + EndToEndBenchmark, with -prof gc
  calls.json      JMH: CallBenchmark (PyRust, and GraalPy when present)
  workloads.json  JMH: WorkloadBenchmark.execute (PyRust, and GraalPy when present)
  workloads_e2e.json  JMH: WorkloadBenchmark.eval_uncached
  java.json       JMH: JavaBaselineBenchmark (each workload hand-written in Java: the bound)
  alloc.json      AllocationProbe (ThreadMXBean bytes per execute("2 + 3"))
  cpython.json    scripts/bench/cpython_bench.py
  subprocess.json scripts/bench/subprocess_bench.py
  tests.json      the test suite's outcome (AC5)
  env.json        machine, JDK, commands
Writes summary.json, summary.md and workloads.svg there, prints the gates and the tables, and with
--performance-md replaces the block between the figures markers of PERFORMANCE.md.

Exit status: 0 when every gate passes or cannot be judged (N/A), or with --no-enforce; 1 when a gate fails.
"""
import argparse
import json
import math
import os
import statistics
import sys

import svgchart

# ---- gates: thresholds of the issue, and our own targets

AC1_VM_SIMPLE_NS = 150.0
AC2_MAX_ALLOCATIONS = 5
SMALLEST_OBJECT_BYTES = 16
AC2_MAX_BYTES = AC2_MAX_ALLOCATIONS * SMALLEST_OBJECT_BYTES
AC4_COLD_START_NS = 500.0
AC4_MAX_CV = 0.10
AC6_MIN_SPEEDUP = 50.0
TARGET_VM_SIMPLE_NS = 20.0
TARGET_COLD_START_NS = 250.0

STAGES = ["lexer", "parser", "compiler", "vm"]
MICRO = ["simple", "complex", "variables"]
WORKLOADS = ["fib", "while_sum", "nested_loops", "closures", "string_build", "straight_line"]
WORKLOAD_LABELS = {
    "fib": "fib(25)",
    "while_sum": "while sum 10M",
    "nested_loops": "nested loops 1000x1000",
    "closures": "closures 1M",
    "string_build": "string building 20k x 20",
    "straight_line": "200-statement straight line",
}
NS_PER = {"ns/op": 1.0, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}


def load(directory, name):
    path = os.path.join(directory, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        text = f.read().strip()
    return json.loads(text) if text else None


def number(value, scale=1.0):
    """A JMH JSON number; JMH writes "NaN" (a string) where it has no figure."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x * scale


class Jmh:
    """The scores of one JMH JSON file, keyed by (method, lang, workload)."""

    def __init__(self, data):
        self.rows = {}
        for entry in data or []:
            method = entry["benchmark"].rsplit(".", 1)[1]
            params = entry.get("params") or {}
            key = (method, params.get("lang", "pyrust"), params.get("workload"))
            scale = NS_PER[entry["primaryMetric"]["scoreUnit"]]
            samples = [x * scale for fork in entry["primaryMetric"]["rawData"] for x in fork]
            row = {
                "median_ns": statistics.median(samples),
                "mean_ns": statistics.fmean(samples),
                "cv": (statistics.stdev(samples) / statistics.fmean(samples)) if len(samples) > 1 else None,
                "samples": len(samples),
                "forks": len(entry["primaryMetric"]["rawData"]),
                "jmh_score_ns": entry["primaryMetric"]["score"] * scale,
                "jmh_error_ns": number(entry["primaryMetric"].get("scoreError"), scale),
            }
            alloc = (entry.get("secondaryMetrics") or {}).get("gc.alloc.rate.norm")
            if alloc is not None:
                row["bytes_per_op"] = alloc["score"]
            self.rows[key] = row

    def get(self, method, lang="pyrust", workload=None):
        return self.rows.get((method, lang, workload))


def fmt_ns(ns):
    if ns is None:
        return "n/a"
    if ns < 1e3:
        return f"{ns:.1f} ns"
    if ns < 1e6:
        return f"{ns / 1e3:.2f} us"
    if ns < 1e9:
        return f"{ns / 1e6:.2f} ms"
    return f"{ns / 1e9:.2f} s"


def fmt_decade(ns):
    for unit, scale in [("s", 1e9), ("ms", 1e6), ("us", 1e3), ("ns", 1.0)]:
        if ns >= scale * 0.999:
            return f"{ns / scale:.0f} {unit}"
    return f"{ns:g} ns"


def fmt_ratio(r):
    return "n/a" if r is None else (f"{r:.1f}x" if r < 100 else f"{r:.0f}x")


def ratio(slow, fast):
    return slow / fast if slow is not None and fast else None


def geomean(values):
    values = [v for v in values if v]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def cpy(cpython, section, name, how):
    try:
        return cpython[section][name][how]["median_us"] * 1e3
    except (KeyError, TypeError):
        return None


def build(directory):
    micro = Jmh(load(directory, "micro.json"))
    calls = Jmh(load(directory, "calls.json"))
    workloads = Jmh((load(directory, "workloads.json") or []) + (load(directory, "workloads_e2e.json") or []))
    java = Jmh(load(directory, "java.json"))
    alloc = load(directory, "alloc.json")
    cpython = load(directory, "cpython.json")
    subproc = load(directory, "subprocess.json")
    tests = load(directory, "tests.json")
    env = load(directory, "env.json") or {}
    s = {"env": env, "gates": [], "targets": [], "harness_errors": []}

    # ---- per-stage figures
    stages = {}
    for program in MICRO:
        stages[program] = {}
        for stage in STAGES:
            row = micro.get(f"{stage}_{program}")
            stages[program][stage] = row
        stages[program]["cold_start"] = micro.get(f"cold_start_{program}")
        stages[program]["uncached"] = micro.get(f"uncached_{program}")
        stages[program]["cold_start_source"] = micro.get(f"cold_start_{program}_source")
        stages[program]["execute_parsed"] = micro.get(f"execute_parsed_{program}")
        stages[program]["cpython_precompiled_ns"] = cpy(cpython, "micro", program, "precompiled")
        stages[program]["cpython_from_source_ns"] = cpy(cpython, "micro", program, "from_source")
    s["stages"] = stages

    vm = micro.get("vm_simple")
    cold = micro.get("cold_start_simple")

    def gate(gid, title, figure, passed, detail=""):
        s["gates"].append({"id": gid, "title": title, "figure": figure, "status": "PASS" if passed else ("FAIL" if passed is False else "N/A"),
                           "detail": detail})

    def target(title, figure, met):
        s["targets"].append({"title": title, "figure": figure, "status": "MET" if met else ("MISSED" if met is False else "N/A")})

    # AC1
    if vm:
        gate("AC1", f"execution only: vm_simple < {AC1_VM_SIMPLE_NS:.0f} ns", f"{vm['median_ns']:.1f} ns/op (median of {vm['samples']} JMH iterations)",
             vm["median_ns"] < AC1_VM_SIMPLE_NS)
    else:
        gate("AC1", "execution only: vm_simple", "n/a", None)
        s["harness_errors"].append("vm_simple has no figure")

    # AC2: the exact object count of the heap-histogram probe decides; bytes (JMH and ThreadMXBean) back it up,
    # and without a count, bytes <= 5 x 16 B prove <= 5 objects.
    e2e_bytes = cold.get("bytes_per_op") if cold else None
    vm_bytes = vm.get("bytes_per_op") if vm else None
    probe = alloc or {}
    probe_e2e = probe.get("end_to_end", {})
    probe_vm = probe.get("execution_only", {})
    objects = probe_e2e.get("objects_per_op")
    if objects is not None and objects >= 0:
        classes = ", ".join(f"{short_class(k)} {v:g}" for k, v in sorted(probe_e2e.get("objects_by_class", {}).items()))
        alternatives = []
        for key, what in [("eval_prebuilt_source", "eval of a Source built once"), ("execute_parsed", "Value.execute of a parsed program")]:
            if probe.get(key, {}).get("objects_per_op", -1) >= 0:
                alternatives.append(f"{what}: {probe[key]['objects_per_op']:g} objects / {probe[key]['min_bytes_per_op']:.0f} B")
        gate("AC2", f"allocations per execute(\"2 + 3\") <= {AC2_MAX_ALLOCATIONS} (context.eval(\"pyrust\", \"2 + 3\"), warm)",
             f"{objects:g} objects/op, {fmt_opt(probe_e2e.get('min_bytes_per_op'))} B/op (heap histogram + ThreadMXBean), "
             f"{fmt_opt(e2e_bytes)} B/op (JMH gc.alloc.rate.norm); execution only {probe_vm.get('objects_per_op', -1):g} objects/op, "
             f"{fmt_opt(probe_vm.get('min_bytes_per_op'))} B/op (probe), {fmt_opt(vm_bytes)} B/op (JMH)",
             objects <= AC2_MAX_ALLOCATIONS,
             f"end to end by class: {classes or 'none'}" + (f"; {'; '.join(alternatives)}" if alternatives else ""))
    elif e2e_bytes is not None:
        gate("AC2", f"allocations per execute(\"2 + 3\") <= {AC2_MAX_ALLOCATIONS} (<= {AC2_MAX_BYTES} B/op: 16 B is the smallest object)",
             f"end to end {e2e_bytes:.0f} B/op (JMH gc.alloc.rate.norm); execution only {fmt_opt(vm_bytes)} B/op (JMH); no object count",
             e2e_bytes <= AC2_MAX_BYTES)
    else:
        gate("AC2", "allocations per execute(\"2 + 3\")", "n/a (no allocation figures)", None)
        s["harness_errors"].append("no allocation figures (alloc.json, -prof gc)")

    # AC3
    missing = [f"{st}_{p}" for p in MICRO for st in STAGES if not micro.get(f"{st}_{p}")]
    present = len(STAGES) * len(MICRO) - len(missing)
    gate("AC3", "per-stage suites lexer/parser/compiler/vm x simple/complex/variables, JSON in results/",
         f"{present}/{len(STAGES) * len(MICRO)} benchmarks with figures in micro.json" + (f", missing {', '.join(missing)}" if missing else ""),
         (not missing) if present else None)
    if missing:
        s["harness_errors"].append("stage benchmarks missing: " + ", ".join(missing))

    # AC4
    if cold:
        cv = cold["cv"]
        gate("AC4", f"cold_start_simple < {AC4_COLD_START_NS:.0f} ns with CV < {AC4_MAX_CV:.0%}",
             f"{cold['median_ns']:.1f} ns/op, CV {cv:.1%} over {cold['samples']} iterations in {cold['forks']} fork(s)",
             cold["median_ns"] < AC4_COLD_START_NS and cv is not None and cv < AC4_MAX_CV)
    else:
        gate("AC4", "cold_start_simple", "n/a", None)
        s["harness_errors"].append("cold_start_simple has no figure")

    # AC5
    if tests:
        gate("AC5", "the test suite passes", tests.get("figure", ""), tests.get("status") == "pass" if tests.get("status") != "skipped" else None)
    else:
        gate("AC5", "the test suite passes", "n/a (not run)", None)

    # ---- workloads and AC6
    table = []
    for name in WORKLOADS:
        py = workloads.get("execute", "pyrust", name)
        gp = workloads.get("execute", "python", name)
        py_e2e = workloads.get("eval_uncached", "pyrust", name)
        gp_e2e = workloads.get("eval_uncached", "python", name)
        jv = java.get("run", "pyrust", name)
        c_pre = cpy(cpython, "workloads", name, "precompiled")
        c_src = cpy(cpython, "workloads", name, "from_source")
        row = {
            "workload": name,
            "label": WORKLOAD_LABELS[name],
            "pyrust_ns": py["median_ns"] if py else None,
            "graalpy_ns": gp["median_ns"] if gp else None,
            "cpython_ns": c_pre,
            "java_ns": jv["median_ns"] if jv else None,
            "pyrust_e2e_ns": py_e2e["median_ns"] if py_e2e else None,
            "graalpy_e2e_ns": gp_e2e["median_ns"] if gp_e2e else None,
            "cpython_e2e_ns": c_src,
        }
        row["strict_speedup_vs_cpython"] = ratio(c_pre, row["pyrust_ns"])
        row["seed_speedup_vs_cpython"] = ratio(c_src, row["pyrust_e2e_ns"])
        row["speedup_vs_graalpy"] = ratio(row["graalpy_ns"], row["pyrust_ns"])
        row["graalpy_speedup_vs_cpython"] = ratio(c_pre, row["graalpy_ns"])
        row["java_speedup_vs_cpython"] = ratio(c_pre, row["java_ns"])
        table.append(row)
        if py is None:
            s["harness_errors"].append(f"workload {name} has no PyRust figure")
    s["workloads"] = table
    strict = geomean([r["strict_speedup_vs_cpython"] for r in table])
    seed = geomean([r["seed_speedup_vs_cpython"] for r in table])
    s["geomean"] = {"strict": strict, "seed": seed, "vs_graalpy": geomean([r["speedup_vs_graalpy"] for r in table]),
                    "graalpy_vs_cpython": geomean([r["graalpy_speedup_vs_cpython"] for r in table]),
                    "java_vs_cpython": geomean([r["java_speedup_vs_cpython"] for r in table])}
    complete = all(r["strict_speedup_vs_cpython"] for r in table)
    if strict and complete:
        worst = min(table, key=lambda r: r["strict_speedup_vs_cpython"])
        gate("AC6", f"vs CPython: geometric mean >= {AC6_MIN_SPEEDUP:.0f}x (strict: warm PyRust vs CPython precompiled code object)",
             f"{strict:.1f}x strict (seed's definition: {fmt_ratio(seed)}); lowest {worst['workload']} {worst['strict_speedup_vs_cpython']:.1f}x",
             strict >= AC6_MIN_SPEEDUP,
             f"the same workloads hand-written in Java: {fmt_ratio(s['geomean']['java_vs_cpython'])} geometric mean" if s["geomean"]["java_vs_cpython"] else "")
    else:
        gate("AC6", "vs CPython geometric mean", "n/a (workload or CPython figures missing)", None)

    # ---- targets (ours)
    target(f"vm_simple <= {TARGET_VM_SIMPLE_NS:.0f} ns", f"{vm['median_ns']:.1f} ns" if vm else "n/a", vm["median_ns"] <= TARGET_VM_SIMPLE_NS if vm else None)
    target(f"cold_start_simple <= {TARGET_COLD_START_NS:.0f} ns", f"{cold['median_ns']:.1f} ns" if cold else "n/a",
           cold["median_ns"] <= TARGET_COLD_START_NS if cold else None)
    vm_zero = None
    probe_vm_bytes = probe_vm.get("min_bytes_per_op")
    if vm_bytes is not None or probe_vm_bytes is not None:
        # JMH's figure includes its own per-iteration noise (fractions of a byte per op).
        vm_zero = all(b is None or b < 1.0 for b in [vm_bytes, probe_vm_bytes])
    target("0 B/op in vm_simple once compiled", f"{fmt_bytes(vm_bytes)} B/op (JMH), {fmt_bytes(probe_vm_bytes)} B/op (ThreadMXBean)", vm_zero)
    target(f"workloads >= {AC6_MIN_SPEEDUP:.0f}x CPython precompiled (geometric mean)", fmt_ratio(strict), strict >= AC6_MIN_SPEEDUP if strict else None)
    with_gp = [r for r in table if r["speedup_vs_graalpy"]]
    if with_gp:
        slower = [f"{r['workload']} {r['speedup_vs_graalpy']:.2f}x" for r in with_gp if r["speedup_vs_graalpy"] < 1.0]
        target("not slower than GraalPy on any workload (both warm)",
               f"{len(with_gp) - len(slower)}/{len(with_gp)} workloads at least as fast" + (f"; slower: {', '.join(slower)}" if slower else ""),
               not slower)
    else:
        target("not slower than GraalPy on any workload (both warm)", "n/a (GraalPy not run)", None)

    # ---- calls and subprocess
    s["calls"] = {}
    for method in ["call_from_java", "call_from_guest", "call_baseline"]:
        s["calls"][method] = {lang: (calls.get(method, lang) or {}).get("median_ns") for lang in ["pyrust", "python"]}
    if cpython:
        s["calls"]["cpython"] = {k: v["median_us"] * 1e3 for k, v in cpython.get("calls", {}).items()}
    s["subprocess"] = subproc
    s["alloc_probe"] = alloc
    s["alloc_workloads"] = load(directory, "alloc_workloads.json")
    nodes = micro.get("compiler_nodes_simple")
    s["compiler_nodes_simple_ns"] = nodes["median_ns"] if nodes else None
    s["cpython_interpreter"] = (cpython or {}).get("interpreter")
    return s


def fmt_opt(x):
    return "n/a" if x is None else f"{x:.0f}"


def fmt_bytes(x):
    return "n/a" if x is None else f"{x:.2f}"


def short_class(name):
    """com.oracle.truffle.polyglot.PolyglotImpl$$Lambda/0x... -> PolyglotImpl$$Lambda; [Ljava.lang.Object; -> Object[]."""
    if name.startswith("[L") and name.endswith(";"):
        return short_class(name[2:-1]) + "[]"
    primitive = {"[B": "byte[]", "[C": "char[]", "[I": "int[]", "[J": "long[]", "[Z": "boolean[]", "[S": "short[]", "[D": "double[]", "[F": "float[]"}
    if name in primitive:
        return primitive[name]
    return name.split("/")[0].rsplit(".", 1)[-1]


# ---- text output

def gate_lines(s):
    lines = []
    for g in s["gates"]:
        lines.append(f"{g['id']} {g['status']:4s}  {g['title']}: {g['figure']}" + (f" ({g['detail']})" if g["detail"] else ""))
    for t in s["targets"]:
        lines.append(f"TARGET {t['status']:6s}  {t['title']}: {t['figure']}")
    return lines


def markdown(s):
    out = []
    env = s["env"]
    if env:
        out.append(f"Run: {env.get('date', '?')}, mode `{env.get('mode', '?')}`, machine: {env.get('machine', '?')}; JDK: {env.get('jdk', '?')}; "
                   f"CPython: {env.get('cpython', '?')}; GraalPy: {env.get('graalpy', 'not run')}; PyRust: {env.get('pyrust_language', '?')}.")
        out.append("")
        out.append(f"Command: `{env.get('command', '?').strip()}`")
        out.append("")
    out.append("### Gates")
    out.append("")
    out.append("| gate | status | figure |")
    out.append("|---|---|---|")
    for g in s["gates"]:
        out.append(f"| {g['id']}: {g['title']} | **{g['status']}** | {g['figure']}" + (f" ({g['detail']})" if g["detail"] else "") + " |")
    for t in s["targets"]:
        out.append(f"| target: {t['title']} | {t['status']} | {t['figure']} |")
    out.append("")
    out.append("### Workloads: time per run of the whole program (median), speed-up of PyRust")
    out.append("")
    out.append("Warm execution (strict definition): PyRust and GraalPy run the program parsed once (`Context.parse`, then "
               "`Value.execute()` per run), CPython `exec`s a code object compiled once.")
    out.append("")
    out.append("The last two columns are the same workload hand-written in Java (`JavaBaselineBenchmark`: 64-bit overflow checks, "
               "floor modulo, immutable strings, closure objects), the speed of light for any implementation on the JVM, and its speed-up over CPython.")
    out.append("")
    out.append("| workload | PyRust | GraalPy | CPython 3.11 | PyRust vs CPython | PyRust vs GraalPy | GraalPy vs CPython | Java | Java vs CPython |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in s["workloads"]:
        out.append(f"| {r['label']} | {fmt_ns(r['pyrust_ns'])} | {fmt_ns(r['graalpy_ns'])} | {fmt_ns(r['cpython_ns'])} | "
                   f"{fmt_ratio(r['strict_speedup_vs_cpython'])} | {fmt_ratio(r['speedup_vs_graalpy'])} | {fmt_ratio(r['graalpy_speedup_vs_cpython'])} | "
                   f"{fmt_ns(r['java_ns'])} | {fmt_ratio(r['java_speedup_vs_cpython'])} |")
    g = s["geomean"]
    out.append(f"| **geometric mean** | | | | **{fmt_ratio(g['strict'])}** | {fmt_ratio(g['vs_graalpy'])} | {fmt_ratio(g['graalpy_vs_cpython'])} | | "
               f"{fmt_ratio(g['java_vs_cpython'])} |")
    out.append("")
    out.append("End to end (the seed's definition): the text evaluated from scratch every run - PyRust and GraalPy "
               "`Context.eval` of a source marked `cached(false)` (lex, parse, translate, run fresh, uncompiled call targets), "
               "CPython `exec(compile(text))`.")
    out.append("")
    out.append("| workload | PyRust | GraalPy | CPython 3.11 | PyRust vs CPython |")
    out.append("|---|---:|---:|---:|---:|")
    for r in s["workloads"]:
        out.append(f"| {r['label']} | {fmt_ns(r['pyrust_e2e_ns'])} | {fmt_ns(r['graalpy_e2e_ns'])} | {fmt_ns(r['cpython_e2e_ns'])} | "
                   f"{fmt_ratio(r['seed_speedup_vs_cpython'])} |")
    out.append(f"| **geometric mean** | | | | **{fmt_ratio(g['seed'])}** |")
    out.append("")
    out.append("### Per stage (`2 + 3`, `(10 + 20) * 3 / 2`, `x = 10; y = 20; x + y`): median ns/op, allocated B/op")
    out.append("")
    out.append("| program | lexer | parser | compiler | vm | cold_start (eval, cached source) | uncached eval (whole pipeline) | CPython exec(code) | CPython compile+exec |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for program in MICRO:
        st = s["stages"][program]
        cells = []
        for key in STAGES + ["cold_start", "uncached"]:
            row = st.get(key)
            if row:
                b = row.get("bytes_per_op")
                cells.append(f"{row['median_ns']:.1f} ns" + (f" / {b:.0f} B" if b is not None else ""))
            else:
                cells.append("n/a")
        cells.append(fmt_ns(st["cpython_precompiled_ns"]))
        cells.append(fmt_ns(st["cpython_from_source_ns"]))
        out.append(f"| {program} | " + " | ".join(cells) + " |")
    if s.get("compiler_nodes_simple_ns") and s["stages"]["simple"].get("compiler"):
        out.append("")
        out.append(f"Of `compiler_simple`, translating to nodes takes {s['compiler_nodes_simple_ns']:.1f} ns (`compiler_nodes_simple`); "
                   f"creating the call target the rest, {s['stages']['simple']['compiler']['median_ns'] - s['compiler_nodes_simple_ns']:.1f} ns.")
    out.append("")
    st = s["stages"]["simple"]
    probe = s.get("alloc_probe") or {}
    out.append("### `2 + 3` through the polyglot API: time, bytes and objects per operation")
    out.append("")
    out.append("| operation | median | B/op (JMH) | objects/op (heap histogram) | objects by class |")
    out.append("|---|---:|---:|---:|---|")
    for label_text, row, key in [
        ("call target of `2 + 3`, entered context (`vm_simple`)", st.get("vm"), "execution_only"),
        ("`Value.execute()` of `context.parse(source)`", st.get("execute_parsed"), "execute_parsed"),
        ("`context.eval(source)`, `Source` built once", st.get("cold_start_source"), "eval_prebuilt_source"),
        ("`context.eval(\"pyrust\", \"2 + 3\")` (`cold_start_simple`)", st.get("cold_start"), "end_to_end"),
        ("`context.eval` of an uncached source (`uncached_simple`)", st.get("uncached"), None),
    ]:
        p = probe.get(key, {}) if key else {}
        objs = p.get("objects_per_op")
        classes = ", ".join(f"{short_class(k)} {v:g}" for k, v in sorted(p.get("objects_by_class", {}).items()))
        out.append(f"| {label_text} | {fmt_ns(row['median_ns']) if row else 'n/a'} | "
                   f"{fmt_opt(row.get('bytes_per_op')) if row else 'n/a'} | {'n/a' if objs is None or objs < 0 else f'{objs:g}'} | {classes} |")
    out.append("")
    calls = s["calls"]
    out.append("### Function-call overhead: `def add(a, b): return a + b` (median ns per operation)")
    out.append("")
    out.append("| operation | PyRust | GraalPy | CPython 3.11 |")
    out.append("|---|---:|---:|---:|")
    cp = calls.get("cpython", {})
    out.append(f"| Java calls `add.execute(1, 2)` (CPython: `add(1, 2)` in a Python loop) | {fmt_ns(calls['call_from_java']['pyrust'])} | "
               f"{fmt_ns(calls['call_from_java']['python'])} | {fmt_ns(cp.get('call_from_python'))} |")
    out.append(f"| run the program `add(1, 2)` | {fmt_ns(calls['call_from_guest']['pyrust'])} | {fmt_ns(calls['call_from_guest']['python'])} | "
               f"{fmt_ns(cp.get('call_from_guest'))} |")
    out.append(f"| run the program `1 + 2` (baseline) | {fmt_ns(calls['call_baseline']['pyrust'])} | {fmt_ns(calls['call_baseline']['python'])} | "
               f"{fmt_ns(cp.get('call_baseline'))} |")
    out.append("")
    aw = s.get("alloc_workloads")
    if aw:
        out.append("### Objects allocated per warm run of each workload (PyRust, heap histogram, classes with at least 1,000)")
        out.append("")
        out.append("| workload | objects per run, by class |")
        out.append("|---|---|")
        for entry in aw:
            classes = entry.get("objects_per_run_by_class")
            text = ", ".join(f"{short_class(k)} {v:,}" for k, v in classes.items()) if classes else entry.get("error", "none")
            out.append(f"| {WORKLOAD_LABELS.get(entry['workload'], entry['workload'])} | {text or 'none'} |")
        out.append("")
    sp = s.get("subprocess")
    if sp:
        out.append(f"### Whole process: `print(2 + 3)`, wall time over {sp['runs']} interleaved runs")
        out.append("")
        out.append("| command | median | best | p90 |")
        out.append("|---|---:|---:|---:|")
        for name, c in sp["commands"].items():
            argv = " ".join(c["argv"][:-1]) + " '" + c["argv"][-1] + "'"
            out.append(f"| `{argv}` | {c['median_ms']:.1f} ms | {c['best_ms']:.1f} ms | {c['p90_ms']:.1f} ms |")
        out.append("")
        out.append(f"pyrust / python3: {sp['pyrust_over_python3']:.1f}x the wall time; pyrust / python3 -S: {sp['pyrust_over_python3_S']:.1f}x.")
        out.append("")
    return "\n".join(out)


def console_table(s):
    lines = [f"{'workload':28s} {'PyRust':>10s} {'GraalPy':>10s} {'CPython':>10s} {'Java':>10s} {'vs CPython':>10s} {'vs GraalPy':>10s} "
             f"{'seed e2e':>9s} {'Java/CPy':>9s}"]
    for r in s["workloads"]:
        lines.append(f"{r['label']:28s} {fmt_ns(r['pyrust_ns']):>10s} {fmt_ns(r['graalpy_ns']):>10s} {fmt_ns(r['cpython_ns']):>10s} {fmt_ns(r['java_ns']):>10s} "
                     f"{fmt_ratio(r['strict_speedup_vs_cpython']):>10s} {fmt_ratio(r['speedup_vs_graalpy']):>10s} {fmt_ratio(r['seed_speedup_vs_cpython']):>9s} "
                     f"{fmt_ratio(r['java_speedup_vs_cpython']):>9s}")
    g = s["geomean"]
    lines.append(f"{'geometric mean':28s} {'':10s} {'':10s} {'':10s} {'':10s} {fmt_ratio(g['strict']):>10s} {fmt_ratio(g['vs_graalpy']):>10s} "
                 f"{fmt_ratio(g['seed']):>9s} {fmt_ratio(g['java_vs_cpython']):>9s}")
    return lines


def chart(s, path):
    groups = []
    for r in s["workloads"]:
        groups.append((r["label"], [("PyRust", r["pyrust_ns"]), ("GraalPy", r["graalpy_ns"]), ("CPython 3.11", r["cpython_ns"]),
                                    ("Java by hand (bound)", r["java_ns"])]))
    title = "Time per run of each workload, warm (log scale, lower is better)"
    subtitle = f"{s['env'].get('machine', '')} | {s['env'].get('date', '')} | geometric-mean speed-up vs CPython: {fmt_ratio(s['geomean']['strict'])}"
    svgchart.write_grouped_log_bars(path, title, subtitle, groups, fmt_ns, fmt_decade)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results", help="the results directory")
    parser.add_argument("--performance-md", help="PERFORMANCE.md whose figures block to replace")
    parser.add_argument("--no-enforce", action="store_true", help="exit 0 even when a gate fails (quick mode, CI)")
    args = parser.parse_args()
    s = build(args.results)
    with open(os.path.join(args.results, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(s, f, indent=2)
        f.write("\n")
    md = markdown(s)
    with open(os.path.join(args.results, "summary.md"), "w", encoding="utf-8") as f:
        f.write(md + "\n")
    chart(s, os.path.join(args.results, "workloads.svg"))
    print("")
    print("== Workloads: median time per run, speed-up of PyRust (strict: warm vs CPython precompiled; seed: end to end) ==")
    for line in console_table(s):
        print(line)
    print("")
    print("== Gates ==")
    for line in gate_lines(s):
        print(line)
    if args.performance_md:
        replace_block(args.performance_md, md, os.path.relpath(os.path.join(args.results, "workloads.svg"), os.path.dirname(os.path.abspath(args.performance_md))))
    failed = [g["id"] for g in s["gates"] if g["status"] == "FAIL"]
    unjudged = [g["id"] for g in s["gates"] if g["status"] == "N/A"]
    if s["harness_errors"]:
        print("missing figures (suites not run?): " + "; ".join(s["harness_errors"]))
    if failed:
        print(f"RESULT: FAIL ({', '.join(failed)})" + (" - not enforced in this mode (exit status 0)" if args.no_enforce else ""))
        if not args.no_enforce:
            sys.exit(1)
    elif unjudged:
        print(f"RESULT: INCOMPLETE (no figures for {', '.join(unjudged)}); every judged gate passes")
    else:
        print("RESULT: PASS")


BEGIN = "<!-- figures:begin (generated by scripts/compare_pure_execution.sh; do not edit by hand) -->"
END = "<!-- figures:end -->"


def replace_block(path, md, chart_path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if BEGIN not in text or END not in text:
        print(f"report: {path} has no figures markers; not updated", file=sys.stderr)
        return
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    block = f"{BEGIN}\n\n![PyRust vs GraalPy vs CPython per workload]({chart_path})\n\n{md}\n{END}"
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + block + tail)
    print(f"report: updated the figures of {path}")


if __name__ == "__main__":
    main()
