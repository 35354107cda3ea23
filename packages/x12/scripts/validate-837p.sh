#!/usr/bin/env bash
# Validates 837P files with pyx12's x12valid (https://github.com/azoner/pyx12), kept OUTSIDE this
# repository: PYX12_HOME points at a checkout (default /work/tools/pyx12); it needs Debian's
# python3-defusedxml. Prints "FILE: OK" or "FILE: Failure" per file (with pyx12's findings for a
# failure) and exits 1 when any file fails, 2 when pyx12 cannot be run.
# Usage: scripts/validate-837p.sh FILE...
set -u

PYX12_HOME="${PYX12_HOME:-/work/tools/pyx12}"

if [ "$#" -eq 0 ]; then
  echo "usage: $0 FILE..." >&2
  exit 2
fi
if [ ! -f "$PYX12_HOME/pyx12/scripts/x12valid.py" ]; then
  echo "pyx12 not found in $PYX12_HOME (set PYX12_HOME to a checkout of https://github.com/azoner/pyx12); nothing validated" >&2
  exit 2
fi

python=""
for candidate in "${PYTHON:-}" /usr/bin/python3 python3; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import defusedxml' >/dev/null 2>&1; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then
  echo "no python3 with defusedxml found (apt-get install python3-defusedxml); nothing validated" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
for file in "$@"; do
  if [ ! -f "$file" ]; then
    echo "$file: Failure (no such file)"
    failures=$((failures + 1))
    continue
  fi
  # x12valid writes a .997 beside its input: validate a copy so the caller's directory stays clean.
  copy="$work/$(basename "$file")"
  cp "$file" "$copy"
  output="$(cd "$PYX12_HOME" && "$python" -m pyx12.scripts.x12valid "$copy" 2>&1)"
  if printf '%s\n' "$output" | grep -qF "$copy: OK"; then
    echo "$file: OK"
  else
    echo "$file: Failure"
    printf '%s\n' "$output" | grep -v -F "$copy: Failure" | sed 's/^/  /' | head -40
    failures=$((failures + 1))
  fi
  rm -f "$copy" "$copy.997"
done

echo "$(($# - failures)) OK, $failures Failure of $# file(s)"
[ "$failures" -eq 0 ]
