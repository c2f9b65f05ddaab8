#!/usr/bin/env python3
"""Build articles.jsonl and gold.json from the annotated sources in src/v*.txt.
Markup: [[surface|kind|value|unit|qual|subject]] (kind c,p,pp,m,d,r,rg; qual blank = inferred);
<<speaker|quote text>> (speaker '-' = not speech)."""
import json, re, glob, sys
import os
HERE = os.path.dirname(os.path.abspath(__file__))
KIND = {'c': 'count', 'p': 'percentage', 'pp': 'percentage', 'm': 'money', 'd': 'date', 'r': 'ratio', 'rg': 'range'}
def infer_q(s):
    s = s.lower()
    for pat, q in [(r'\b(more than|over|just over|above|in excess of)\b', 'more_than'),
                   (r'\b(nearly|almost|under|fewer than|less than|just under|short of)\b', 'less_than'),
                   (r'\b(about|around|roughly|some|close to|approximately|an estimated|estimated)\b', 'about'),
                   (r'\bat least\b', 'at_least'), (r'\b(up to|within|as much as)\b', 'up_to'), (r'\bpassed\b', 'more_than')]:
        if re.search(pat, s): return q
    return 'exact'
def num(v):
    f = float(v)
    return int(f) if f == int(f) and 'e' not in v and '.' not in v else f
CL = re.compile(r'\[\[(.*?)\]\]')
QU = re.compile(r'<<(.*?)>>', re.S)
arts, gold = [], {'articles': {}, 'flags': [], 'consistent_pairs': []}
for fn in sorted(glob.glob(os.path.join(HERE, 'src', 'v*.txt'))):
    raw = open(fn, encoding='utf-8').read()
    body, _, tail = raw.partition('\n### flags\n')
    flagpart, _, conspart = tail.partition('\n### consistent\n')
    for chunk in body.split('=== ')[1:]:
        head, _, text = chunk.partition('\n---\n')
        lines = head.strip().split('\n')
        aid = lines[0].strip()
        meta = dict(l.split(': ', 1) for l in lines[1:])
        claims, quotes = [], []
        def cl(m):
            f = m.group(1).split('|')
            f += [''] * (6 - len(f))
            surf, k, v, unit, q, subj = f[:6]
            kind = KIND[k]
            c = {'surface': surf, 'kind': kind}
            if kind == 'date':
                c.update(value=v, unit=None, qualifier=None)
            elif kind == 'range':
                lo, hi = v.split('~')
                c.update(value=num(lo), value_high=num(hi), unit=unit, qualifier=None)
            else:
                if k == 'pp': unit = 'percentage_points'
                if k == 'p' and not unit: unit = 'percent'
                if k == 'r' and not unit: unit = 'fraction'
                c.update(value=num(v), unit=unit, qualifier=q or infer_q(surf))
            c['subject'] = subj
            claims.append(c)
            return surf
        text = CL.sub(cl, text)
        def qu(m):
            sp, _, t = m.group(1).partition('|')
            quotes.append({'text': t, 'speaker': None if sp == '-' else sp, 'speech': sp != '-'})
            return t
        text = QU.sub(qu, text)
        text = '\n\n'.join(p.strip() for p in re.split(r'\n\s*\n', text.strip()))
        assert '\n' not in text.replace('\n\n', ''), aid
        art = {'id': aid, 'source': meta['source'], 'url': meta['url'], 'title': meta['title'],
               'published': meta['published'], 'text': text}
        arts.append(art)
        gold['articles'][aid] = {'quotes': quotes, 'claims': claims}
    for l in flagpart.strip().split('\n'):
        if not l.strip(): continue
        k, a1, s1, a2, s2, why = [x.strip() for x in l.split(' | ')]
        gold['flags'].append({'kind': k, 'a': {'article': a1, 'surface': s1}, 'b': {'article': a2, 'surface': s2}, 'why': why})
    for l in conspart.strip().split('\n'):
        if not l.strip(): continue
        a1, s1, a2, s2, why = [x.strip() for x in l.split(' | ')]
        gold['consistent_pairs'].append({'a': {'article': a1, 'surface': s1}, 'b': {'article': a2, 'surface': s2}, 'why': why})
texts = {a['id']: a['text'] for a in arts}
def fix(side):
    x = gold['articles'][side['article']]
    if any(c['surface'] == side['surface'] for c in x['claims']) or any(q['text'] == side['surface'] for q in x['quotes']): return
    t = texts[side['article']]; i = t.find(side['surface'])
    for c in x['claims']:
        j = t.find(c['surface'])
        if j <= i and i + len(side['surface']) <= j + len(c['surface']):
            side['surface'] = c['surface']; return
    for q in x['quotes']:
        if side['surface'] in q['text']: print('NOTE partial of quote', side['article'], side['surface'][:50]); return
    print('WARN pair side not a claim or quote:', side)
for e in gold['flags'] + gold['consistent_pairs']:
    fix(e['a']); fix(e['b'])
with open(os.path.join(HERE, 'eval', 'dev', 'articles.jsonl'), 'w', encoding='utf-8') as f:
    for a in arts: f.write(json.dumps(a, ensure_ascii=False) + '\n')
json.dump(gold, open(os.path.join(HERE, 'eval', 'dev', 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for a in arts: print(a['id'], len(a['text'].split()), 'words', len(gold['articles'][a['id']]['claims']), 'claims', len(gold['articles'][a['id']]['quotes']), 'quotes')
