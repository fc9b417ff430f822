#!/usr/bin/env python3
"""CPython pure execution of the benchmark programs, timed with timeit (AC6's baseline).

Runs the same .py files as the JMH workloads (benchmarks/src/main/resources/workloads/) and the micro
programs of the JMH suites, each two ways:

  precompiled   exec(code, g) of a code object compiled once: pure execution, the strict definition;
  from_source   exec(compile(text, name, "exec"), g): compile and run the text every time, the seed's
                definition ("compile-and-eval of the same text").

g is one globals dict per program, reused across runs, as PyRust's and GraalPy's contexts keep their
globals between runs (the programs rebind every name they use). Each figure is per run of the whole
program: timeit picks `number` so that a repeat lasts at least --min-time seconds, and the script
reports the median and the best of --repeat repeats. Output: one JSON document (--out, else stdout).

Usage: cpython_bench.py [--quick] [--out FILE] [--workloads DIR]
"""
import argparse
import json
import os
import platform
import statistics
import sys
import sysconfig
import time
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WORKLOADS_DIR = os.path.join(ROOT, "benchmarks", "src", "main", "resources", "workloads")
WORKLOADS = ["fib", "while_sum", "nested_loops", "closures", "string_build", "straight_line"]
# The Data layer's workloads (issue 11): timed with --only, e.g. --only list_sum,mandelbrot.
DATA_WORKLOADS = ["list_sum", "list_sort", "dict_count", "mandelbrot", "str_words", "try_except", "comprehension"]

# The micro programs of StageBenchmark / EndToEndBenchmark / CallBenchmark (Programs.java).
MICRO = {
    "simple": "2 + 3",
    "complex": "(10 + 20) * 3 // 2",  # PyRust's `/` on ints truncates; `//` gives the same 45 here
    "variables": "x = 10\ny = 20\nx + y",
}
ADD_FUNCTION = "def add(a, b): return a + b\n"


def load_expected(directory):
    expected = {}
    with open(os.path.join(directory, "expected.properties"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                key, value = line.split("=", 1)
                expected[key.strip()] = int(value)
    return expected


def time_statement(stmt, namespace, repeat, min_time):
    """Seconds per execution of stmt: (median, best) over `repeat` repeats of an autoranged number."""
    timer = timeit.Timer(stmt, globals=namespace)
    number = 1
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= min_time:
            break
        # Aim straight at min_time instead of doubling: long programs need few trials.
        number = max(number * 2, int(number * min_time / max(elapsed, 1e-9) * 1.1))
    runs = [elapsed / number] + [timer.timeit(number) / number for _ in range(repeat - 1)]
    return statistics.median(runs), min(runs), number


def figure(median, best, number, repeat):
    return {"median_us": median * 1e6, "best_us": best * 1e6, "number": number, "repeat": repeat}


def bench_program(name, text, repeat, min_time, check=None):
    code = compile(text, name + ".py", "exec")
    g = {}
    exec(code, g)
    if check is not None:
        actual = g.get("result")
        if actual != check:
            raise SystemExit(f"cpython_bench: {name} computes result = {actual}, expected {check}")
    ns = {"code": code, "text": text, "g": g, "name": name + ".py"}
    pre = time_statement("exec(code, g)", ns, repeat, min_time)
    src = time_statement("exec(compile(text, name, 'exec'), g)", ns, repeat, min_time)
    return {"precompiled": figure(*pre, repeat), "from_source": figure(*src, repeat)}


def interpreter():
    config = sysconfig.get_config_var("CONFIG_ARGS") or ""
    return {
        "executable": os.path.realpath(sys.executable),
        "implementation": sys.implementation.name,
        "version": platform.python_version(),
        "build": " ".join(platform.python_build()),
        "compiler": platform.python_compiler(),
        # Debian's package is built with PGO and LTO by its packaging rules, which CONFIG_ARGS does not show.
        "config_args": config,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="3 short repeats instead of 7 (CI)")
    parser.add_argument("--out", help="write the JSON here")
    parser.add_argument("--workloads", default=WORKLOADS_DIR)
    parser.add_argument("--only", help="comma-separated workload names")
    args = parser.parse_args()
    if sys.implementation.name != "cpython":
        raise SystemExit(f"cpython_bench: {sys.executable} is {sys.implementation.name}, not CPython")
    repeat, min_time = (3, 0.05) if args.quick else (7, 0.5)
    expected = load_expected(args.workloads)
    names = args.only.split(",") if args.only else WORKLOADS
    started = time.time()
    result = {"interpreter": interpreter(), "repeat": repeat, "min_time_s": min_time, "unit": "us per run of the program",
              "workloads": {}, "micro": {}, "calls": {}}
    for name in names:
        with open(os.path.join(args.workloads, name + ".py"), encoding="utf-8") as f:
            text = f.read()
        result["workloads"][name] = bench_program(name, text, repeat, min_time, expected[name])
        print(f"cpython_bench: {name}: {result['workloads'][name]['precompiled']['median_us']:.1f} us precompiled", file=sys.stderr)
    for name, text in MICRO.items():
        result["micro"][name] = bench_program(name, text, repeat, min_time)
    # Function-call overhead, as CallBenchmark measures it for PyRust and GraalPy.
    g = {}
    exec(ADD_FUNCTION, g)
    call_code = compile("add(1, 2)", "call.py", "exec")
    base_code = compile("1 + 2", "baseline.py", "exec")
    ns = {"g": g, "add": g["add"], "call_code": call_code, "base_code": base_code}
    result["calls"]["call_from_python"] = figure(*time_statement("add(1, 2)", ns, repeat, min_time), repeat)
    result["calls"]["call_from_guest"] = figure(*time_statement("exec(call_code, g)", ns, repeat, min_time), repeat)
    result["calls"]["call_baseline"] = figure(*time_statement("exec(base_code, g)", ns, repeat, min_time), repeat)
    result["elapsed_s"] = time.time() - started
    text = json.dumps(result, indent=2)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
