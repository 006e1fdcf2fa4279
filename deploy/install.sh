#!/usr/bin/env bash
# Installs citydash: the binary in PREFIX/bin, the data in PREFIX/share/citydash/data (where the
# installed binary looks for it), the docs in PREFIX/share/doc/citydash.
#
#   deploy/install.sh                      build a static release binary, install to /usr/local
#   deploy/install.sh --prefix /opt/city   another prefix
#   deploy/install.sh --binary PATH        install an already built binary (no build)
#
# Existing data in PREFIX/share/citydash/data is replaced; keep edited figures elsewhere and
# point CITYDASH_DATA at them (docs/booth.md).
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=/usr/local
binary=
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=${2:?--prefix needs a directory}; shift 2 ;;
        --binary) binary=${2:?--binary needs a file}; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (see --help)" >&2; exit 64 ;;
    esac
done

if [ -z "$binary" ]; then
    swift build -c release --product citydash --static-swift-stdlib
    binary=.build/release/citydash
fi
[ -x "$binary" ] || { echo "install.sh: $binary is not an executable" >&2; exit 66; }

install -d "$prefix/bin" "$prefix/share/citydash" "$prefix/share/doc/citydash"
install -m 755 "$binary" "$prefix/bin/citydash"
rm -rf "$prefix/share/citydash/data"
cp -R data "$prefix/share/citydash/data"
chmod -R u=rwX,go=rX "$prefix/share/citydash/data"
install -m 644 README.md docs/booth.md docs/data-format.md deploy/README.md "$prefix/share/doc/citydash/" 2>/dev/null \
    || install -m 644 README.md docs/booth.md docs/data-format.md "$prefix/share/doc/citydash/"
echo "installed: $prefix/bin/citydash, data in $prefix/share/citydash/data"
"$prefix/bin/citydash" validate --data "$prefix/share/citydash/data"
