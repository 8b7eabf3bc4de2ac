// Publishes one AttendanceRegistered as a school's LVS and prints what the hub answers on the school's feedback queue.
//   HUB_BRIN=12AB HUB_AMQP_PASSWORD=... node publish.mjs
// The school's user (lvs-BRIN) may write to exchange school.BRIN.in and read queue school.BRIN.feedback, nothing else.
import amqp from 'amqplib';
import { randomUUID } from 'node:crypto';

const brin = process.env.HUB_BRIN ?? '12AB';
const user = `lvs-${brin}`;
const password = process.env.HUB_AMQP_PASSWORD;
const host = process.env.HUB_AMQP_HOST ?? 'localhost';
const vhost = encodeURIComponent(process.env.HUB_AMQP_VHOST ?? 'integrationhub');
if (!password) {
  console.error('set HUB_AMQP_PASSWORD to the password `hub school add` printed');
  process.exit(2);
}

const today = new Date().toISOString().slice(0, 10);
const message = {
  envelope: {
    messageId: randomUUID(),                       // the idempotency key: send it again, get the same answer
    school: { brin, vestiging: '00' },
    sourceSystem: 'example-lvs',
    occurredAt: new Date().toISOString(),
    schemaVersion: '1.0',
  },
  pupil: { persoonsgebondenNummer: '999990019', nummerSoort: 'bsn', lvsPupilKey: 'example-1' },
  registrationId: `example-${Date.now()}`,
  date: today,
  startTime: '08:30:00',
  minutes: 50,
  unit: 'lesson',
  status: 'absent-unauthorised',
  reasonCategory: 'spijbelen',
};

const connection = await amqp.connect(`amqp://${user}:${encodeURIComponent(password)}@${host}:5672/${vhost}`);
const channel = await connection.createConfirmChannel();
channel.publish(`school.${brin}.in`, '', Buffer.from(JSON.stringify(message)), {
  type: 'AttendanceRegistered',                    // the contract: a short name or urn:message:IntegrationHub.Contracts.V1:...
  contentType: 'application/json',
  messageId: message.envelope.messageId,
  userId: user,                                     // optional; RabbitMQ checks it equals the connection's user
  persistent: true,
});
await channel.waitForConfirms();
console.log(`published ${message.envelope.messageId}; waiting for the answer ...`);

await channel.consume(`school.${brin}.feedback`, (delivery) => {
  const envelope = JSON.parse(delivery.content.toString());  // a MassTransit envelope: the contract is in .message
  const type = envelope.messageType[0].split(':').pop();
  console.log(type, JSON.stringify(envelope.message));
  channel.ack(delivery);
  // A school connected with --batched-acceptance hears of it inside a SubmissionsAccepted (its "accepted" list).
  const answers = type === 'SubmissionsAccepted' ? envelope.message.accepted : [envelope.message];
  if (answers.some((answer) => answer.messageId === message.envelope.messageId)) {
    connection.close().then(() => process.exit(0));
  }
});
setTimeout(() => { console.error('no answer within 30 s'); process.exit(1); }, 30000);
