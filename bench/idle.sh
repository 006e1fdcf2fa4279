#!/usr/bin/env bash
# Side by side: citydash and htop in tmux at the same size for the same time; prints the CPU
# seconds each used (utime+stime from /proc/PID/stat) and its peak resident memory (VmHWM).
#
#   bench/idle.sh [SECONDS] [WIDTHxHEIGHT]      default: 60 s at 200x60
#
# Runs four processes at once: citydash idle, citydash --kiosk (attract loop), citydash --kiosk
# paused by a key (with a long --idle), and htop; and tty-clock (`tty-clock -c -s`, a clock with
# seconds that redraws once a second) when it is installed, as the yardstick for the attract
# loop. Builds citydash in release mode first.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
size=${2:-200x60}
width=${size%x*}
height=${size#*x}

command -v htop >/dev/null || { echo "idle.sh: htop is not installed (apt-get install htop)" >&2; exit 1; }
command -v tmux >/dev/null || { echo "idle.sh: tmux is not installed (apt-get install tmux)" >&2; exit 1; }
swift build -c release --product citydash >/dev/null
bin=$(swift build -c release --show-bin-path)/citydash
data=$(pwd)/data

socket=citydash-idle-$$
tm() { tmux -L "$socket" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null || true' EXIT

start() {  # name command...
    local name=$1; shift
    tm new-session -d -s "$name" -x "$width" -y "$height" "env TERM=xterm-256color LANG=C.UTF-8 $*; sleep 3600"
}
start idle "$bin --data $data"
start kiosk "$bin --kiosk --data $data"
start paused "$bin --kiosk --idle 86400 --data $data"
start htop "htop"
names="idle kiosk paused htop"
if command -v tty-clock >/dev/null; then
    start clock "tty-clock -c -s"
    names="$names clock"
fi
sleep 2
tm send-keys -t paused j
sleep 1

pid_of() { tm list-panes -t "$1" -F '#{pane_pid}' | xargs pgrep -P | head -1; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
declare -A pid before
for name in $names; do
    pid[$name]=$(pid_of "$name")
    before[$name]=$(ticks "${pid[$name]}")
done
sleep "$seconds"
printf '%-28s %12s %10s %14s\n' "process (${width}x${height}, ${seconds}s)" "CPU seconds" "CPU %" "peak RSS (KiB)"
for name in $names; do
    used=$(( $(ticks "${pid[$name]}") - ${before[$name]} ))
    rss=$(awk '/VmHWM/ {print $2}' "/proc/${pid[$name]}/status")
    label=$name
    case $name in
        idle) label="citydash (idle)";;
        kiosk) label="citydash --kiosk (attract)";;
        paused) label="citydash --kiosk (paused)";;
        htop) label="htop (default 1.5 s refresh)";;
        clock) label="tty-clock -c -s (1 s)";;
    esac
    awk -v l="$label" -v u="$used" -v hz="$hz" -v s="$seconds" -v r="$rss" \
        'BEGIN { printf "%-28s %12.2f %9.3f%% %14d\n", l, u / hz, 100 * u / hz / s, r }'
done
