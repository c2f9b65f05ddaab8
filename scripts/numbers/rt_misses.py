#!/usr/bin/env python3
"""Lists the Recognizers-Text misses as shared/eval/scorers/score_rt.py counts
them (it is imported, so the expected values are the scorer's): one line per
expected result no claim matches, with the claims we gave.

usage: rt_misses.py BIN [SHARED]   (SHARED defaults to ../shared)
"""
import json, os, sys, subprocess, importlib.util
BIN = sys.argv[1]
SHARED = sys.argv[2] if len(sys.argv) > 2 else "../shared"
spec = importlib.util.spec_from_file_location("s", SHARED + "/eval/scorers/score_rt.py"); s = importlib.util.module_from_spec(spec); spec.loader.exec_module(s)
D = SHARED + "/eval/numbers/recognizers-text"
cases = []; lines = []
for fname in s.FILES:
    for i, c in enumerate(json.load(open(os.path.join(D, fname), encoding="utf-8-sig"))):
        if "dotnet" in (c.get("NotSupported", "") + c.get("NotSupportedByDesign", "")): continue
        ref = (c.get("Context") or {}).get("ReferenceDateTime", "2016-11-07T00:00:00")
        aid = f"{fname}#{i}"; cases.append((fname, aid, c))
        lines.append(json.dumps({"id": aid, "source": "spec", "title": "", "published": ref[:19] + "Z", "text": c["Input"]}))
out = subprocess.run([BIN, "extract", "-"], input="\n".join(lines) + "\n", capture_output=True, text=True).stdout
got = {json.loads(l)["article_id"]: json.loads(l)["claims"] for l in out.splitlines()}
for fname, aid, c in cases:
    claims = got.get(aid, [])
    for res in c["Results"]:
        exp, kind = s.expected_values(fname, res)
        if not exp: continue
        if not any(s.claim_matches(kind, exp, cl) for cl in claims):
            print(fname[:-5], "|", c["Input"][:100], "| want", res.get("Text"), sorted(exp, key=str), "| got", [(cl["surface"], cl["value"], cl.get("value_high")) for cl in claims])
