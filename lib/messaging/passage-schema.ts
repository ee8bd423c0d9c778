import * as z from 'zod/mini';
import { SOURCE_IDS } from '../claims/sources';

const VerdictSchema = z.enum(['agrees', 'contradicts', 'silent']);
const count = () => z.number().check(z.int(), z.nonnegative());

/**
 * A matched passage as it crosses a message boundary (background → content script → popup).
 * zod/mini because the content script bundles it (see protocol.ts).
 */
export const PassageSchema = z.strictObject({
  start: count(),
  end: count(),
  text: z.string(),
  claim: z.string(),
  position: z.string(),
  verdicts: z.strictObject(Object.fromEntries(SOURCE_IDS.map((s) => [s, VerdictSchema])) as Record<(typeof SOURCE_IDS)[number], typeof VerdictSchema>),
  status: z.enum(['agrees', 'contradicts', 'contested', 'unsourced']),
  evidence: z.array(z.string()),
});
