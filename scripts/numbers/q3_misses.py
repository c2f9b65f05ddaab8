#!/usr/bin/env python3
"""Lists the quantulum3 misses by kind, as `crosscheck eval numbers` scores them
(src/eval/numbers.rs, quantulum_claims): expected quantities with no claim
(miss-none), with an overlapping claim of another value (miss-value), matched
with the wrong unit (unit:wrong, or unit:NAME for a unit we do not map), and
claims matching nothing (spurious). Counts by kind on the last line.

usage: q3_misses.py BIN [SHARED]   (SHARED defaults to ../shared)
"""
import json, subprocess, sys, collections
BIN = sys.argv[1]
SHARED = sys.argv[2] if len(sys.argv) > 2 else "../shared"
D = SHARED + "/eval/numbers/quantulum3/"
UNIT = {"dimensionless": None, "percentage": "percent", "dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
 "degree Celsius": "celsius", "degree fahrenheit": "fahrenheit", "degree Fahrenheit": "fahrenheit", "kelvin": "kelvin",
 "milligram": "mg", "kilogram": "kg", "pound-mass": "lb", "tonne": "tonnes", "inch": "inches", "mile": "miles",
 "metre": "metres", "kilometre": "km", "nanometre": "nm", "square kilometre": "sq km", "square mile": "sq miles",
 "cubic kilometre": "cubic km", "cubic centimetre": "ml", "litre": "litres", "centilitre": "cl", "gallon": "gallons",
 "kilometre per hour": "km/h", "dollar per hour": "USD/hour", "dollar per kilogram": "USD/kg", "litre per kilometre": "litres/km", "gigahertz": "GHz", "electronvolt": "eV", "teraelectronvolt": "TeV", "gray": "Gy", "milligray": "mGy", "british thermal unit": "BTU", "bit": "bits", "cup": "cups", "tablespoon": "tbsp", "watt": "W", "watt hour": "Wh", "megawatt hour": "MWh", "byte": "bytes", "megabyte": "MB",
 "exabyte": "EB", "year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours", "minute": "minutes"}
cases = []
for f in ["quantities.json", "quantities.ambiguity.json"]:
    cases += json.load(open(D + f))
inp = "".join(json.dumps({"id": str(i), "text": c["req"]}) + "\n" for i, c in enumerate(cases))
out = subprocess.run([BIN, "extract", "-"], input=inp, capture_output=True, text=True).stdout
recs = {json.loads(l)["article_id"]: json.loads(l) for l in out.splitlines()}
def vals(c):
    if c["kind"] == "date":
        return [float(c["value"][:4])] if c.get("granularity") == "year" else []
    v = [c["value"]]
    if c.get("value_high") is not None: v += [c["value_high"], (c["value"] + c["value_high"]) / 2]
    return v
kinds = collections.Counter(); rows = []
for i, c in enumerate(cases):
    r = recs.get(str(i)); claims = r["claims"] if r else []; text = r["text"] if r else c["req"]
    used = [False] * len(claims)
    for e in c["res"]:
        s = text.find(e["surface"])
        if s < 0: continue
        t = s + len(e["surface"]); tol = 1e-6 * max(abs(e["value"]), 1)
        hit = None
        for k, cl in enumerate(claims):
            if not used[k] and cl["start"] < t and s < cl["end"] and any(abs(v - e["value"]) <= tol for v in vals(cl)):
                hit = k; break
        eu = e.get("unit", "")
        if hit is None:
            ov = [f'{cl["surface"]!r}={cl["value"]} {cl["kind"]} {cl["unit"]}' for cl in claims if cl["start"] < t and s < cl["end"]]
            kind = "miss-value" if ov else "miss-none"
            kinds[kind] += 1; rows.append((kind, eu, e["surface"], e["value"], "; ".join(ov), c["req"]))
            continue
        used[hit] = True; cl = claims[hit]
        want = UNIT.get(eu, "?")
        if eu == "dimensionless": ok = cl["kind"] in ("count", "date", "ratio") or (cl["kind"] == "range" and cl["unit"] is None)
        else: ok = want != "?" and cl["unit"] == want
        if not ok:
            kind = "unit:" + (eu if want == "?" else "wrong")
            kinds[kind] += 1; rows.append((kind, eu, e["surface"], e["value"], f'{cl["kind"]} unit={cl["unit"]}', c["req"]))
    for k, cl in enumerate(claims):
        if not used[k] and vals(cl):
            kinds["spurious"] += 1; rows.append(("spurious", "", cl["surface"], cl["value"], cl["kind"] + " " + str(cl["unit"]), c["req"]))
for row in sorted(rows, key=lambda r: (r[0], r[1])):
    print(" | ".join(str(x) for x in row[:5]), "|", row[5][:110])
print(kinds)
