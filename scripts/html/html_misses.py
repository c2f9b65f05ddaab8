#!/usr/bin/env python3
"""Lists the `with` strings that score_html.py found missing, by cause: reader
comments (left out of the text on purpose: they are not the outlet's words,
see DESIGN.md) or body text. A string is a comment when every place it occurs
in the page lies inside an element whose class or id names a comment block
(comment, disqus, respond), the names html_clean drops as comments. Also lists
leaked `without` strings. Counts on the last line, and figures with the
comment strings set apart (P/R/F1 as score_html counts them).

With --bin PATH, each page with missing comment strings is ingested again
and those strings are looked for in the reader comments stored apart (the
`comments` column): the count of them found there is printed too.

usage: html_misses.py RESULTS.json PAGES_DIR [CASES.json] [--bin PATH]
       (RESULTS.json from `score_html.py --out`)
"""
import json, os, re, sqlite3, subprocess, sys, tempfile, unicodedata
from html.parser import HTMLParser

COMMENT = re.compile(r"comment|disqus|respond|kommentar|comentario|reacties", re.I)
QUOTES = {ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4`\u2039\u203a"}
QUOTES.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})

def stored_comments(binpath, page):
    """The reader comments crosscheck stores apart for one page (normalised as
    score_html normalises the text)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "p.db")
        subprocess.run([binpath, "ingest", "--db", db, page], capture_output=True, timeout=120)
        if not os.path.exists(db):
            return ""
        con = sqlite3.connect(db)
        try:
            rows = con.execute("select comments from articles").fetchall()
        except sqlite3.Error:
            rows = []
        con.close()
    text = " ".join(r[0] or "" for r in rows)
    return norm(text.translate(QUOTES))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}

def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", " ", s).strip()

class Texts(HTMLParser):
    """The page's text, each character marked with whether it lies in a comment block."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.chunks = [], []
    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        named = bool(COMMENT.search((a.get("class") or "") + " " + (a.get("id") or "")))
        self.stack.append((tag, named))
    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
    def handle_data(self, data):
        self.chunks.append((data, any(n for _, n in self.stack)))

def read_page(path):
    raw = open(path, "rb").read()
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:4096])
    enc = m.group(1).decode() if m else "utf-8"
    try:
        return raw.decode(enc, errors="replace")
    except LookupError:
        return raw.decode("utf-8", errors="replace")

def cause(page_html, s):
    p = Texts()
    p.feed(page_html)
    text, marks = "", []
    for data, in_comment in p.chunks:
        d = re.sub(r"\s+", " ", data)
        text += d
        marks.extend([in_comment] * len(d))
    text = unicodedata.normalize("NFC", text)
    needle = norm(s)
    hits = [m.start() for m in re.finditer(re.escape(needle), text)] if needle else []
    if not hits:
        return "body"  # not found in the page's text as written (split by markup): counted as body
    return "comment" if all(marks[i] for i in hits) else "body"

def main():
    args = sys.argv[1:]
    binpath = None
    if "--bin" in args:
        i = args.index("--bin")
        binpath = args[i + 1]
        del args[i:i + 2]
    results = json.load(open(args[0], encoding="utf-8"))
    pages = args[1]
    by = {"comment": [], "body": []}
    leaked = []
    for name, r in sorted(results["pages"].items()):
        if r["missing"]:
            html = read_page(os.path.join(pages, name))
            for s in r["missing"]:
                by[cause(html, s)].append((name, s))
        for s in r.get("leaked", []):
            leaked.append((name, s))
    for kind in ("body", "comment"):
        print(f"== missing, {kind} ({len(by[kind])})")
        for name, s in by[kind]:
            print(f"  {name}: {s!r}")
    print(f"== leaked ({len(leaked)})")
    for name, s in leaked:
        print(f"  {name}: {s!r}")
    sm = results["summary"]
    found, total = sm["with_found"], sm["with_total"]
    fp = sm["without_total"] - sm["without_absent"]
    c = len(by["comment"])
    f1 = lambda tp, fn: round(2 * tp / (2 * tp + fp + fn), 3)
    if binpath:
        stored, cache = 0, {}
        for name, s in by["comment"]:
            if name not in cache:
                cache[name] = stored_comments(binpath, os.path.join(pages, name))
            stored += norm(s.translate(QUOTES)) in cache[name]
        print(f"comment strings found in the comments stored apart: {stored} of {c}")
    print(f"missing: {len(by['body'])} body, {c} comment; leaked: {len(leaked)}; "
          f"F1 {f1(found, total - found)} (comment strings set apart: "
          f"R {round(found / (total - c), 3)}, F1 {f1(found, total - c - found)})")

if __name__ == "__main__":
    main()
