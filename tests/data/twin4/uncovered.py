import json,re
import os
HERE = os.path.dirname(os.path.abspath(__file__))
arts=[json.loads(l) for l in open(os.path.join(HERE, 'eval', 'dev', 'articles.jsonl'))]
g=json.load(open(os.path.join(HERE, 'eval', 'dev', 'gold.json')))
W=r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|quarter|fifth|double|doubled|twice|triple|dozen|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|january|february|march|april|may|june|july|august|september|october|november|december)\w*"
for a in arts:
    t=a['text']; cov=[0]*len(t)
    for c in g['articles'][a['id']]['claims']:
        i=t.find(c['surface']); 
        for k in range(i,i+len(c['surface'])): cov[k]=1
    out=[]
    for m in list(re.finditer(r'\d[\d,.]*',t))+list(re.finditer(W,t,re.I)):
        if not cov[m.start()]: out.append(t[max(0,m.start()-25):m.end()+15].replace('\n',' '))
    print('==',a['id']); [print('   ',o) for o in out]
