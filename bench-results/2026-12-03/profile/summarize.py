import json, sys, re, collections
d = json.load(open(sys.argv[1]))
frames = [f['name'] for f in d['shared']['frames']]
WAIT = re.compile(r'WaitHandle|Monitor\.Wait|LowLevelLifoSemaphore|LowLevelMonitor|Thread\.Sleep|WaitOne|SocketAsyncEngine\.EventLoop|Interop\+Sys\.WaitForSocketEvents|PortableThreadPool\+GateThread|WaitForSignal|SemaphoreSlim\.Wait\b|Thread\.Join|ManualResetEventSlim\.Wait|WaitCore' )
GC = re.compile(r'PollGC|GCHeap|gc_heap|GarbageCollect')
cats = collections.OrderedDict([
 ('socket send', re.compile(r'Socket\.Send|SocketAsyncContext\.Send|Interop\+Sys\.Send|NetworkStream\.Write')),
 ('socket receive', re.compile(r'Socket\.Receive|SocketAsyncContext\.Receive|Interop\+Sys\.Receive')),
 ('lock contention', re.compile(r'Monitor\.Enter|AwareLock|Monitor\.ReliableEnter|Lock\.EnterAndGetCurrentThreadId|Lock\.TryEnterSlow')),
 ('json', re.compile(r'System\.Text\.Json')),
 ('rules (Domain)', re.compile(r'IntegrationHub\.Domain')),
 ('npgsql', re.compile(r'^Npgsql')),
 ('masstransit', re.compile(r'^MassTransit')),
 ('rabbitmq client', re.compile(r'^RabbitMQ')),
 ('intake', re.compile(r'IntegrationHub\.Infrastructure\.Intake|Intake')),
 ('signalering consumer', re.compile(r'PupilEventsRecordedConsumer|Signalering')),
 ('outbox relay', re.compile(r'Outbox')),
])
total = 0; busy = 0; waits = 0
inc = collections.Counter(); leaf = collections.Counter()
def samples(p):
    if 'samples' in p:
        yield from zip(p['samples'], p['weights']); return
    stack=[]; last=None
    for e in p['events']:
        if last is not None and stack and e['at']>last:
            yield list(stack), e['at']-last
        last=e['at']
        if e['type']=='O': stack.append(e['frame'])
        else:
            if stack and stack[-1]==e['frame']: stack.pop()
            elif e['frame'] in stack: del stack[len(stack)-1-stack[::-1].index(e['frame']):]
for p in d['profiles']:
    for s, w in samples(p):
        total += w
        names = [frames[i] for i in s]
        cpu = 'CPU_TIME' in names
        unmanaged = 'UNMANAGED_CODE_TIME' in names
        body = [n for n in names if n not in ('CPU_TIME', 'UNMANAGED_CODE_TIME')]
        if not cpu and not (unmanaged and not any(WAIT.search(n) for n in body[-4:])):
            waits += w; continue
        names = body
        busy += w
        seen = set()
        for c, rx in cats.items():
            if any(rx.search(n) for n in names):
                inc[c] += w
        leaf[names[-1] if names else '?'] += w
print(f'samples weight total {total:.0f}, waits {waits:.0f}, busy {busy:.0f}')
for c in cats:
    print(f'{c:24s} {100*inc[c]/busy:5.1f}% of busy')
print('top leaves:')
for n, w in leaf.most_common(25):
    print(f'  {100*w/busy:5.1f}%  {n[:140]}')
