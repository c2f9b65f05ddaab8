#!/usr/bin/env bash
# Concurrency trials (issue 15), too slow for `cargo test`:
#
#   examples/concurrency_trials.sh BIN CORPUS.jsonl [TRIALS] [WORKDIR]
#
# Each trial, on a copy of CORPUS split in two halves:
#  A. ingest the first half; then ingest the second half while a reviewer
#     records verdicts on the first 20 flags in a loop and a reader lists flags
#     and quotes in a loop, until the ingest ends;
#  B. two ingests (one per half) into a new database at once.
# Every process must succeed, and each database must end with no pending
# work and with every article of its inputs. Prints one line per trial and
# a total; exits non-zero if any process failed.
set -u
BIN=${1:?crosscheck binary}
CORPUS=${2:?corpus .jsonl}
TRIALS=${3:-20}
WORK=${4:-$(mktemp -d)}
mkdir -p "$WORK"
total=$(grep -c . "$CORPUS")
half=$((total / 2))
head -n "$half" "$CORPUS" > "$WORK/first.jsonl"
tail -n +"$((half + 1))" "$CORPUS" > "$WORK/second.jsonl"
cc() { env -u CROSSCHECK_DB "$BIN" --db "$@"; }
pending() { sqlite3 "$1" "SELECT (SELECT count(*) FROM pending_articles) + (SELECT count(*) FROM pending_stories)"; }
articles() { sqlite3 "$1" "SELECT count(*) FROM articles"; }
failed_trials=0
for t in $(seq 1 "$TRIALS"); do
  A="$WORK/a-$t.db"; B="$WORK/b-$t.db"; rm -f "$A"* "$B"*
  if ! cc "$A" ingest "$WORK/first.jsonl" > /dev/null 2> "$WORK/a-$t.setup.err"; then
    echo "trial $t: the first ingest failed (see $WORK/a-$t.setup.err)"; failed_trials=$((failed_trials + 1)); continue
  fi
  flags=($(sqlite3 "$A" "SELECT id FROM flags ORDER BY id LIMIT 20"))
  if [ "${#flags[@]}" -eq 0 ]; then
    echo "trial $t: the first half made no flags to review"; failed_trials=$((failed_trials + 1)); continue
  fi
  cc "$A" ingest "$WORK/second.jsonl" > /dev/null 2> "$WORK/a-$t.ingest.err" &
  ing=$!
  reviews=0 review_fail=0 queries=0 query_fail=0 i=0
  while kill -0 "$ing" 2> /dev/null; do
    i=$((i + 1))
    verdict=confirmed; [ $((i % 2)) -eq 0 ] && verdict=dismissed
    if cc "$A" review "${flags[$((i % ${#flags[@]}))]}" --verdict "$verdict" --reviewer trials > /dev/null 2>> "$WORK/a-$t.review.err"; then
      reviews=$((reviews + 1)); else review_fail=$((review_fail + 1)); fi
    for q in flags quotes; do
      if cc "$A" "$q" --limit 20 > /dev/null 2>> "$WORK/a-$t.query.err"; then
        queries=$((queries + 1)); else query_fail=$((query_fail + 1)); fi
    done
  done
  wait "$ing"; ing_rc=$?
  a_pending=$(pending "$A"); a_articles=$(articles "$A")
  cc "$B" ingest "$WORK/first.jsonl" > /dev/null 2> "$WORK/b-$t.1.err" & p1=$!
  cc "$B" ingest "$WORK/second.jsonl" > /dev/null 2> "$WORK/b-$t.2.err" & p2=$!
  wait "$p1"; b1=$?; wait "$p2"; b2=$?
  b_pending=$(pending "$B"); b_articles=$(articles "$B")
  ok=yes
  if [ "$ing_rc" -ne 0 ] || [ "$review_fail" -ne 0 ] || [ "$query_fail" -ne 0 ] || [ "$a_pending" -ne 0 ] \
     || [ "$b1" -ne 0 ] || [ "$b2" -ne 0 ] || [ "$b_pending" -ne 0 ] || [ "$a_articles" -ne "$b_articles" ]; then
    ok=no; failed_trials=$((failed_trials + 1))
  fi
  echo "trial $t: A ingest rc=$ing_rc reviews ok=$reviews failed=$review_fail queries ok=$queries failed=$query_fail pending=$a_pending articles=$a_articles | B rc=$b1,$b2 pending=$b_pending articles=$b_articles | ok=$ok"
  rm -f "$A"* "$B"*
done
echo "$TRIALS trials, $failed_trials failed (logs in $WORK)"
[ "$failed_trials" -eq 0 ]
