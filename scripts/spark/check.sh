#!/usr/bin/env bash
# Checks that the Spark map step (scripts/spark/extract.py) gives exactly
# what a direct `crosscheck extract` gives, record for record, on a JSON
# Lines file (default: the demo corpus's wires.jsonl). Needs Java 17 and
# PySpark; says so and fails when either is missing.
#   scripts/spark/check.sh [BIN] [FILE.jsonl]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-target/release/crosscheck}
INPUT=${2:-corpus/wires.jsonl}
command -v java >/dev/null || { echo "java not found: apt-get install default-jre-headless" >&2; exit 1; }
python3 -c 'import pyspark' 2>/dev/null || { echo "PySpark not found: pip install pyspark" >&2; exit 1; }
[[ -x $BIN ]] || { echo "$BIN: no crosscheck binary (cargo build --release)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/spark/extract.py --bin "$BIN" --shards 3 --master 'local[2]' \
  --out "$work/spark" "$INPUT" 2>"$work/spark.log" || { cat "$work/spark.log" >&2; exit 1; }
"$BIN" extract "$INPUT" | sort >"$work/direct.jsonl"
cat "$work"/spark/part-* | sort >"$work/spark.jsonl"
if ! cmp -s "$work/direct.jsonl" "$work/spark.jsonl"; then
  echo "Spark and direct extraction differ:" >&2
  diff "$work/direct.jsonl" "$work/spark.jsonl" | head -20 >&2
  exit 1
fi
echo "Spark map step: $(wc -l <"$work/spark.jsonl") articles, identical to direct extract"
