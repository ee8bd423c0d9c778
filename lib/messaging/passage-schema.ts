import * as z from 'zod/mini';
import { SOURCE_IDS } from '../claims/sources';

const buildPassageSchema = () => {
  const verdict = z.enum(['agrees', 'contradicts', 'silent']);
  const count = () => z.number().check(z.int(), z.nonnegative());
  return z.strictObject({
    start: count(),
    end: count(),
    text: z.string(),
    claim: z.string(),
    position: z.string(),
    verdicts: z.strictObject(Object.fromEntries(SOURCE_IDS.map((s) => [s, verdict])) as Record<(typeof SOURCE_IDS)[number], typeof verdict>),
    status: z.enum(['agrees', 'contradicts', 'contested', 'unsourced']),
    evidence: z.array(z.string()),
  });
};
let schema: ReturnType<typeof buildPassageSchema> | null = null;

/**
 * A matched passage as it crosses a message boundary (background → content script → popup).
 * zod/mini and built on first use, because the content script bundles it (see protocol.ts).
 */
export const passageSchema = () => (schema ??= buildPassageSchema());
