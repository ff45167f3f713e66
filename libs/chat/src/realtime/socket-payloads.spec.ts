import 'reflect-metadata';

import { randomUUID } from 'node:crypto';

import { InputValidationError } from '@techbridge/platform';

import { MAX_BODY_LENGTH, SendMessageInput } from '../messages/dto/send-message.input';
import { parsePayload, parseSendMessagePayload } from './socket-payloads';

type Parsed = { ok: true; value: Record<string, unknown> } | { ok: false; error: { name: string; message: string; fields?: unknown } };

async function outcome(parse: () => unknown): Promise<Parsed> {
  try {
    const input = (await parse()) as SendMessageInput;
    return { ok: true, value: { conversationId: input.conversationId, clientMessageId: input.clientMessageId, body: input.body, offer: input.offer } };
  } catch (error) {
    const { name, message, fields } = error as InputValidationError;
    return { ok: false, error: { name, message, fields } };
  }
}

describe('parseSendMessagePayload (message:send fast path)', () => {
  const conversationId = randomUUID();
  const base = { conversationId, clientMessageId: 'c-1', body: 'hello' };
  const emoji = '😀'.repeat(MAX_BODY_LENGTH);

  const accepted: [string, Record<string, unknown>][] = [
    ['a plain message', base],
    ['a body trimmed of surrounding space', { ...base, body: '  你好，我们对该专利很感兴趣 \n' }],
    ['offer: null', { ...base, offer: null }],
    ['a body of exactly 4,000 characters', { ...base, body: 'y'.repeat(MAX_BODY_LENGTH) }],
    ['4,000 characters outside the BMP (8,000 UTF-16 units)', { ...base, body: emoji }],
    ['a clientMessageId of 64 characters', { ...base, clientMessageId: 'k'.repeat(64) }],
    ['an upper-case UUID', { ...base, conversationId: conversationId.toUpperCase() }],
    ['an unknown extra key', { ...base, extra: 1 }],
  ];
  const refused: [string, unknown][] = [
    ['null', null],
    ['an array', [base]],
    ['a string', 'hello'],
    ['no conversationId', { clientMessageId: 'c-1', body: 'hello' }],
    ['a conversationId that is not a UUID', { ...base, conversationId: 'nope' }],
    ['a numeric conversationId', { ...base, conversationId: 42 }],
    ['an empty clientMessageId', { ...base, clientMessageId: '' }],
    ['a clientMessageId of 65 characters', { ...base, clientMessageId: 'k'.repeat(65) }],
    ['a numeric clientMessageId', { ...base, clientMessageId: 7 }],
    ['an empty body', { ...base, body: '' }],
    ['a body of spaces only', { ...base, body: '   ' }],
    ['a body of 4,001 characters', { ...base, body: 'y'.repeat(MAX_BODY_LENGTH + 1) }],
    ['4,001 characters outside the BMP', { ...base, body: `${emoji}😀` }],
    ['a numeric body', { ...base, body: 12 }],
    ['no body', { conversationId, clientMessageId: 'c-1' }],
    ['several faults at once', { conversationId: 'x', clientMessageId: '', body: '' }],
    ['a bad offer', { ...base, offer: { amount: '-1', contractType: 'NOPE' } }],
    ['an offer that is not an object', { ...base, offer: 'cheap' }],
  ];

  it.each(accepted)('accepts %s without the full pass, with the value the full pass gives', async (_, payload) => {
    const fast = parseSendMessagePayload(payload);
    expect(fast).not.toBeInstanceOf(Promise);
    const reference = await outcome(() => parsePayload(SendMessageInput, payload));
    expect(reference.ok).toBe(true);
    await expect(outcome(() => fast)).resolves.toEqual(reference);
  });

  it.each(refused)('refuses %s exactly as the full pass does', async (_, payload) => {
    const reference = await outcome(() => parsePayload(SendMessageInput, payload));
    expect(reference).toMatchObject({ ok: false, error: { name: 'Error' } });
    await expect(outcome(() => parseSendMessagePayload(payload))).resolves.toEqual(reference);
  });

  it('leaves a valid offer to the full pass, which normalises it', async () => {
    const payload = { ...base, offer: { amount: '1250000.5', contractType: 'LICENSE', terms: '3 instalments' } };
    const parsed = parseSendMessagePayload(payload);
    expect(parsed).toBeInstanceOf(Promise);
    await expect(outcome(() => parsed)).resolves.toEqual(await outcome(() => parsePayload(SendMessageInput, payload)));
    await expect(parsed).resolves.toMatchObject({ offer: { amount: '1250000.5', contractType: 'LICENSE' } });
  });
});
