import type { Status, Verdict } from '../lib/match/types';
import { KIND_TEXT } from '../lib/reader/kinds';

export { KIND_TEXT };

/** Words and symbols for each status: the symbol carries the meaning where colour cannot. */
export const STATUS_TEXT: Record<Status, { label: string; symbol: string; explain: string }> = {
  agrees: KIND_TEXT.agrees,
  contradicts: KIND_TEXT.contradicts,
  contested: KIND_TEXT.contested,
  unsourced: KIND_TEXT.unsourced,
};

export const VERDICT_TEXT: Record<Verdict, { label: string; symbol: string }> = {
  agrees: { label: 'agrees', symbol: '✓' },
  contradicts: { label: 'contradicts', symbol: '✗' },
  silent: { label: 'silent', symbol: '–' },
};

/** A passage that credits an account with what it did not say. */
export const MISATTRIBUTED_TEXT = KIND_TEXT.misattributed;
