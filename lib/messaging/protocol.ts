import { z } from 'zod';

/**
 * One typed protocol for every message between content scripts, extension pages and the background.
 * A message is `{ type, payload }`; the background parses `payload` with the schema registered for
 * `type` before any handler sees it, and answers `{ ok: true, value } | { ok: false, error }`.
 */
export interface MessageDef<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
}

export const defineMessage = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): MessageDef<Req, Res> => ({
  request,
  response,
});

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const EnvelopeSchema = z.strictObject({ type: z.string().min(1).max(64), payload: z.unknown() });

/** Formats a zod error as "path: problem; path: problem" so a person can act on it. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
