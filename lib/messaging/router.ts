import { safeParse } from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';
import { envelopeSchema, describeZodError, type MessageDef, type Result } from './protocol';

type AnyDef = MessageDef<$ZodType, $ZodType>;

/** Who sent a message, as the browser tells it (never as the message claims). */
export interface Sender {
  tabId?: number;
  frameId?: number;
  /** The tab's address, else the sender's own (an extension page outside a tab). */
  url?: string;
  /** The sending document's own address: for the note frame inside a page, the extension's, not the page's. */
  frameUrl?: string;
}

export type Handlers<Defs extends Record<string, AnyDef>> = {
  [K in keyof Defs]: (payload: output<Defs[K]['request']>, sender: Sender) => Promise<input<Defs[K]['response']>> | input<Defs[K]['response']>;
};

/**
 * Builds a receiver's single entry point: validate the envelope, validate the payload with the
 * message's schema, run the handler, and turn every failure into `{ ok: false, error }`.
 * Pure: the caller wires it to `browser.runtime.onMessage`. Takes full zod and zod/mini schemas alike.
 */
export function createRouter<Defs extends Record<string, AnyDef>>(defs: Defs, handlers: Handlers<Defs>) {
  return async (raw: unknown, sender: Sender = {}): Promise<Result<unknown>> => {
    const envelope = safeParse(envelopeSchema(), raw);
    if (!envelope.success) return { ok: false, error: `Malformed message: ${describeZodError(envelope.error)}` };
    const { type, payload } = envelope.data;
    if (!Object.hasOwn(defs, type)) return { ok: false, error: `Unknown message type "${type}"` };
    const def = defs[type as keyof Defs]!;
    const parsed = safeParse(def.request, payload);
    if (!parsed.success) return { ok: false, error: `Invalid "${type}" message: ${describeZodError(parsed.error)}` };
    try {
      const value = await handlers[type as keyof Defs](parsed.data as output<Defs[keyof Defs]['request']>, sender);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
