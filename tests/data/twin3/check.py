#!/usr/bin/env python3
"""Validate /work/twin3/eval/dev: JSON parses, ids match, every quote text occurs in its
article, every claim surface occurs exactly once, flag/consistent-pair evidence exists."""
import json, os, re, sys, datetime
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'eval', 'dev')
errs = []
arts = {}
for n, line in enumerate(open(os.path.join(D, 'articles.jsonl')), 1):
    a = json.loads(line)
    for k in ('id', 'source', 'url', 'title', 'published', 'text'):
        if k not in a: errs.append(f'line {n}: missing {k}')
    if not re.fullmatch(r'u0[1-8][abc]', a['id']): errs.append(f"bad id {a['id']}")
    if a['id'] in arts: errs.append(f"duplicate id {a['id']}")
    if not re.match(r'https://example\.(org|com|net)/', a['url']): errs.append(f"{a['id']}: url")
    datetime.datetime.fromisoformat(a['published'].replace('Z', '+00:00'))
    t = a['text']
    if '\n' in t.replace('\n\n', ''): errs.append(f"{a['id']}: stray newline")
    w = len(t.split())
    if not 300 <= w <= 650: errs.append(f"{a['id']}: {w} words")
    arts[a['id']] = a
g = json.load(open(os.path.join(D, 'gold.json')))
if set(g['articles']) != set(arts): errs.append('gold ids != article ids')
KINDS = {'percentage', 'count', 'money', 'date', 'ratio', 'range'}
nq = ns = nc = 0
for aid, ga in g['articles'].items():
    t = arts[aid]['text']
    for q in ga['quotes']:
        if q['text'] not in t: errs.append(f'{aid}: quote not in text: {q["text"][:50]!r}')
        if q['speech']: nq += 1
        else: ns += 1
        if q['speech'] != (q['speaker'] is not None): errs.append(f'{aid}: speech/speaker mismatch')
    for c in ga['claims']:
        nc += 1
        k = t.count(c['surface'])
        if k != 1: errs.append(f'{aid}: claim surface {c["surface"]!r} occurs {k} times')
        if c['kind'] not in KINDS: errs.append(f'{aid}: kind {c["kind"]}')
        if c['kind'] == 'date':
            datetime.date.fromisoformat(c['value'])
        elif c['kind'] == 'range':
            if not (isinstance(c['value'], (int, float)) and isinstance(c.get('value_high'), (int, float))): errs.append(f'{aid}: range {c}')
        elif not isinstance(c['value'], (int, float)): errs.append(f'{aid}: value {c}')
    # quote spans must not overlap claim-less checks: each quote text should be locatable
def chk(side, what):
    a = side['article']
    if a not in arts: errs.append(f'{what}: unknown article {a}'); return
    t = arts[a]['text']
    if side['surface'] not in t: errs.append(f'{what}: {a} surface not in text: {side["surface"][:50]!r}')
    cs = [c['surface'] for c in g['articles'][a]['claims']]
    qs = [q['text'] for q in g['articles'][a]['quotes']]
    if side['surface'] not in cs and side['surface'] not in qs:
        errs.append(f'{what}: {a} surface is neither a gold claim nor a gold quote: {side["surface"][:50]!r}')
for i, f in enumerate(g['flags']):
    chk(f['a'], f'flag {i}'); chk(f['b'], f'flag {i}')
    if f['a']['article'][:3] != f['b']['article'][:3] or f['a']['article'] == f['b']['article']:
        errs.append(f'flag {i}: not two articles of one story')
    if f['kind'] not in ('numeric_conflict', 'date_conflict', 'quote_attribution_conflict', 'quote_wording_conflict'):
        errs.append(f'flag {i}: kind')
for i, f in enumerate(g['consistent_pairs']):
    chk(f['a'], f'pair {i}'); chk(f['b'], f'pair {i}')
    if f['a']['article'][:3] != f['b']['article'][:3] or f['a']['article'] == f['b']['article']:
        errs.append(f'pair {i}: not two articles of one story')
from collections import Counter
print(f"articles {len(arts)}; speech quotes {nq}; non-speech {ns}; claims {nc} "
      f"{dict(Counter(c['kind'] for a in g['articles'].values() for c in a['claims']))}; "
      f"flags {len(g['flags'])} {dict(Counter(f['kind'] for f in g['flags']))}; consistent pairs {len(g['consistent_pairs'])}")
for e in errs: print('ERROR', e)
sys.exit(1 if errs else 0)
