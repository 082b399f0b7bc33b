#!/usr/bin/env bash
# Scores every annotated set in testdata with the project's scorer.
#
#   testdata/score.sh [--detail]
#
# The scorer is not part of this repository: set SCORER to its path, or
# keep the shared tools beside the checkout (../shared/tools/score.py).
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=${SCORER:-../shared/tools/score.py}
if [ ! -f "$scorer" ]; then
  echo "score.sh: scorer not found at $scorer (set SCORER)" >&2
  exit 2
fi
bin=$(mktemp -d)/vnie
go build -o "$bin" ./cmd/vnie
for dir in testdata/seeds testdata/dev testdata/heldout testdata/blind*; do
  set_name=$(basename "$dir")
  gold=$dir
  if [ "$set_name" = seeds ]; then
    # the seeds' annotations are NAME.expected.json; the scorer wants NAME.json
    gold=$(mktemp -d)
    for f in testdata/seeds/*.expected.json; do
      cp "$f" "$gold/$(basename "$f" .expected.json).json"
    done
  fi
  printf '%-8s ' "$set_name"
  if [ "${1:-}" = --detail ]; then
    echo; python3 "$scorer" "$gold" "$dir" "$bin" --detail
  else
    python3 "$scorer" "$gold" "$dir" "$bin" | tail -1
  fi
done
