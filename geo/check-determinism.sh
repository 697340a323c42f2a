#!/bin/sh
# Builds the base-map files twice into temporary directories and compares them byte for byte,
# then with the committed geo/out/. Needs the data packages: run `npm --prefix geo ci` first.
# Usage: sh geo/check-determinism.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
a=$(mktemp -d)
b=$(mktemp -d)
trap 'rm -rf "$a" "$b"' EXIT INT TERM

node "$here/build.mjs" --out "$a" >/dev/null
node "$here/build.mjs" --out "$b" >/dev/null
if ! diff -r "$a" "$b"; then
  echo "NOT deterministic: two builds differ" >&2
  exit 1
fi
echo "ok: two builds are byte-identical ($(ls "$a" | wc -l) files)"
for f in "$a"/*; do
  name=$(basename "$f")
  if ! cmp -s "$f" "$here/out/$name"; then
    echo "geo/out/$name differs from a fresh build: run 'node geo/build.mjs' and commit geo/out/" >&2
    exit 1
  fi
done
echo "ok: the build's files in geo/out/ equal a fresh build"
