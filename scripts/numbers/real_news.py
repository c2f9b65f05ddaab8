#!/usr/bin/env python3
"""Scores crosscheck's numeric claims on real news sentences: the 350
sentences of tests/data/numbers_real.jsonl (250 from bbc_2225, 100 from
basil, drawn by real_sample.py), annotated by hand.

The repository holds only locators (article id, byte span, SHA-256 prefix)
and the expected quantities; the sentences are read from the shared corpus
($CROSSCHECK_SHARED or the SHARED argument), which is copyrighted news and
never copied here. A missing corpus or a sentence whose hash differs stops
the script with a message.

Each sentence is run alone through `crosscheck extract -` and scored as
`crosscheck eval numbers` scores the quantulum3 cases (src/eval/numbers.rs,
quantulum_claims):
- an expected quantity is matched by an unused claim overlapping its span
  whose value, a range's end or midpoint, or a year-only date's year equals
  it (an expected range: either end or the midpoint);
- value+unit also needs the unit: none expected (a bare count) takes a count,
  date, ratio or unit-less range; `/week`-style rates take any count over that
  time; otherwise the normalised unit must be equal;
- every numeric claim (and year-only date) matching nothing is a false hit;
- F1 with every value match in precision's base.
The main figure counts bare years as quantities (as the quantulum3 proxy
does); a second figure leaves years out on both sides.

What the annotation counts: numbers written with digits or number words that
state an amount (counts, money, percentages, measures, durations, ages,
ratios, ranges as one quantity) and bare years. Left out: full dates and
month-year dates, times of day, ordinals and ranks (`number one`, `third
place`), names (`BBC One`, `Six Nations`, `Bet 365`), sports scores, betting
odds and vote tallies written `24-18`, vague plurals (`millions of`), and
`one` as a pronoun or in idioms (`one of the`, `one-off`).

usage: real_news.py BIN [SHARED] [--misses] [--show]
  --misses  lists every miss and false hit with its kind
  --show    with --misses, prints the sentence too (reading only)
"""
import hashlib, json, os, subprocess, sys, collections

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
if not ARGS:
    sys.exit(__doc__)
BIN = ARGS[0]
SHARED = ARGS[1] if len(ARGS) > 1 else os.environ.get("CROSSCHECK_SHARED")
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "..", "tests", "data", "numbers_real.jsonl")
if not SHARED:
    sys.exit("real_news.py: set CROSSCHECK_SHARED (or give SHARED) to the shared data directory")
CORPORA = [os.path.join(SHARED, "corpus", c, "articles.jsonl") for c in ("bbc_2225", "basil")]
for c in CORPORA:
    if not os.path.isfile(c):
        sys.exit(f"real_news.py: shared corpus missing: {c} (set CROSSCHECK_SHARED)")

gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
want = {g["article"] for g in gold}
texts = {}
for c in CORPORA:
    for line in open(c, encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in want:
            texts[a["id"]] = a["text"].encode("utf-8")
sents = []
for i, g in enumerate(gold):
    t = texts.get(g["article"])
    if t is None:
        sys.exit(f"real_news.py: article {g['article']} not in the shared corpus")
    s = t[g["start"]:g["end"]]
    if hashlib.sha256(s).hexdigest()[:8] != g["sha"]:
        sys.exit(f"real_news.py: line {i + 1}: the sentence at {g['article']} {g['start']}..{g['end']} has changed (hash)")
    sents.append(s)

inp = "".join(json.dumps({"id": str(i), "text": s.decode("utf-8")}) + "\n" for i, s in enumerate(sents))
r = subprocess.run([BIN, "extract", "-"], input=inp, capture_output=True, text=True)
if r.returncode != 0:
    sys.exit(f"real_news.py: {BIN} extract failed: {r.stderr[-400:]}")
claims = {json.loads(l)["article_id"]: json.loads(l)["claims"] for l in r.stdout.splitlines() if l.strip()}


def is_year(c):
    return c["kind"] == "date" and c.get("granularity") in ("year", "decade")


def values(c):
    if c["kind"] == "date":
        return [float(c["value"][:4])] if is_year(c) else []
    v, h = c["value"], c.get("value_high")
    return [v] if h is None else [v, h, (v + h) / 2]


def unit_ok(q, c):
    u = q["unit"]
    if u is None:
        return c["kind"] in ("count", "date", "ratio") or (c["kind"] == "range" and c["unit"] is None)
    if u.startswith("/"):
        return c["kind"] in ("count", "range") and (c["unit"] or "").endswith(u)
    return c["unit"] == u


def show(c):
    h = f"..{c['value_high']}" if c.get("value_high") is not None else ""
    return f"{c['surface']!r} = {c['value']}{h} {c['kind']} {c['unit'] or '-'}"


def score(with_years):
    s = collections.Counter()
    rows = []
    for i, g in enumerate(gold):
        cs = [c for c in claims.get(str(i), []) if values(c) and (with_years or not is_year(c))]
        used = [False] * len(cs)
        for q in g["quantities"]:
            if not with_years and q["kind"] == "date":
                continue
            # `at` and `len` are bytes of the sentence; extract gives characters.
            raw = sents[i]
            a = len(raw[:q["at"]].decode("utf-8"))
            b = a + len(raw[q["at"]:q["at"] + q["len"]].decode("utf-8"))
            want = [q["value"]] if "high" not in q else [q["value"], q["high"], (q["value"] + q["high"]) / 2]
            s["expected"] += 1
            hit = None
            for k, c in enumerate(cs):
                if used[k] or not (c["start"] < b and a < c["end"]):
                    continue
                if any(abs(v - w) <= 1e-6 * max(1.0, abs(w)) for v in values(c) for w in want):
                    hit = k
                    break
            wdesc = f"{q['surface']!r} = {q['value']}{'..' + str(q['high']) if 'high' in q else ''} {q['kind']} {q['unit'] or '-'}"
            if hit is None:
                over = [show(c) for c in cs if c["start"] < b and a < c["end"]]
                rows.append((i, "miss-value" if over else "miss-none", wdesc, ", ".join(over)))
                continue
            used[hit] = True
            s["matched"] += 1
            if unit_ok(q, cs[hit]):
                s["unit_matched"] += 1
            else:
                rows.append((i, "unit", wdesc, show(cs[hit])))
            if cs[hit]["kind"] == q["kind"] or (q["kind"] == "range" and cs[hit].get("value_high") is not None):
                s["kind_matched"] += 1
        for c, u in zip(cs, used):
            if not u:
                s["spurious"] += 1
                rows.append((i, "false-hit", "nothing", show(c)))
    return s, rows


def f1(tp, s):
    p = tp / max(1, s["matched"] + s["spurious"])
    r = tp / max(1, s["expected"])
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


result = {}
for label, with_years in (("", True), ("no_years_", False)):
    s, rows = score(with_years)
    result[label + "value_f1"] = round(f1(s["matched"], s), 3)
    result[label + "unit_f1"] = round(f1(s["unit_matched"], s), 3)
    result[label + "kind_f1"] = round(f1(s["kind_matched"], s), 3)
    result[label + "counts"] = dict(s)
    if with_years and "--misses" in sys.argv:
        for i, what, w, got in rows:
            line = f"{i:4} {what:10} expected {w:45} ours {got}"
            if "--show" in sys.argv:
                line += "\n       " + sents[i].decode("utf-8")
            print(line)
print(f"real news ({len(gold)} sentences): value F1 {result['value_f1']}  value+unit F1 {result['unit_f1']}"
      f"  kind F1 {result['kind_f1']};  years left out: {result['no_years_value_f1']} / {result['no_years_unit_f1']}")
print(json.dumps(result))
