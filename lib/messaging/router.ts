import type { z } from 'zod';
import { EnvelopeSchema, describeZodError, type MessageDef, type Result } from './protocol';

type AnyDef = MessageDef<z.ZodType, z.ZodType>;
export type Handlers<Defs extends Record<string, AnyDef>> = {
  [K in keyof Defs]: (payload: z.output<Defs[K]['request']>, sender: { tabId?: number; url?: string }) => Promise<z.input<Defs[K]['response']>> | z.input<Defs[K]['response']>;
};

/**
 * Builds the background's single entry point: validate the envelope, validate the payload with the
 * message's schema, run the handler, and turn every failure into `{ ok: false, error }`.
 * Pure: the caller wires it to `browser.runtime.onMessage`.
 */
export function createRouter<Defs extends Record<string, AnyDef>>(defs: Defs, handlers: Handlers<Defs>) {
  return async (raw: unknown, sender: { tabId?: number; url?: string } = {}): Promise<Result<unknown>> => {
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) return { ok: false, error: `Malformed message: ${describeZodError(envelope.error)}` };
    const { type, payload } = envelope.data;
    if (!Object.hasOwn(defs, type)) return { ok: false, error: `Unknown message type "${type}"` };
    const def = defs[type as keyof Defs]!;
    const parsed = def.request.safeParse(payload);
    if (!parsed.success) return { ok: false, error: `Invalid "${type}" message: ${describeZodError(parsed.error)}` };
    try {
      const value = await handlers[type as keyof Defs](parsed.data as z.output<Defs[keyof Defs]['request']>, sender);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
