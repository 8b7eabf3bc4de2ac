import json, sys, re, collections
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'summarize.py')).read().split("total = 0")[0])  # frames, WAIT, cats
NOISE = re.compile(r'PollGC|FileSystem\.Watcher|LowLevelLifoSemaphore|LowLevelSpinWaiter|WorkerThreadStart\(\)$|SocketAsyncEngine\.EventLoop|WaitHandle\.WaitOneNoCheck|^\(Non-Activities\)$|^Threads$|^Thread \(\d+\)$')
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
extra = collections.OrderedDict([
 ('TLS (SslStream)', re.compile(r'System\.Net\.Security!')),
 ('hmac', re.compile(r'Hmac|HMAC')),
 ('npgsql sql parse', re.compile(r'SqlQueryParser')),
 ('npgsql write/flush', re.compile(r'NpgsqlWriteBuffer\.Flush')),
 ('npgsql read', re.compile(r'NpgsqlReadBuffer|ReadMessage')),
 ('pupil state json', re.compile(r'PupilStateJson')),
 ('ms deserialize', re.compile(r'DeserializeFilter|SystemTextJsonMessageSerializer\.Deserialize')),
 ('ms send/publish', re.compile(r'RabbitMqChannelContext.*BasicPublish|SendEndpoint|PublishEndpoint')),
 ('gateway reader', re.compile(r'MessageReader')),
])
allc = collections.OrderedDict(list(cats.items()) + list(extra.items()))
busy=0; inc=collections.Counter(); leaf=collections.Counter()
for p in d['profiles']:
    for s,w in samples(p):
        names=[frames[i] for i in s]
        cpu='CPU_TIME' in names
        body=[n for n in names if n not in ('CPU_TIME','UNMANAGED_CODE_TIME')]
        if not body: continue
        if not cpu and ('UNMANAGED_CODE_TIME' not in names or any(WAIT.search(n) for n in body[-4:])): continue
        known=[n for n in body if n!='?!?']  # an unresolved native leaf counts for the deepest known frame above it
        if not known or NOISE.search(known[-1]): continue
        body=known
        busy+=w
        for c,rx in allc.items():
            if any(rx.search(n) for n in body): inc[c]+=w
        leaf[body[-1]]+=w
print('busy (without waits, GC polls, spinning, the socket engine loop; an unresolved native leaf counted for the frame above it)', round(busy))
for c in allc: print(f'{c:24s} {100*inc[c]/busy:5.1f}%')
print('top leaves')
for n,w in leaf.most_common(20): print(f'  {100*w/busy:5.1f}% {n[:130]}')
