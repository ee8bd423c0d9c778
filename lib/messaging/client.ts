import { parse } from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';
import type { MessageDef, Result } from './protocol';

type Send = (message: unknown) => Promise<unknown>;

/**
 * A typed sender over any transport (`browser.runtime.sendMessage` in the extension, a router in tests).
 * Throws with the background's own message when it answers `{ ok: false }`.
 */
export function createClient<Defs extends Record<string, MessageDef<$ZodType, $ZodType>>>(defs: Defs, send: Send) {
  return async function request<K extends keyof Defs & string>(type: K, payload: input<Defs[K]['request']>): Promise<output<Defs[K]['response']>> {
    const answer = (await send({ type, payload })) as Result<unknown> | undefined;
    if (!answer || typeof answer !== 'object') throw new Error(`No answer to "${type}" (is the extension being reloaded?)`);
    if (!answer.ok) throw new Error(answer.error);
    return parse(defs[type]!.response, answer.value) as output<Defs[K]['response']>;
  };
}
