#!/usr/bin/env bash
# Instructions (callgrind) of the first frame of a one-shot `render`: `render --width 200
# --height 60 --panel PANEL` minus `render --width 20 --height 5`, which loads the same data but
# draws only the too-small notice. Start-up and loading cancel out; what is left is the first
# frame with its one-time costs (static tables, type metadata) and turning it into text.
#   bench/first-frame.sh [DATA_DIR] [PANEL] [WIDTHxHEIGHT]   default: data overview 200x60
# Set CITYDASH_BIN to measure a binary already built (stripped of debug info) instead.
source "$(dirname "$0")/common.sh"
data=${1:-$ROOT/data}
panel=${2:-overview}
size=${3:-200x60}
copy=$(mktemp /tmp/citydash-callgrind-XXXX)
if [ -n "${CITYDASH_BIN:-}" ]; then cp "$CITYDASH_BIN" "$copy"; else build_release && cp "$BIN" "$copy"; fi
chmod +x "$copy" && strip --strip-debug "$copy"  # valgrind 3.19 cannot read DWARF 5
trap 'rm -f "$copy"' EXIT
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$copy" render "$@" --data "$data" 2>&1 >/dev/null \
        | awk '/refs:/ { gsub(",", "", $4); print $4 }'
}
small=$(count --width 20 --height 5) && big=$(count --width "${size%x*}" --height "${size#*x}" --panel "$panel")
echo "$panel $size $(basename "$data"): first frame $(( big - small )) instructions ($big - $small)"
