// A partner's consumer for IntegrationHub: reads its own queue (leerplicht.<org>, rmc.<region> or jgz.<org>) as its own
// broker user, prints one line per message (the BSN masked), acknowledges after handling, skips repeats by message id,
// and with --answer answers on partner.<org>.in. See README.md.
//   HUB_AMQP_PASSWORD=... node consumer.mjs --org rbl-utrecht-zuid --kind leerplicht [--answer] [--max N] [--idle-seconds S]
import amqp from 'amqplib';
import { parseArgs } from 'node:util';
import { notificationLine, referralLine, updatedLine } from './lines.mjs';
import { answerId, childOf, traceId } from './trace.mjs';

const URN = 'urn:message:IntegrationHub.Contracts.V1:';

const { values: options } = parseArgs({
  options: {
    org: { type: 'string', default: process.env.HUB_PARTNER_ORG },
    kind: { type: 'string', default: process.env.HUB_PARTNER_KIND ?? 'leerplicht' },
    host: { type: 'string', default: process.env.HUB_AMQP_HOST ?? 'localhost' },
    port: { type: 'string', default: process.env.HUB_AMQP_PORT ?? '5672' },
    vhost: { type: 'string', default: process.env.HUB_AMQP_VHOST ?? 'integrationhub' },
    answer: { type: 'boolean', default: false },
    max: { type: 'string' },
    'idle-seconds': { type: 'string' },
  },
});
const password = process.env.HUB_AMQP_PASSWORD;
if (!options.org || !password || !['leerplicht', 'rmc', 'jgz'].includes(options.kind)) {
  console.error('give --org (or HUB_PARTNER_ORG), --kind leerplicht|rmc|jgz, and set HUB_AMQP_PASSWORD');
  process.exit(2);
}

const user = `partner-${options.org}`;                 // made by the hub's `hub org add`
const queue = `${options.kind}.${options.org}`;        // the only queue this user may read
const answerExchange = `partner.${options.org}.in`;    // the only exchange this user may write to
const max = options.max ? Number(options.max) : undefined;
const idleSeconds = options['idle-seconds'] ? Number(options['idle-seconds']) : undefined;

const connection = await amqp.connect({
  protocol: 'amqp', hostname: options.host, port: Number(options.port), vhost: options.vhost,
  username: user, password,
}, { clientProperties: { connection_name: `partner-example-${options.org}` } });
const channel = await connection.createChannel();
const answers = await connection.createConfirmChannel();
await channel.prefetch(10);

const handled = new Set();   // in-memory here; a real system keeps handled ids in its database, with the effect
const counts = { handled: 0, duplicates: 0, answered: 0 };
let deliveries = 0;
let stopping = false;
let lastActivity = Date.now();
let finish;
const done = new Promise((resolve) => { finish = (code) => { stopping = true; resolve(code); }; });

const text = (value) => (Buffer.isBuffer(value) ? value.toString('utf8') : value);

// The hub puts traceparent in the AMQP headers and in the envelope's headers.
const traceParentOf = (envelope, properties) =>
  text(properties.headers?.traceparent) ?? envelope.headers?.traceparent ?? undefined;

async function answer(type, body) {
  answers.publish(answerExchange, '', Buffer.from(JSON.stringify(body)), {
    type,                                   // the contract's name: plain JSON, not an envelope
    contentType: 'application/json',
    messageId: body.messageId,
    userId: user,                           // RabbitMQ checks it is this connection's user
    persistent: true,
    mandatory: true,
    headers: { traceparent: body.traceParent },
  });
  await answers.waitForConfirms();
  counts.answered += 1;
  console.log(`answered ${type} messageId=${body.messageId} on ${answerExchange} trace=${traceId(body.traceParent)}`);
}

async function handle(delivery) {
  const envelope = JSON.parse(delivery.content.toString('utf8'));   // the hub's MassTransit envelope
  const messageId = envelope.messageId ?? delivery.properties.messageId;
  if (handled.has(messageId)) {
    counts.duplicates += 1;
    console.log(`duplicate messageId=${messageId}: already handled, acknowledged again`);
    return;
  }

  const type = envelope.messageType[0];
  const message = envelope.message;
  const traceParent = traceParentOf(envelope, delivery.properties);
  const trace = traceId(traceParent);
  switch (type) {
    case `${URN}VerzuimmeldingNotification`:
      console.log(notificationLine(message, trace));
      if (options.answer) {
        await answer('PartnerStatusSet', {
          messageId: answerId(messageId, 'PartnerStatusSet'), meldingId: message.meldingId, status: 'in-behandeling',
          setAt: new Date().toISOString(), traceParent: childOf(traceParent),
        });
      }
      break;
    case `${URN}VerzuimmeldingNotificationUpdated`:
      console.log(updatedLine(message, trace));
      break;
    case `${URN}MazlReferral`:
      console.log(referralLine(message, trace));
      if (options.answer) {
        await answer('JgzAdviceGiven', {
          messageId: answerId(messageId, 'JgzAdviceGiven'), referralId: message.referralId, participation: 'gedeeltelijk',
          loadCapacity: 'beperkt', startHoursPerWeek: 12, adjustments: ['aangepast-rooster', 'rustmomenten'],
          givenAt: new Date().toISOString(), traceParent: childOf(traceParent),
        });
      }
      break;
    default:
      console.log(`skipped ${type} messageId=${messageId}: a message type this consumer does not handle`);
  }
  handled.add(messageId);
  counts.handled += 1;
}

// One delivery at a time, in order: each is acknowledged only after it was handled (and answered).
let chain = Promise.resolve();
await channel.consume(queue, (delivery) => {
  if (delivery === null) { finish(4); return; }   // the queue was deleted or access revoked
  chain = chain.then(async () => {
    if (stopping) return;                           // leave it unacknowledged: the broker gives it to the next consumer
    lastActivity = Date.now();
    try {
      await handle(delivery);
    } catch (error) {
      // Never acknowledge what was not handled: the message stays on the queue for a person to look at.
      console.error(`cannot handle delivery ${delivery.properties.messageId}: ${error.message}; left on the queue, stopping`);
      finish(3);
      return;
    }
    channel.ack(delivery);
    deliveries += 1;
    if (deliveries === max) finish(0);
  });
}, { noAck: false });
console.log(`reading ${queue} as ${user} on ${options.host}:${options.port}/${options.vhost}`);

process.on('SIGINT', () => finish(0));
const idleTimer = idleSeconds === undefined ? undefined
  : setInterval(() => { if (Date.now() - lastActivity > idleSeconds * 1000) finish(0); }, 200);

const exitCode = await done;
clearInterval(idleTimer);
await chain;
await channel.close();
await connection.close();
console.log(`handled ${counts.handled}, duplicates ${counts.duplicates}, answered ${counts.answered}`);
process.exit(exitCode);
