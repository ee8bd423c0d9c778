import type { Status, Verdict } from '../lib/match/types';

/** Words and symbols for each status: the symbol carries the meaning where colour cannot. */
export const STATUS_TEXT: Record<Status, { label: string; symbol: string; explain: string }> = {
  agrees: { label: 'Agrees', symbol: '✓', explain: 'Every account that speaks to this says the same.' },
  contradicts: { label: 'Contradicts', symbol: '✗', explain: 'Every account that speaks to this says otherwise.' },
  contested: { label: 'Contested', symbol: '⇄', explain: 'The accounts disagree among themselves on this.' },
  unsourced: { label: 'Unsourced', symbol: '?', explain: 'None of the accounts backs this.' },
};

export const VERDICT_TEXT: Record<Verdict, { label: string; symbol: string }> = {
  agrees: { label: 'agrees', symbol: '✓' },
  contradicts: { label: 'contradicts', symbol: '✗' },
  silent: { label: 'silent', symbol: '–' },
};

/** A passage that credits an account with what it did not say. */
export const MISATTRIBUTED_TEXT = { label: 'Misattributed', symbol: '!', explain: 'The passage credits an account with what it did not say.' };
