import * as z from 'zod/mini';

const buildPassageSchema = () => {
  const verdict = z.enum(['agrees', 'contradicts', 'silent']);
  const count = () => z.number().check(z.int(), z.nonnegative());
  const short = (max: number) => z.string().check(z.maxLength(max));
  return z.strictObject({
    start: count(),
    end: count(),
    text: z.string(),
    claim: z.nullable(short(64)),
    position: z.nullable(short(64)),
    verdicts: z.record(short(64), verdict),
    status: z.enum(['agrees', 'contradicts', 'contested', 'unsourced']),
    evidence: z.array(short(400)),
    cues: z.optional(z.array(z.strictObject({ start: count(), end: count() }))),
    pack: short(64),
    revisions: z.optional(z.array(z.strictObject({ account: short(64), verdict: z.enum(['agrees', 'contradicts']), note: short(400) }))),
    credits: z.optional(short(64)),
    misattributed: z.optional(z.boolean()),
    attribution: z.optional(short(1200)),
    elements: z.optional(z.array(short(300))),
  });
};
let schema: ReturnType<typeof buildPassageSchema> | null = null;

/**
 * A matched passage as it crosses a message boundary (background → content script → popup).
 * zod/mini and built on first use, because the content script bundles it (see protocol.ts).
 */
export const passageSchema = () => (schema ??= buildPassageSchema());
