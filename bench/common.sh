# Shared settings of the bench/ scripts: where to build and the release binary.
# SCRATCH (default /tmp/citydash-bench-build) keeps these builds away from the checkout's .build.
# STATIC=1 links the Swift runtime and Foundation statically (--static-swift-stdlib), which
# starts faster; it builds into "$SCRATCH-static".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRATCH="${SCRATCH:-/tmp/citydash-bench-build}"
STATIC_FLAGS=()
if [ "${STATIC:-0}" = 1 ]; then
    SCRATCH="$SCRATCH-static"
    STATIC_FLAGS=(--static-swift-stdlib)
fi
BIN="$SCRATCH/release/citydash"
# The start-up cache (docs/booth.md) is off unless a script asks for it: the scripts that
# subtract one run from another (first-frame.sh) must not see one run parse and the next decode.
# targets.sh and cold-start.sh measure starts as users get them, with a cache of their own.
export CITYDASH_CACHE_DIR="${CITYDASH_CACHE_DIR:-off}"
use_private_cache() {  # a fresh cache directory for this script, removed at exit
    CITYDASH_CACHE_DIR=$(mktemp -d /tmp/citydash-bench-cache-XXXX)
    export CITYDASH_CACHE_DIR
    trap 'rm -rf "$CITYDASH_CACHE_DIR"' EXIT
}

build_release() {
    (cd "$ROOT" && swift build -c release --product citydash --scratch-path "$SCRATCH" "${STATIC_FLAGS[@]}" >&2)
}

median() {
    # median of the numbers on stdin, one per line
    sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
