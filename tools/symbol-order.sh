#!/usr/bin/env bash
# Regenerates tools/citydash.order, the list of functions a running dashboard executes, which the
# release link (Package.swift, citydash's linkerSettings) hands to lld as --symbol-ordering-file:
# those functions are laid out together at the start of the text, so the pages a booth process
# keeps resident hold code it runs instead of 64 KB fault-around windows of code it never calls.
#
# The profile is one callgrind run of the interactive dashboard at 200x60 in tmux (first frame,
# Tab through every panel, the help overlay, quit) and one of `render --width 160 --height 48`;
# the functions of the citydash binary that ran, dashboard first, in the order callgrind lists them.
# A stale list is harmless: names that no longer exist are skipped (--no-warn-symbol-ordering),
# and functions missing from it are laid out after the listed ones, as without the list.
#
#   tools/symbol-order.sh                 build the install build (static release), profile it
#   CITYDASH=PATH CITYDASH_MAP=MAP tools/symbol-order.sh
#                                         profile that binary, linked with -Xlinker -Map=MAP
# Functions that sit in a large section shared with others (the Swift standard library, the
# regex and Foundation archives are compiled without -function-sections) go last: ordering one
# of them moves the whole section, which would split the packed functions. A name defined more
# than once (local helpers such as objectdestroyTm, one per object file) moves every copy, and the
# profile does not say which one ran: it is packed when all its copies are small together
# (< 16 KB), left out otherwise.
# Needs valgrind and tmux. Takes about a minute (callgrind runs the dashboard ~50x slower).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/tools/citydash.order"
SCRATCH="${SCRATCH:-/tmp/citydash-symbol-order-build}"
work=$(mktemp -d /tmp/citydash-symbol-order.XXXXXX)
if [ -n "${CITYDASH:-}" ]; then
    BIN=$CITYDASH
    MAP=${CITYDASH_MAP:?CITYDASH_MAP: the link map of CITYDASH (-Xlinker -Map=FILE -Xlinker --no-demangle)}
else
    MAP="$SCRATCH/citydash.map"
    (cd "$ROOT" && swift build -c release --product citydash --static-swift-stdlib --scratch-path "$SCRATCH" \
        -Xlinker "-Map=$MAP" -Xlinker --no-demangle >&2)
    BIN="$SCRATCH/release/citydash"
fi
session="citydash-order-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
# valgrind cannot read the DWARF 5 debug info Swift writes; the symbols are all it needs.
strip --strip-debug -o "$work/citydash" "$BIN"

# The dashboard: wait for the first frame (the tab bar), visit each panel, open and close help.
tmux new-session -d -s "$session" -x 200 -y 60 \
    "env TERM=xterm-256color LANG=C.UTF-8 valgrind --tool=callgrind --demangle=no \
     --callgrind-out-file=$work/dashboard.out $work/citydash --data $ROOT/data 2>$work/dashboard.err"
for _ in $(seq 120); do
    tmux capture-pane -p -t "$session" 2>/dev/null | grep -q "1 " && break
    sleep 1
done
sleep 2
for key in Tab Tab Tab Tab Tab Tab "?" Escape; do
    tmux send-keys -t "$session" "$key"; sleep 3
done
tmux send-keys -t "$session" q
for _ in $(seq 60); do [ -s "$work/dashboard.out" ] && ! tmux has-session -t "$session" 2>/dev/null && break; sleep 1; done
[ -s "$work/dashboard.out" ] || { echo "symbol-order.sh: no dashboard profile; $(cat "$work/dashboard.err")" >&2; exit 1; }

valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/render.out" \
    "$work/citydash" render --width 160 --height 48 --data "$ROOT/data" > /dev/null 2> "$work/render.err"

# callgrind names each function once as "fn=(id) name" and then by "(id)"; "ob=" sets the object.
python3 - "$MAP" "$work/citydash" "$work/dashboard.out" "$work/render.out" > "$work/order" <<'PY'
import re, sys
link_map, profiles = sys.argv[1], sys.argv[3:]
# lld's map: an input section is indented 8 spaces after the VMA LMA Size Align columns, its
# symbols 16; the sizes of the sections each name is defined in.
section_sizes, size = {}, 0
for line in open(link_map, errors="replace"):
    match = re.match(r"^\s*[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+ ( *)(\S.*)$", line)
    if not match:
        continue
    if len(match.group(2)) == 8:
        size = int(match.group(1), 16)
    elif len(match.group(2)) == 16:
        section_sizes.setdefault(match.group(3), []).append(size)
seen, packed, shared = set(), [], []
for path in profiles:
    objects, functions, current = {}, {}, None
    def named(table, text):
        match = re.match(r"\((\d+)\)(?: (.*))?$", text)
        if not match:
            return text
        if match.group(2) is not None:
            table[match.group(1)] = match.group(2)
        return table.get(match.group(1))
    for line in open(path, errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("ob="):
            current = named(objects, line[3:])
        elif line.startswith("cob="):
            named(objects, line[4:])
        elif line.startswith("cfn="):
            named(functions, line[4:])
        elif line.startswith("fn="):
            name = named(functions, line[3:])
            if (current and current.endswith("/citydash") and name and " " not in name
                    and not name.startswith(("0x", "(")) and name not in seen):
                seen.add(name)
                sizes = section_sizes.get(name, [0])
                if len(sizes) == 1:
                    (packed if sizes[0] < 65536 else shared).append(name)
                elif sum(sizes) < 16384:
                    packed.append(name)
print("\n".join(packed + shared))
PY
count=$(wc -l < "$work/order")
[ "$count" -gt 500 ] || { echo "symbol-order.sh: only $count functions profiled; not replacing $OUT" >&2; exit 1; }
cp "$work/order" "$OUT"
echo "wrote $OUT: $count functions" >&2
# SwiftPM relinks when an object file changes, not when only this list does.
echo "to link with it, remove the release binary first (rm .build/release/citydash) and build again" >&2
