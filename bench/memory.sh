#!/usr/bin/env bash
# Peak resident memory and wall time of loading each data set (`citydash validate`) and of
# loading it and drawing a 200x60 frame (`citydash render`, what the dashboard holds at start),
# on the bundled data and generated sets, with /usr/bin/time -v.
#   bench/memory.sh [SIZE...]     default sizes: 1000 10000 100000
source "$(dirname "$0")/common.sh"
build_release
sizes=("$@"); [ "${#sizes[@]}" -gt 0 ] || sizes=(1000 10000 100000)
measure() {  # label command...
    local label=$1; shift
    /usr/bin/time -v "$@" 2> /tmp/citydash-time.txt > /dev/null || true
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' /tmp/citydash-time.txt)
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' /tmp/citydash-time.txt)
    printf '%-28s max RSS %7d KB (%6.1f MB)  wall %s\n' "$label" "$rss" "$(echo "$rss / 1024" | bc -l)" "$wall"
}
report() {  # directory label
    measure "validate $2" "$BIN" validate --data "$1"
    measure "render 200x60 $2" "$BIN" render --width 200 --height 60 --data "$1"
}
report "$ROOT/data" bundled
for n in "${sizes[@]}"; do
    dir="/tmp/citydash-gen-$n"
    [ -f "$dir/metrics.yaml" ] || "$BIN" generate --metrics "$n" --seed 1 --output "$dir" --force > /dev/null
    report "$dir" "$n"
done
