#!/usr/bin/env python3
"""Publication day right / wrong / missing for crosscheck on the visible web
pages, against a truth table read off each page by hand
(tests/data/html_days.json: page file -> {"day": "YYYY-MM-DD" or null,
"why": where the page says it}). score_html.py counts pages dated; this
counts pages dated right.

- right: the stored day is the true day (or none stored where the page has
  no publication date);
- wrong: a day stored that is not the true one (worse than none: relative
  dates are resolved against it), including a day on a page that has none;
- missing: no day stored on a page that has one.

The day is the first ten characters of the stored `published` (the day as
the page wrote it).

usage: html_days.py RESULTS.json [TRUTH.json]
       (RESULTS.json from `score_html.py --out`)
"""
import json, os, sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    results = json.load(open(sys.argv[1]))["pages"]
    here = os.path.dirname(os.path.abspath(__file__))
    truth_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        here, "..", "..", "tests", "data", "html_days.json")
    truth = json.load(open(truth_path))
    counts = {"right": 0, "wrong": 0, "missing": 0}
    dated = {"right": 0, "wrong": 0, "missing": 0}
    for page, t in sorted(truth.items()):
        r = results.get(page)
        if r is None:
            print(f"not run: {page}")
            continue
        got = (r.get("published") or "")[:10] or None
        want = t["day"]
        if got == want:
            kind = "right"
        elif got is None:
            kind = "missing"
        else:
            kind = "wrong"
        counts[kind] += 1
        if want is not None:
            dated[kind] += 1
        if kind != "right":
            print(f"{kind:7} {page}: stored {got}, true {want} ({t['why']})")
    n = sum(counts.values())
    d = sum(dated.values())
    print(f"all {n} pages: right {counts['right']}, wrong {counts['wrong']}, missing {counts['missing']}")
    print(f"{d} dated pages: day right {dated['right']} ({100 * dated['right'] / max(d, 1):.1f}%), "
          f"wrong {dated['wrong']}, missing {dated['missing']}")
    print(f"{n - d} undated pages: a day stored on {counts['wrong'] - dated['wrong']}")


if __name__ == "__main__":
    main()
