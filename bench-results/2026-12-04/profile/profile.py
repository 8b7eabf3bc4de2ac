"""Reads a speedscope file converted from `dotnet-trace collect --profile dotnet-sampled-thread-time`.

    python3 profile.py share   worker.speedscope.json            # categories and top leaves of the busy samples
    python3 profile.py callers worker.speedscope.json REGEX [N]  # who calls the leaf frames matching REGEX (N frames)
    python3 profile.py ours    worker.speedscope.json [REGEX] [N] # inclusive share of the methods matching REGEX (default: the hub's)
    ONCPU=1 python3 profile.py ...                                # count only samples of threads on the CPU

A sample counts as busy when its thread was on the CPU (CPU_TIME) or in native code not under a wait. An unresolved
native leaf (?!?, e.g. the send system call) counts for the deepest known frame above it. Samples whose leaf is the
GC poll, the thread pool's spinning or semaphore, the socket engine's event loop or the file watcher are left out.
"""
import collections
import json
import re
import sys

WAIT = re.compile(r'WaitHandle|Monitor\.Wait|LowLevelLifoSemaphore|LowLevelMonitor|Thread\.Sleep|WaitOne|SocketAsyncEngine\.EventLoop|Interop\+Sys\.WaitForSocketEvents|PortableThreadPool\+GateThread|WaitForSignal|SemaphoreSlim\.Wait\b|Thread\.Join|ManualResetEventSlim\.Wait|WaitCore')
NOISE = re.compile(r'PollGC|FileSystem\.Watcher|LowLevelLifoSemaphore|LowLevelSpinWaiter|WorkerThreadStart\(\)$|SocketAsyncEngine\.EventLoop|WaitHandle\.WaitOneNoCheck|^\(Non-Activities\)$|^Threads$|^Thread \(\d+\)$')
ONCPU = bool(__import__('os').environ.get('ONCPU'))
PSEUDO = ('CPU_TIME', 'UNMANAGED_CODE_TIME')
CATEGORIES = {
    'socket send': r'Socket\.Send|SocketAsyncContext\.Send|Interop\+Sys\.Send|NetworkStream\.Write|SocketPal\.TryCompleteSendTo',
    'socket receive': r'Socket\.Receive|SocketAsyncContext\.Receive|Interop\+Sys\.Receive|SocketPal\.TryCompleteReceive',
    'lock contention': r'Monitor\.Enter|AwareLock|Monitor\.ReliableEnter|Lock\.TryEnterSlow',
    'json': r'System\.Text\.Json',
    'rules (Domain)': r'IntegrationHub\.Domain',
    'npgsql': r'^Npgsql',
    'masstransit': r'^MassTransit',
    'rabbitmq client': r'^RabbitMQ',
    'intake': r'Intake',
    'signalering consumer': r'PupilEventsRecordedConsumer|Signalering',
    'outbox relay': r'Outbox',
    'TLS (SslStream)': r'System\.Net\.Security!',
    'hmac': r'Hmac|HMAC',
    'npgsql sql parse': r'SqlQueryParser',
    'npgsql write/flush': r'NpgsqlWriteBuffer\.Flush',
    'npgsql read': r'NpgsqlReadBuffer|ReadMessage',
    'pupil state json': r'PupilStateJson',
    'ms deserialize': r'DeserializeFilter|SystemTextJsonMessageSerializer\.Deserialize',
    'ms send/publish': r'RabbitMqChannelContext.*BasicPublish|SendEndpoint|PublishEndpoint',
    'gateway reader': r'MessageReader',
}


def busy_samples(path):
    """Yields (stack of frame names, root first; weight) for every busy sample."""
    data = json.load(open(path))
    frames = [f['name'] for f in data['shared']['frames']]
    for profile in data['profiles']:
        stack, last = [], None
        for event in profile['events']:
            if last is not None and stack and event['at'] > last:
                names = [frames[i] for i in stack]
                body = [n for n in names if n not in PSEUDO and n != '?!?']
                on_cpu = 'CPU_TIME' in names
                native = 'UNMANAGED_CODE_TIME' in names and not any(WAIT.search(n) for n in body[-4:])
                if body and (on_cpu or (native and not ONCPU)) and not NOISE.search(body[-1]):
                    yield body, event['at'] - last
            last = event['at']
            if event['type'] == 'O':
                stack.append(event['frame'])
            elif stack and stack[-1] == event['frame']:
                stack.pop()
            elif event['frame'] in stack:
                del stack[len(stack) - 1 - stack[::-1].index(event['frame']):]


def share(path):
    patterns = {name: re.compile(rx) for name, rx in CATEGORIES.items()}
    busy, inclusive, leaves = 0.0, collections.Counter(), collections.Counter()
    for body, weight in busy_samples(path):
        busy += weight
        for name, rx in patterns.items():
            if any(rx.search(n) for n in body):
                inclusive[name] += weight
        leaves[body[-1]] += weight
    print(f'busy weight {busy:.0f}')
    for name in CATEGORIES:
        print(f'{name:24s} {100 * inclusive[name] / busy:5.1f}% (inclusive)')
    print('top leaves')
    for name, weight in leaves.most_common(25):
        print(f'  {100 * weight / busy:5.1f}% {name[:130]}')


def callers(path, pattern, depth):
    target, total, paths = re.compile(pattern), 0.0, collections.Counter()
    for body, weight in busy_samples(path):
        if target.search(body[-1]):
            total += weight
            ours = [n.split('!')[-1][:90] for n in body if re.search(r'IntegrationHub|Npgsql|MassTransit|RabbitMQ', n)]
            paths[' <- '.join(reversed(ours[-depth:]))] += weight
    print(f'{total:.0f} weight in leaves matching {pattern}')
    for path_text, weight in paths.most_common(12):
        print(f'{100 * weight / total:5.1f}% {path_text}\n')


def ours(path, pattern=r'IntegrationHub', top=40):
    """Inclusive share of each method matching pattern (each counted once per sample)."""
    rx, busy, inclusive = re.compile(pattern), 0.0, collections.Counter()
    for body, weight in busy_samples(path):
        busy += weight
        for name in {n.split('!')[-1].split('(')[0] for n in body if rx.search(n)}:
            inclusive[name] += weight
    for name, weight in inclusive.most_common(top):
        print(f'  {100 * weight / busy:5.1f}% {name[:140]}')


if __name__ == '__main__':
    if sys.argv[1] == 'share':
        share(sys.argv[2])
    elif sys.argv[1] == 'ours':
        ours(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else r'IntegrationHub', int(sys.argv[4]) if len(sys.argv) > 4 else 40)
    else:
        callers(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 6)
