#!/usr/bin/env bash
# The issue-11 targets, side by side in one run, on the build deploy/install.sh makes
# (`swift build -c release --static-swift-stdlib`):
#   1. cold start of `render --width 160 --height 48` vs a Swift hello-world built the same way
#      (bench/hello), in one hyperfine run; target ≤ 3×
#   2. resident memory of `render` (/usr/bin/time -v) and of the interactive dashboard at 200x60
#      (tmux, VmRSS and VmHWM from /proc), beside htop at the same size; target ≤ 12 MB
#   3. load + validate of 100,000 generated metrics vs a C program that only walks libyaml's
#      events over the same files (bench/yaml-events.c), in one hyperfine run, and peak memory;
#      targets ≤ 1.5× and ≤ 80 MB
# On a shared machine wall times wait for the CPU; the user-CPU ratios printed beside them are
# steadier, and bench/callgrind.sh gives instruction counts.
# Needs hyperfine, tmux, a C compiler and libyaml-dev; htop is optional.
#   bench/targets.sh            RUNS=30 by default; CITYDASH=PATH measures that binary instead of building
STATIC=1
source "$(dirname "$0")/common.sh"
use_private_cache  # starts as users get them: the data's snapshot decoded, not parsed
RUNS="${RUNS:-30}"
if [ -n "${CITYDASH:-}" ]; then BIN=$CITYDASH; else build_release; fi
(cd "$ROOT/bench/hello" && swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH-hello" >&2)
HELLO="$SCRATCH-hello/release/hello"
cc -O2 -o /tmp/citydash-yaml-events "$ROOT/bench/yaml-events.c" -lyaml
echo "== what the binary links (ldd)"
ldd "$BIN" | awk '{ print "   " $1 }'
# The release link of Package.swift (lld, RELR relocations, no exported symbols, tools/citydash.order):
# a binary linked without it shows another linker, a large .rela.dyn or a large .dynsym.
echo "   linker: $(readelf -p .comment "$BIN" 2>/dev/null | grep -o 'Linker: LLD [0-9.]*' || echo 'not lld')"
readelf -SW "$BIN" | sed 's/^ *\[ *[0-9]*\] //' | while read -r name _ _ _ size _; do
    case "$name" in .rela.dyn|.relr.dyn|.dynsym) echo "   $name $(( 0x$size / 1024 )) KB" ;; esac
done

echo "== 1. cold start: render --width 160 --height 48 vs hello-world, both --static-swift-stdlib"
hyperfine -N --warmup 5 --runs "$RUNS" --export-json /tmp/citydash-targets-start.json \
    "$HELLO" "$BIN render --width 160 --height 48 --data $ROOT/data" >&2
python3 - <<'PY'
import json
r = json.load(open("/tmp/citydash-targets-start.json"))["results"]
hello, render = r[0]["median"], r[1]["median"]
print("   hello %.2f ms, render %.2f ms (medians): %.2f x" % (hello * 1e3, render * 1e3, render / hello))
print("   CPU (user, mean): hello %.2f ms, render %.2f ms: %.2f x" % (r[0]["user"] * 1e3, r[1]["user"] * 1e3, r[1]["user"] / r[0]["user"]))
PY

echo "== 1b. instructions (callgrind on copies without debug info; steady under load, unlike times)"
instructions() {  # command...: the total instruction count of one run
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/refs:/ { print $NF }'
}
strip -g -o /tmp/citydash-targets-hello "$HELLO"
strip -g -o /tmp/citydash-targets-bin "$BIN"
echo "   hello-world:                          $(instructions /tmp/citydash-targets-hello)"
# The start-up cache (docs/booth.md) is keyed on the executable: the stripped copy writes its
# own snapshot on its first run, so that run is not counted.
instructions /tmp/citydash-targets-bin render --width 160 --height 48 --data "$ROOT/data" >/dev/null
echo "   render --width 160 --height 48:       $(instructions /tmp/citydash-targets-bin render --width 160 --height 48 --data "$ROOT/data")"
echo "   the same, CITYDASH_CACHE_DIR=off:     $(CITYDASH_CACHE_DIR=off instructions /tmp/citydash-targets-bin render --width 160 --height 48 --data "$ROOT/data")"
# A data directory that does not exist: the start, the command line and the data lookup, then exit 66.
echo "   render, no data (start + arguments):  $(instructions /tmp/citydash-targets-bin render --width 160 --height 48 --data /nonexistent)"
echo "   --version (ArgumentParser's path):    $(instructions /tmp/citydash-targets-bin --version)"

