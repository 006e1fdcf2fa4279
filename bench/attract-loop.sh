#!/usr/bin/env bash
# The attract loop against tty-clock (issue 11's target: at most 2x tty-clock's CPU over the same
# 60 s at the same size), measured as a pair: `citydash --kiosk` and `tty-clock -c -s` (a clock
# with seconds, redrawn once a second) side by side in tmux at the same size for the same time.
#
#   bench/attract-loop.sh [SECONDS] [WIDTHxHEIGHT ...]     default: 60 s at 120x36 and 200x60
#
# Two numbers for each program and size:
#   - instructions in SECONDS (callgrind, which counts the same under load): both run under
#     `valgrind --tool=callgrind`; WARMUP seconds (default 12: the loop is on its second story
#     page) after the loop's first frame the counters are zeroed (`callgrind_control -z PID`), SECONDS later dumped
#     (`callgrind_control -d PID`). citydash is a release build with debug info stripped
#     (valgrind cannot read Swift's DWARF 5).
#   - CPU seconds (utime+stime from /proc/PID/stat) over SECONDS, run natively, after the same
#     warm-up. tty-clock's are one or two 10 ms clock ticks, too coarse to compare: the
#     instructions are the comparison.
# CITYDASH=PATH measures that binary instead of building (a release build, any debug info is
# stripped into a copy). Profiles are left in /tmp/attract-loop.*.callgrind.* for
# `callgrind_annotate --inclusive=yes FILE`.
source "$(dirname "$0")/common.sh"
seconds=${1:-60}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(120x36 200x60)
warmup=${WARMUP:-12}

for tool in tmux valgrind callgrind_control tty-clock; do
    command -v "$tool" >/dev/null || { echo "attract-loop.sh: $tool is not installed" >&2; exit 1; }
done
if [ -n "${CITYDASH:-}" ]; then BIN=$CITYDASH; else build_release; fi
copy=/tmp/attract-loop-citydash
cp "$BIN" "$copy" && strip --strip-debug "$copy"
data="$ROOT/data"

socket=citydash-attract-$$
tm() { tmux -L "$socket" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null || true' EXIT
start() {  # name width height command...
    local name=$1 width=$2 height=$3; shift 3
    tm new-session -d -s "$name" -x "$width" -y "$height" "env TERM=xterm-256color LANG=C.UTF-8 $*; sleep 3600"
}
pid_of() { tm list-panes -t "$1" -F '#{pane_pid}' | xargs pgrep -P | head -1; }
# The loop's pages follow its own clock from its first frame, which comes a few seconds later
# under callgrind than natively: the warm-up counts from the first frame (the status line's
# page counter, " 1/13 "), so both phases and every run measure the same stretch of the playlist.
await_loop() { until tm capture-pane -p -t kiosk 2>/dev/null | grep -q ' 1/[0-9]* '; do sleep 0.1; done; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)

printf '%-9s %-22s %16s %12s %8s\n' size program "instr/${seconds}s" "CPU seconds" "CPU %"
for size in "${sizes[@]}"; do
    width=${size%x*} height=${size#*x}
    declare -A instr cpu
    # 1. Instructions, both under callgrind at once.
    out=/tmp/attract-loop.$size
    rm -f "$out".*.callgrind*
    start kiosk "$width" "$height" valgrind --tool=callgrind --callgrind-out-file="$out.kiosk.callgrind" \
        "$copy" --kiosk --data "$data"
    start clock "$width" "$height" valgrind --tool=callgrind --callgrind-out-file="$out.clock.callgrind" \
        tty-clock -c -s
    await_loop
    sleep "$warmup"
    for name in kiosk clock; do callgrind_control -z "$(pid_of $name)" >/dev/null 2>&1; done
    sleep "$seconds"
    for name in kiosk clock; do
        callgrind_control -d "$(pid_of $name)" >/dev/null 2>&1
        dump=$(ls -t "$out.$name.callgrind".* | head -1)
        instr[$name]=$(awk '/^summary:|^totals:/ { print $2; exit }' "$dump")
    done
    tm kill-server 2>/dev/null || true
    sleep 1
    # 2. CPU seconds, both natively at once.
    start kiosk "$width" "$height" "$BIN" --kiosk --data "$data"
    start clock "$width" "$height" tty-clock -c -s
    await_loop
    sleep "$warmup"
    declare -A pid before
    for name in kiosk clock; do pid[$name]=$(pid_of $name); before[$name]=$(ticks "${pid[$name]}"); done
    sleep "$seconds"
    for name in kiosk clock; do cpu[$name]=$(( $(ticks "${pid[$name]}") - ${before[$name]} )); done
    tm kill-server 2>/dev/null || true
    for name in kiosk clock; do
        label=$([ $name = kiosk ] && echo "citydash --kiosk" || echo "tty-clock -c -s")
        awk -v s="$size" -v l="$label" -v i="${instr[$name]}" -v u="${cpu[$name]}" -v hz="$hz" -v t="$seconds" \
            'BEGIN { printf "%-9s %-22s %15.1fM %12.2f %7.3f%%\n", s, l, i / 1e6, u / hz, 100 * u / hz / t }'
    done
    awk -v a="${instr[kiosk]}" -v b="${instr[clock]}" -v s="$size" \
        'BEGIN { printf "%-9s %-22s %15.2fx\n", s, "ratio (instructions)", a / b }'
done
