#!/usr/bin/env python3
"""Median (p50) of every benchmark in the text output of `(cd Benchmarks && swift package benchmark --no-progress)`
(the files given, or stdin), as Markdown tables: timings with mallocs and peak resident memory,
then the panel switches with bytes written, cells changed and bytes per changed cell.

    (cd Benchmarks && swift package benchmark --no-progress) > /tmp/bench.txt && bench/summarize.py /tmp/bench.txt
"""
import re
import sys

SCALE = {"": 1.0, "K": 1e3, "M": 1e6, "G": 1e9}
TIME = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1e3}
ROW = re.compile(r"│ (.+?)\s*│\s*([\d.]+)\s*│\s*([\d.]+)\s*│\s*([\d.]+)\s*│")


def parse(lines):
    """benchmark name → metric label → p50, with K/M scales applied and times in ms."""
    results, name = {}, None
    for line in lines:
        line = line.rstrip("\n")
        row = ROW.match(line)
        if row and name:
            label = row.group(1).replace("*", "").strip()
            value = float(row.group(4))
            unit = re.search(r"\(([^()]+)\)$", label)
            if unit and (unit.group(1) in SCALE or unit.group(1) in TIME):
                label = label[: unit.start()].strip()
                value *= TIME.get(unit.group(1), SCALE.get(unit.group(1), 1.0))
            if label.startswith("Memory"):
                value /= 1e6 if value > 1e5 else 1.0  # bytes → MB when not already scaled
            results.setdefault(name, {})[label] = value
        elif line and line[0] not in "│╒╞├╘=#" and not line.startswith(("Host", "Build", "Compiling", "[")):
            name = line.strip()
    return results


def main():
    lines = []
    for path in sys.argv[1:] or ["-"]:
        lines += sys.stdin.readlines() if path == "-" else open(path, encoding="utf-8").readlines()
    results = parse(lines)
    timings = {n: r for n, r in results.items() if "Time (wall clock)" in r}
    switches = {n: r for n, r in results.items() if "bytes written" in r}
    if timings:
        print("| benchmark | wall p50 (ms) | mallocs p50 | peak RSS p50 (MB) |")
        print("| --- | ---: | ---: | ---: |")
        for name, r in sorted(timings.items()):
            print("| %s | %.3f | %.0f | %.0f |" % (name, r["Time (wall clock)"], r.get("Malloc (total)", 0),
                                                 r.get("Memory (resident peak)", 0)))
    if switches:
        print()
        print("| panel switch | bytes written | cells changed | bytes per changed cell |")
        print("| --- | ---: | ---: | ---: |")
        for name, r in sorted(switches.items()):
            # The tool rounds large counts (11K); the ratio it was given is exact.
            ratio = r.get("bytes per 100 changed cells", 0) / 100
            print("| %s | %.0f | %.0f | %.2f |" % (name.replace("panel switch ", ""), r["bytes written"],
                                                  r.get("cells changed", 0), ratio))


if __name__ == "__main__":
    main()
