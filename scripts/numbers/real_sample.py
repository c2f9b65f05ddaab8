#!/usr/bin/env python3
"""Draws the real-news number sentences that tests/data/numbers_real.jsonl
annotates: 250 from bbc_2225 and 100 from basil, each a sentence with a digit
or a number word, at random with a fixed seed. Prints one locator a line
(article id, byte span of the sentence in the article's text, the first 8 hex
digits of its SHA-256) with an empty `quantities` list for the annotator to
fill; with --show the sentence itself goes to stderr (for reading only: the
corpus is copyrighted news and never goes into the repository).

usage: real_sample.py [SHARED] [--show]   (SHARED defaults to $CROSSCHECK_SHARED)
"""
import hashlib, json, os, random, re, sys

SHARED = next((a for a in sys.argv[1:] if not a.startswith("--")), os.environ.get("CROSSCHECK_SHARED"))
if not SHARED or not os.path.isdir(os.path.join(SHARED, "corpus")):
    sys.exit("real_sample.py: no shared corpus (give SHARED or set CROSSCHECK_SHARED)")
SEED = 16
NUMBER_WORD = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"million|billion|trillion|dozen)s?\b", re.I)
# Abbreviations whose full stop does not end a sentence.
ABBREV = re.compile(r"(\b(Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|"
                    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ft|Mt)|\b[A-Z](\.[A-Z])*)\.$")
END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9£$€])")


def sentences(text):
    """Byte-free (character) spans of the sentences of one article."""
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        pos = start
        for m in END.finditer(text, para.start(), para.end()):
            if ABBREV.search(text[pos:m.start() + 1]):
                continue
            yield pos, m.end() - len(m.group(0)) + len(m.group(0).rstrip())
            pos = m.end()
        if pos < para.end():
            yield pos, para.end()


def candidates(path):
    out = []
    for line in open(path, encoding="utf-8"):
        art = json.loads(line)
        text = art["text"]
        for s, e in sentences(text):
            sent = text[s:e].strip()
            if not (40 <= len(sent) <= 400) or len(sent.split()) < 6:
                continue
            if re.search(r"\d", sent) or NUMBER_WORD.search(sent):
                s = text.index(sent, s)
                out.append((art["id"], text, s, s + len(sent)))
    return out


def main():
    rng = random.Random(SEED)
    picks = []
    for corpus, n in (("bbc_2225", 250), ("basil", 100)):
        pool = candidates(os.path.join(SHARED, "corpus", corpus, "articles.jsonl"))
        picks += rng.sample(pool, n)
    for aid, text, s, e in picks:
        sent = text[s:e]
        b0 = len(text[:s].encode("utf-8"))
        b1 = b0 + len(sent.encode("utf-8"))
        sha = hashlib.sha256(sent.encode("utf-8")).hexdigest()[:8]
        print(json.dumps({"article": aid, "start": b0, "end": b1, "sha": sha, "quantities": []}))
        if "--show" in sys.argv:
            print(f"{aid} {b0} {sha}\t{sent}", file=sys.stderr)


main()
