#!/usr/bin/env python3
"""Validate eval/dev (next to this script): JSON parses, ids match, quote texts occur, claim surfaces occur exactly once,
flag and consistent-pair surfaces occur, pairs are within one story and across articles."""
import json, sys, re, collections
import os
HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, 'eval', 'dev') + '/'
arts = {}
for i, line in enumerate(open(D + 'articles.jsonl', encoding='utf-8')):
    a = json.loads(line)
    assert set(a) == {'id', 'source', 'url', 'title', 'published', 'text'}, a['id']
    assert a['id'] not in arts, a['id']
    assert re.fullmatch(r'v0[1-8][abc]', a['id']), a['id']
    assert re.match(r'https://example\.(org|com|net)/', a['url']), a['id']
    assert re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)', a['published']), a['id']
    assert '\n' not in a['text'].replace('\n\n', ''), a['id']
    arts[a['id']] = a
g = json.load(open(D + 'gold.json', encoding='utf-8'))
errs = []
assert set(g['articles']) == set(arts), set(g['articles']) ^ set(arts)
assert len(arts) == 24
KINDS = {'count', 'percentage', 'money', 'date', 'ratio', 'range'}
for aid, x in g['articles'].items():
    t = arts[aid]['text']
    w = len(t.split())
    if not 300 <= w <= 650: errs.append(f'{aid}: {w} words')
    for q in x['quotes']:
        if q['text'] not in t: errs.append(f'{aid}: quote not found: {q["text"][:60]}')
        if q['speech'] and not q['speaker']: errs.append(f'{aid}: speech quote without speaker')
        if not q['speech'] and q['speaker'] is not None: errs.append(f'{aid}: non-speech with speaker')
    for c in x['claims']:
        n = t.count(c['surface'])
        if n != 1: errs.append(f'{aid}: claim surface x{n}: {c["surface"]}')
        if c['kind'] not in KINDS: errs.append(f'{aid}: kind {c["kind"]}')
        if c['kind'] == 'date':
            if not re.fullmatch(r'\d{4}-\d\d-\d\d', c['value']): errs.append(f'{aid}: date {c["value"]}')
        elif c['kind'] == 'range':
            if not c['value'] < c['value_high']: errs.append(f'{aid}: range {c}')
        elif not isinstance(c['value'], (int, float)): errs.append(f'{aid}: value {c}')
    # overlapping claim spans
    spans = sorted((t.find(c['surface']), t.find(c['surface']) + len(c['surface']), c['surface']) for c in x['claims'])
    for p, q in zip(spans, spans[1:]):
        if q[0] < p[1]: errs.append(f'{aid}: overlapping claims {p[2]!r} {q[2]!r}')
def chk(e, what):
    for side in ('a', 'b'):
        s = e[side]
        if s['article'] not in arts: errs.append(f'{what}: bad id {s["article"]}'); return
        if s['surface'] not in arts[s['article']]['text']: errs.append(f'{what}: surface not in {s["article"]}: {s["surface"][:60]}')
    if e['a']['article'] == e['b']['article']: errs.append(f'{what}: same article {e["a"]["article"]}')
    if e['a']['article'][:3] != e['b']['article'][:3]: errs.append(f'{what}: different stories')
    if not e.get('why'): errs.append(f'{what}: no why')
for f in g['flags']:
    chk(f, 'flag ' + f['a']['article'])
    if f['kind'] not in ('numeric_conflict', 'date_conflict', 'quote_attribution_conflict', 'quote_wording_conflict'): errs.append('flag kind ' + f['kind'])
for c in g['consistent_pairs']: chk(c, 'pair ' + c['a']['article'])
per = collections.Counter(c['a']['article'][:3] for c in g['consistent_pairs'])
for s in sorted({a[:3] for a in arts}):
    if per[s] < 10: errs.append(f'{s}: only {per[s]} consistent pairs')
fl = {(f['a']['article'], f['a']['surface'], f['b']['article'], f['b']['surface']) for f in g['flags']}
for c in g['consistent_pairs']:
    k = (c['a']['article'], c['a']['surface'], c['b']['article'], c['b']['surface'])
    if k in fl or (k[2], k[3], k[0], k[1]) in fl: errs.append(f'pair is also a flag: {k}')
print('\n'.join(errs) or 'OK')
q = [q for x in g['articles'].values() for q in x['quotes']]
cl = [c for x in g['articles'].values() for c in x['claims']]
print(len(arts), 'articles;', sum(q_['speech'] for q_ in q), 'speech quotes,', sum(not q_['speech'] for q_ in q), 'non-speech;',
      len({q_['speaker'] for q_ in q if q_['speech']}), 'distinct speakers;', len(cl), 'claims', dict(collections.Counter(c['kind'] for c in cl)),
      sum(c.get('unit') == 'percentage_points' for c in cl), 'in pp;', len(g['flags']), 'flags', dict(collections.Counter(f['kind'] for f in g['flags'])),
      len(g['consistent_pairs']), 'consistent pairs')
sys.exit(1 if errs else 0)
