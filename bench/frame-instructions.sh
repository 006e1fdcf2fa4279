#!/usr/bin/env bash
# Instructions per frame (callgrind), without start-up or loading: `render --frames 51` minus
# `render --frames 1`, divided by 50. Stable where wall time is not.
# STEP=jk: a key is pressed before each frame (j, k, j, ...), so each frame follows a change of
# selection as a user's does, instead of redrawing an unchanged state (which memoised regions
# make nearly free). Both are worth knowing; the target is quoted for both.
#   bench/frame-instructions.sh [DATA_DIR] [PANEL] [WIDTHxHEIGHT] [RENDER OPTIONS...]
#   default: data overview 200x60; e.g. `bench/frame-instructions.sh data district 300x80 --district pudong`
# Set CITYDASH_BIN to measure a binary already built instead.
source "$(dirname "$0")/common.sh"
[ -n "${CITYDASH_BIN:-}" ] && BIN=$CITYDASH_BIN || build_release
data=${1:-$ROOT/data}
panel=${2:-overview}
size=${3:-200x60}
shift $(( $# < 3 ? $# : 3 ))
extra=("$@")
copy=$(mktemp /tmp/citydash-callgrind-XXXX)
cp "$BIN" "$copy" && chmod +x "$copy" && strip --strip-debug "$copy"  # valgrind 3.19 cannot read DWARF 5
trap 'rm -f "$copy"' EXIT
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$copy" render --width "${size%x*}" \
        --height "${size#*x}" --panel "$panel" --data "$data" "${extra[@]}" --frames "$1" ${STEP:+--step-keys "$STEP"} 2>&1 >/dev/null \
        | awk '/refs:/ { gsub(",", "", $4); print $4 }'
}
one=$(count 1) && many=$(count 51)
echo "$panel $size $(basename "$data")${extra[*]:+ ${extra[*]}}${STEP:+ after a key ($STEP)}: $(( (many - one) / 50 )) instructions per frame"
