"""Validate /work/twin2/eval/dev: JSON parses, ids match, every quote text occurs in its
article, every claim surface occurs exactly once, flag/pair surfaces occur, flags within a story."""
import json, sys, re, datetime
D = "/work/twin2/eval/dev"
arts = {}
errs = []
for n, line in enumerate(open(D + "/articles.jsonl", encoding="utf-8"), 1):
    a = json.loads(line)
    arts[a["id"]] = a
    if not re.fullmatch(r"t0[1-8][abc]", a["id"]): errs.append("bad id " + a["id"])
    datetime.datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
    if "\n" in a["text"].replace("\n\n", ""): errs.append(a["id"] + ": single newline")
    if not a["url"].startswith("https://example."): errs.append(a["id"] + ": url")
    w = len(a["text"].split())
    if not 300 <= w <= 650: errs.append("%s: %d words" % (a["id"], w))
g = json.load(open(D + "/gold.json", encoding="utf-8"))
if set(g["articles"]) != set(arts): errs.append("id mismatch %s" % (set(g["articles"]) ^ set(arts)))
nq = nc = 0
kinds = {}
for aid, ga in g["articles"].items():
    t = arts[aid]["text"]
    for q in ga["quotes"]:
        nq += 1
        if q["text"] not in t: errs.append("%s quote missing: %r" % (aid, q["text"][:60]))
        if q["speech"] and not q["speaker"]: errs.append("%s speech quote without speaker" % aid)
    for c in ga["claims"]:
        nc += 1
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        k = t.count(c["surface"])
        if k != 1: errs.append("%s claim %r occurs %d times" % (aid, c["surface"], k))
        if c["kind"] == "date":
            datetime.date.fromisoformat(c["value"])
        if c["kind"] == "range" and "value_high" not in c: errs.append("range w/o high")
    sv = [c["surface"] for c in ga["claims"]]
    if len(sv) != len(set(sv)): errs.append("%s duplicate claim surfaces" % aid)
def chk(e, what):
    if e["article"] not in arts: errs.append(what + " bad article " + e["article"]); return
    if e["surface"] not in arts[e["article"]]["text"]: errs.append("%s surface missing %s %r" % (what, e["article"], e["surface"][:50]))
for f in g["flags"]:
    chk(f["a"], "flag"); chk(f["b"], "flag")
    if f["a"]["article"][:3] != f["b"]["article"][:3] or f["a"]["article"] == f["b"]["article"]: errs.append("flag pairing")
for p in g["consistent_pairs"]:
    chk(p["a"], "pair"); chk(p["b"], "pair")
    if p["a"]["article"][:3] != p["b"]["article"][:3] or p["a"]["article"] == p["b"]["article"]: errs.append("pair pairing")
fk = {}
for f in g["flags"]: fk[f["kind"]] = fk.get(f["kind"], 0) + 1
print("articles", len(arts), "quotes", nq, "speech", sum(q["speech"] for a in g["articles"].values() for q in a["quotes"]),
      "claims", nc, kinds, "flags", len(g["flags"]), fk, "pairs", len(g["consistent_pairs"]))
for a in sorted(arts): print(a, len(arts[a]["text"].split()), "words")
print("\n".join(errs) or "OK")
sys.exit(1 if errs else 0)
