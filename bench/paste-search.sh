#!/bin/bash
# Times a 100 KB paste into the search box of a running dashboard: starts BINARY (default
# .build/release/citydash) in a private tmux server at 120x40, presses /, pastes 100,000 bytes
# (ASCII "digital..." or, with ZH=1, mixed Chinese and Latin) and a following Escape, and
# reports when the Escape has been handled, i.e. the whole paste was processed.
set -u
binary=${1:-.build/release/citydash}
data=${2:-data}
file=$(mktemp)
socket=citydash-paste-$$
trap 'tmux -L $socket kill-server 2>/dev/null; rm -f "$file" "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"' EXIT
if [ "${ZH:-0}" = 1 ]; then
    python3 -c "import sys; b=('上海5g数字化Digital'*20000).encode()[:100000]; sys.stdout.buffer.write(b.decode('utf-8','ignore').encode())" > "$file"
else
    python3 -c "import sys; sys.stdout.write(('digital'*20000)[:100000])" > "$file"
fi
tmux -L $socket -f /dev/null new-session -d -x 120 -y 40 "env LANG=C.UTF-8 TERM=xterm-256color $binary --data $data; sleep 60"
for _ in $(seq 1 200); do tmux -L $socket capture-pane -p | grep -q citydash && break; sleep 0.1; done
tmux -L $socket send-keys /
for _ in $(seq 1 200); do tmux -L $socket capture-pane -p | grep -q "搜索: /" && break; sleep 0.05; done
tmux -L $socket load-buffer "$file"
start=$(date +%s.%N)
tmux -L $socket paste-buffer
tmux -L $socket send-keys Escape
for _ in $(seq 1 3000); do tmux -L $socket capture-pane -p | tail -1 | grep -q "搜索[(:]" || break; sleep 0.02; done
end=$(date +%s.%N)
echo "$(wc -c < "$file") bytes pasted and the Escape after them handled in $(echo "$end - $start" | bc) s"