echo "== 2. resident memory"
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ { printf "%.1f MB", $2 / 1024 }'; }
"$BIN" render --width 200 --height 60 --data "$ROOT/data" >/dev/null  # the snapshot of this binary
echo "   render 200x60, bundled data: $(rss "$BIN" render --width 200 --height 60 --data "$ROOT/data")"
echo "   the same, CITYDASH_CACHE_DIR=off: $(CITYDASH_CACHE_DIR=off rss "$BIN" render --width 200 --height 60 --data "$ROOT/data")"
echo "   hello-world:                 $(rss "$HELLO")"
session=citydash-rss-$$
tmux kill-session -t "$session" 2>/dev/null || true
# The binary's file pages resident depend on where ASLR puts it (the kernel maps 64 KB around
# each fault, aligned to the address), so one run can differ from the next by 1 MB: 5 runs.
for run in 1 2 3 4 5; do
    tmux new-session -d -s "$session" -x 200 -y 60 "env TERM=xterm-256color LANG=C.UTF-8 $BIN --data $ROOT/data"
    sleep 3
    pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
    tmux send-keys -t "$session" Tab; sleep 0.5; tmux send-keys -t "$session" Tab; sleep 0.5
    echo "   dashboard 200x60 after two Tabs, run $run: $(awk '/VmRSS|VmHWM|RssAnon|RssFile/ { printf "%s %.1f MB  ", $1, $2 / 1024 }' /proc/"$pid"/status)"
    tmux kill-session -t "$session"
done
if command -v htop >/dev/null; then
    tmux new-session -d -s "$session" -x 200 -y 60 "env TERM=xterm-256color htop"
    sleep 3
    pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
    echo "   htop 200x60:                     $(awk '/VmRSS|VmHWM/ { printf "%s %.1f MB  ", $1, $2 / 1024 }' /proc/"$pid"/status)"
    tmux kill-session -t "$session"
fi

echo "== 3. load + validate of 100,000 metrics vs the libyaml-events-only C floor"
dir=${GENERATED:-/tmp/citydash-gen-100000}
[ -f "$dir/metrics.yaml" ] || "$BIN" generate --metrics 100000 --seed 1 --output "$dir" --force >/dev/null
files=("$dir"/*.yaml)
hyperfine -N --warmup 1 --runs "${LOAD_RUNS:-5}" --export-json /tmp/citydash-targets-load.json \
    "/tmp/citydash-yaml-events ${files[*]}" "$BIN validate --data $dir" >&2
python3 - <<'PY'
import json
r = json.load(open("/tmp/citydash-targets-load.json"))["results"]
floor, load = r[0]["median"], r[1]["median"]
print("   C events-only %.0f ms, citydash validate %.0f ms (medians): %.2f x" % (floor * 1e3, load * 1e3, load / floor))
print("   CPU (user, mean): C %.0f ms, citydash %.0f ms: %.2f x" % (r[0]["user"] * 1e3, r[1]["user"] * 1e3, r[1]["user"] / r[0]["user"]))
PY
echo "   peak memory: validate $(rss "$BIN" validate --data "$dir"), C floor $(rss /tmp/citydash-yaml-events "${files[@]}")"
# Instructions are steady where times are not; callgrind runs ~50x slower, so on 10,000 metrics
# by default (LOAD_INSTRUCTIONS_METRICS=100000 for the full set, some minutes). The copy is
# stripped of debug info, which valgrind cannot read.
count=${LOAD_INSTRUCTIONS_METRICS:-10000}
small=/tmp/citydash-gen-$count
[ -f "$small/metrics.yaml" ] || "$BIN" generate --metrics "$count" --seed 1 --output "$small" --force >/dev/null
strip -g -o /tmp/citydash-targets-stripped "$BIN"
instructions() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/refs/ { gsub(",", "", $NF); print $NF }'; }
c_ir=$(instructions /tmp/citydash-yaml-events "$small"/*.yaml)
load_ir=$(instructions /tmp/citydash-targets-stripped validate --data "$small")
awk -v c="$c_ir" -v l="$load_ir" -v n="$count" \
    'BEGIN { printf "   instructions, %d metrics: C floor %.0f M, validate %.0f M: %.2f x\n", n, c / 1e6, l / 1e6, l / c }'
