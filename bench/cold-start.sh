#!/usr/bin/env bash
# Cold start of `citydash render --width 160 --height 48` on the bundled data, release build
# (STATIC=1: with the Swift runtime linked statically, see common.sh).
# Uses hyperfine when installed (apt-get install -y hyperfine), else a loop of RUNS runs timed
# with `date +%s%N`. Prints the median in milliseconds.
source "$(dirname "$0")/common.sh"
use_private_cache  # starts as users get them: the data's snapshot decoded, not parsed
RUNS="${RUNS:-50}"
build_release
cmd=("$BIN" render --width 160 --height 48 --data "$ROOT/data")
"${cmd[@]}" > /dev/null
if command -v hyperfine > /dev/null; then
    hyperfine --warmup 5 --runs "$RUNS" --export-json /tmp/citydash-cold-start.json -N "${cmd[*]}" >&2
    python3 -c 'import json; r = json.load(open("/tmp/citydash-cold-start.json"))["results"][0]; print("median %.2f ms (mean %.2f, min %.2f, max %.2f, %d runs)" % (r["median"]*1e3, r["mean"]*1e3, r["min"]*1e3, r["max"]*1e3, len(r["times"])))'
else
    for _ in $(seq "$RUNS"); do
        start=$(date +%s%N); "${cmd[@]}" > /dev/null; end=$(date +%s%N)
        echo $(( (end - start) / 1000 ))
    done | median | awk '{ printf "median %.2f ms ('"$RUNS"' runs)\n", $1 / 1000 }'
fi
