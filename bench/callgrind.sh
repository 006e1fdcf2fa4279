#!/usr/bin/env bash
# Instruction counts (stable here, unlike time) of one citydash command under callgrind:
#   bench/callgrind.sh validate --data /tmp/citydash-gen-10000
#   bench/callgrind.sh render --width 200 --height 60 --data /tmp/citydash-gen-100000
# valgrind 3.19 cannot read the DWARF 5 debug info Swift writes, so a copy without debug info
# (symbols kept) is profiled. Prints the total and the top functions (inclusive).
source "$(dirname "$0")/common.sh"
build_release
copy=/tmp/citydash-callgrind-bin
cp "$BIN" "$copy" && strip --strip-debug "$copy"
out="/tmp/callgrind.citydash.$$"
valgrind --tool=callgrind --callgrind-out-file="$out" "$copy" "$@" > /dev/null 2> /tmp/callgrind-stderr.txt
grep -E "refs" /tmp/callgrind-stderr.txt
callgrind_annotate --inclusive=yes "$out" 2> /dev/null | sed -n '/file:function/,$p' | head -45 | cut -c1-200
echo "full profile: $out (callgrind_annotate --inclusive=yes $out)"
