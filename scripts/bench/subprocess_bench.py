#!/usr/bin/env python3
"""The subprocess baseline: whole-process wall time of `pyrust -c 'print(2 + 3)'` against
`python3 -c 'print(2 + 3)'` and `python3 -S -c 'print(2 + 3)'`.

Each round runs every command once, in a shuffled order (interleaved, so that a noisy neighbour hurts
all of them alike); after --warmup untimed rounds, --runs timed rounds. Each command's stdout must be
"5\\n". Reports the median, best, p90 and mean of the wall times in milliseconds as JSON.

Usage: subprocess_bench.py --pyrust scripts/pyrust --python /usr/bin/python3 [--runs N] [--out FILE]
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time

PROGRAM = "print(2 + 3)"


def run_once(argv, env):
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or done.stdout != b"5\n":
        raise SystemExit(f"subprocess_bench: {' '.join(argv)} exited {done.returncode} with stdout {done.stdout!r}, "
                         f"stderr {done.stderr.decode(errors='replace')[:2000]!r}")
    if b"fallback" in done.stderr.lower():
        raise SystemExit(f"subprocess_bench: {' '.join(argv)} runs on the Truffle fallback runtime: {done.stderr!r}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pyrust", required=True, help="the pyrust launcher script")
    parser.add_argument("--python", required=True, help="the CPython binary")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--out")
    args = parser.parse_args()
    env = dict(os.environ, PYRUST_NO_BUILD="1")
    commands = {
        "pyrust": [args.pyrust, "-c", PROGRAM],
        "python3": [args.python, "-c", PROGRAM],
        "python3 -S": [args.python, "-S", "-c", PROGRAM],
    }
    times = {name: [] for name in commands}
    rng = random.Random(42)
    for round_index in range(args.warmup + args.runs):
        order = list(commands)
        rng.shuffle(order)
        for name in order:
            elapsed = run_once(commands[name], env)
            if round_index >= args.warmup:
                times[name].append(elapsed * 1000)
    result = {"program": PROGRAM, "runs": args.runs, "warmup": args.warmup, "unit": "ms", "commands": {}}
    for name, samples in times.items():
        samples.sort()
        result["commands"][name] = {
            "argv": commands[name],
            "median_ms": statistics.median(samples),
            "best_ms": samples[0],
            "p90_ms": samples[min(len(samples) - 1, int(0.9 * len(samples)))],
            "mean_ms": statistics.fmean(samples),
            "samples_ms": samples,
        }
    py = result["commands"]["python3"]["median_ms"]
    result["pyrust_over_python3"] = result["commands"]["pyrust"]["median_ms"] / py
    result["pyrust_over_python3_S"] = result["commands"]["pyrust"]["median_ms"] / result["commands"]["python3 -S"]["median_ms"]
    text = json.dumps(result, indent=2)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        print(text)
    for name, c in result["commands"].items():
        print(f"subprocess_bench: {name:12s} median {c['median_ms']:8.1f} ms  best {c['best_ms']:8.1f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
