#!/bin/sh
# citydash booth display in a detached tmux session, for a desktop terminal (a graphical
# terminal draws Chinese; the Linux text console cannot).
#
#   citydash-kiosk-tmux.sh [start]   start the session if it is not running (idempotent)
#   citydash-kiosk-tmux.sh attach    start if needed, then show it in this terminal
#   citydash-kiosk-tmux.sh status    exit 0 and print the pid when running, else exit 1
#   citydash-kiosk-tmux.sh stop      end the session (and the kiosk) for good
#
# Inside the session `citydash --kiosk` is restarted 2 s after it exits, unless staff ended
# it on purpose: the unlock sequence (status 0) or kill -USR1 (status 138). A crash, a
# stray kill -TERM or bad data at start-up (status 65) restart it; each restart re-reads the
# settings, so kill -TERM is also how kiosk.yaml changes are applied.
#
# Settings (read at every start, later ones win): /etc/default/citydash, then
# ${XDG_CONFIG_HOME:-~/.config}/citydash/kiosk.env, shell syntax:
#   CITYDASH_UNLOCK=staff42
#   CITYDASH_DATA=/srv/citydash/data
#   CITYDASH_OPTS="--rotate 20 --idle 60 --margin 1,2,1,2"
# and in the environment of this script: CITYDASH (the binary, default: citydash on PATH),
# CITYDASH_TMUX_SOCKET (default citydash), CITYDASH_TMUX_SESSION (default kiosk).
set -u

socket=${CITYDASH_TMUX_SOCKET:-citydash}
session=${CITYDASH_TMUX_SESSION:-kiosk}
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")

# A private tmux server (-L) with no user configuration (-f /dev/null), in UTF-8 mode (-u).
t() { tmux -u -L "$socket" -f /dev/null "$@"; }

running() { t has-session -t "=$session" 2>/dev/null; }

load_settings() {
    for file in /etc/default/citydash "${XDG_CONFIG_HOME:-$HOME/.config}/citydash/kiosk.env"; do
        if [ -r "$file" ]; then
            set -a
            # shellcheck disable=SC1090
            . "$file"
            set +a
        fi
    done
}

# The loop that runs inside the tmux pane.
run_loop() {
    # Ctrl-C, Ctrl-\ or Ctrl-Z typed during the 2 s between runs must not end the loop
    # (citydash itself ignores them in kiosk mode). Hang-up (stop) still ends it.
    trap '' INT QUIT TSTP
    while :; do
        load_settings
        case "${LANG:-}${LC_ALL:-}" in
            *UTF-8* | *utf8* | *UTF8* | *utf-8*) ;;
            *) export LANG=C.UTF-8 ;;
        esac
        # A crash must never wait at an interactive backtrace prompt on the booth screen.
        export SWIFT_BACKTRACE=interactive=no
        # shellcheck disable=SC2086  # CITYDASH_OPTS is meant to be split into words
        "${CITYDASH:-citydash}" --kiosk ${CITYDASH_OPTS:-}
        status=$?
        case $status in
            0) echo "citydash: unlocked by staff; the kiosk stays stopped."; break ;;
            138) echo "citydash: stopped with SIGUSR1; the kiosk stays stopped."; break ;;
        esac
        echo "citydash exited with status $status; restarting in 2 s (stop: $self stop)"
        sleep 2
    done
}

start() {
    command -v tmux >/dev/null 2>&1 || { echo "citydash-kiosk-tmux: tmux is not installed" >&2; exit 1; }
    if running; then
        echo "citydash kiosk already running (tmux -L $socket attach -t $session)"
        return 0
    fi
    # -d: detached. Started twice at once, the second new-session fails with "duplicate
    # session": that still means the kiosk runs.
    if ! t new-session -d -s "$session" -x 120 -y 36 "exec /bin/sh '$self' run" 2>/dev/null; then
        running || { echo "citydash-kiosk-tmux: cannot start the tmux session" >&2; exit 1; }
    fi
    # A kiosk: no tmux status line, and no prefix key or bindings a visitor could use to
    # detach, open a shell or kill the pane. The size follows the terminal attached last.
    t set-option -g status off
    t set-option -g prefix None
    t set-option -g prefix2 None
    t set-option -g mouse off
    t set-option -g window-size latest
    t set-option -g destroy-unattached off
    t unbind-key -a -T prefix
    t unbind-key -a -T root
    t unbind-key -a -T copy-mode
    t unbind-key -a -T copy-mode-vi
    echo "citydash kiosk started (tmux -L $socket attach -t $session)"
}

case "${1:-start}" in
    start) start ;;
    attach)
        start >/dev/null
        exec tmux -u -L "$socket" -f /dev/null attach-session -t "=$session"
        ;;
    status)
        if running; then
            t list-panes -t "=$session" -F 'citydash kiosk running (pane pid #{pane_pid})'
        else
            echo "citydash kiosk not running"
            exit 1
        fi
        ;;
    stop)
        if running; then t kill-session -t "=$session"; fi
        echo "citydash kiosk stopped"
        ;;
    run) run_loop ;;
    *)
        echo "usage: $0 [start|attach|status|stop]" >&2
        exit 64
        ;;
esac
