import json, sys, re, collections
d=json.load(open(sys.argv[1])); frames=[f['name'] for f in d['shared']['frames']]
target=re.compile(sys.argv[2]); depth=int(sys.argv[3]) if len(sys.argv)>3 else 6
def samples(p):
    stack=[]; last=None
    for e in p['events']:
        if last is not None and stack and e['at']>last:
            yield list(stack), e['at']-last
        last=e['at']
        if e['type']=='O': stack.append(e['frame'])
        else:
            if stack and stack[-1]==e['frame']: stack.pop()
            elif e['frame'] in stack: del stack[len(stack)-1-stack[::-1].index(e['frame']):]
c=collections.Counter(); tot=0
for p in d['profiles']:
    for s,w in samples(p):
        names=[frames[i] for i in s if frames[i] not in ('CPU_TIME','UNMANAGED_CODE_TIME')]
        if 'CPU_TIME' not in [frames[i] for i in s]: continue
        if names and target.search(names[-1]):
            tot+=w
            path=[n.split('!')[-1][:90] for n in names if 'IntegrationHub' in n or 'Npgsql' in n or 'MassTransit' in n or 'RabbitMQ' in n]
            c[' <- '.join(reversed(path[-depth:]))]+=w
print(tot)
for k,v in c.most_common(12): print(f'{100*v/tot:5.1f}% {k}\n')
