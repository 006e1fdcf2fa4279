#!/usr/bin/env bash
# Frame costs (callgrind instructions) against the issue-11 budget: a steady-state frame of every
# panel at 200x60 and of the overview at 300x80 (bench/frame-instructions.sh; target ≤ 1 M each),
# and the first frame of a one-shot render of the overview at 200x60 (bench/first-frame.sh;
# target ≤ 3 M).
#   bench/frames.sh [DATA_DIR]      CITYDASH_BIN=PATH measures that binary instead of building
source "$(dirname "$0")/common.sh"
data=${1:-$ROOT/data}
if [ -z "${CITYDASH_BIN:-}" ]; then build_release; export CITYDASH_BIN=$BIN; fi
for panel in overview towns zones actions projects sources district; do
    "$ROOT/bench/frame-instructions.sh" "$data" "$panel" 200x60
done
"$ROOT/bench/frame-instructions.sh" "$data" overview 300x80
"$ROOT/bench/first-frame.sh" "$data" overview 200x60
"$ROOT/bench/first-frame.sh" "$data" overview 300x80
