import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import type { $ZodIssue, $ZodType } from 'zod/v4/core';

/**
 * One typed protocol for every message between content scripts, extension pages and the background.
 * A message is `{ type, payload }`; the receiver parses `payload` with the schema registered for
 * `type` before any handler sees it, and answers `{ ok: true, value } | { ok: false, error }`.
 *
 * Schemas the content script needs are written with `zod/mini` (tree-shakable, so each page loads only
 * the validators it uses); background-only schemas may use full zod. Both are zod schemas (`$ZodType`),
 * so the router and client below take either.
 */
export interface MessageDef<Req extends $ZodType, Res extends $ZodType> {
  request: Req;
  response: Res;
}

export const defineMessage = <Req extends $ZodType, Res extends $ZodType>(request: Req, response: Res): MessageDef<Req, Res> => ({
  request,
  response,
});

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const buildEnvelopeSchema = () => {
  // zod/mini registers no error messages ("Invalid input" for everything); full zod registers the
  // same English ones on first use, so this only matters where full zod is not bundled (the content
  // script). Here, not at import: a page that never receives a message never builds either.
  if (!z.core.globalConfig.localeError) z.config(en());
  return z.strictObject({ type: z.string().check(z.minLength(1), z.maxLength(64)), payload: z.unknown() });
};
let envelope: ReturnType<typeof buildEnvelopeSchema> | null = null;

/** `{ type, payload }`, checked before the payload's own schema. */
export const envelopeSchema = () => (envelope ??= buildEnvelopeSchema());

/** Formats a zod error as "path: problem; path: problem" so a person can act on it. */
export function describeZodError(error: { issues: readonly $ZodIssue[] }): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
