// W3C trace context: an answer continues the trace of the message it answers, with a span id of its own.
import { createHash, randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-([0-9a-f]{32})-[0-9a-f]{16}-([0-9a-f]{2})$/;

export function childOf(traceParent) {
  const span = randomBytes(8).toString('hex');
  const match = TRACEPARENT.exec(traceParent ?? '');
  return match ? `00-${match[1]}-${span}-${match[2]}` : `00-${randomBytes(16).toString('hex')}-${span}-01`;
}

export const traceId = (traceParent) => TRACEPARENT.exec(traceParent ?? '')?.[1] ?? '-';

// The id of an answer is derived from the message it answers: a redelivered message is answered again with the
// same id, and the hub stores the answer once.
export function answerId(answered, answerType) {
  const hash = createHash('sha256').update(`${answered.replaceAll('-', '')}/${answerType}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x80;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
