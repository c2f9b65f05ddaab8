#!/usr/bin/env bash
# End to end on Spark: extracts JSON Lines files with PySpark in local mode
# (scripts/spark/extract.py: `RDD.pipe` of `crosscheck extract --tagged`
# over shards), loads the records with `crosscheck ingest --extracted`, and
# checks that the store equals a direct `crosscheck ingest` of the same
# files: same articles, speakers, quotes, claims, stories and flags (row ids
# aside; compared with examples/store_snapshot). Needs Java 17 and PySpark
# (set PYTHON to an interpreter that has it, e.g. .venv/bin/python3); says
# so and fails when either is missing.
#   scripts/spark/check.sh [BIN] [FILE.jsonl…]
# BIN defaults to target/release/crosscheck, the files to the demo corpus's
# wires.jsonl. The snapshot tool is target/release/examples/store_snapshot
# (cargo build --release --example store_snapshot).
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-target/release/crosscheck}
shift || true
INPUTS=("$@")
[[ ${#INPUTS[@]} -gt 0 ]] || INPUTS=(corpus/wires.jsonl)
PYTHON=${PYTHON:-python3}
SNAPSHOT=${SNAPSHOT:-$(dirname "$BIN")/examples/store_snapshot}
command -v java >/dev/null || { echo "java not found: apt-get install default-jre-headless" >&2; exit 1; }
"$PYTHON" -c 'import pyspark' 2>/dev/null || { echo "PySpark not found for $PYTHON: pip install pyspark (or set PYTHON)" >&2; exit 1; }
[[ -x $BIN ]] || { echo "$BIN: no crosscheck binary (cargo build --release)" >&2; exit 1; }
[[ -x $SNAPSHOT ]] || { echo "$SNAPSHOT: no snapshot tool (cargo build --release --example store_snapshot)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CROSSCHECK_DB="$work/unused.db"

started=$(date +%s)
"$PYTHON" scripts/spark/extract.py --bin "$BIN" --shards 4 --master 'local[2]' \
  --out "$work/spark" "${INPUTS[@]}" 2>"$work/spark.log" || { cat "$work/spark.log" >&2; exit 1; }
records=$(cat "$work"/spark/part-* | wc -l)
echo "Spark map step: $records records in $(ls "$work"/spark/part-* | wc -l) shards ($(( $(date +%s) - started ))s)"

# The map step gives, record for record, what a direct extract gives.
"$BIN" extract "${INPUTS[@]}" | sort >"$work/direct.jsonl"
cat "$work"/spark/part-* | sort >"$work/spark.jsonl"
if ! cmp -s "$work/direct.jsonl" "$work/spark.jsonl"; then
  echo "Spark and direct extraction differ:" >&2
  diff "$work/direct.jsonl" "$work/spark.jsonl" | head -20 >&2
  exit 1
fi

# The store loaded from Spark's records equals a direct ingest's.
"$BIN" --db "$work/spark.db" ingest --no-semantic --extracted "$work/spark" 2>"$work/load.log" \
  || { cat "$work/load.log" >&2; exit 1; }
"$BIN" --db "$work/direct.db" ingest --no-semantic "${INPUTS[@]}" 2>"$work/ingest.log" \
  || { cat "$work/ingest.log" >&2; exit 1; }
"$SNAPSHOT" "$work/spark.db" >"$work/spark.snapshot"
"$SNAPSHOT" "$work/direct.db" >"$work/direct.snapshot"
if ! cmp -s "$work/direct.snapshot" "$work/spark.snapshot"; then
  echo "the store loaded from Spark's records differs from a direct ingest:" >&2
  diff "$work/direct.snapshot" "$work/spark.snapshot" | head -20 >&2
  exit 1
fi
count() { awk -v s="## $1" '$0 == s {on = 1; next} /^## / {on = 0} on' "$work/direct.snapshot" | wc -l; }
for section in articles quotes claims stories flags; do
  [[ $(count $section) -gt 0 ]] || { echo "no $section in the comparison: use a corpus with disputed stories" >&2; exit 1; }
done
echo "Spark → ingest --extracted equals a direct ingest: $(count articles) articles, $(count quotes) quotes, $(count claims) claims, $(count stories) stories, $(count flags) flags"
