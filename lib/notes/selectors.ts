import { codePointIndex } from './code-points';
import type { NoteSelectors } from './types';

/** Context kept on each side of a quote by default: enough to tell repeated phrases apart. */
export const DEFAULT_CONTEXT_CHARS = 32;

/**
 * Describes the passage `text[start, end)` with both W3C selectors: the exact quote with up to
 * `contextChars` of prefix and suffix, and the offsets. `text` is the article text the content
 * script extracted (the same string anchoring will later search); `start` and `end` are UTF-16
 * offsets into it, as DOM ranges give them. The stored TextPositionSelector counts code points, as
 * the W3C model (§4.2.5) does: only here and in anchoring is the text at hand to convert, so notes
 * are stored the way they are exported (see code-points.ts).
 * @throws RangeError when the offsets fall outside the text or the passage is only whitespace.
 */
export function describeQuote(text: string, start: number, end: number, contextChars = DEFAULT_CONTEXT_CHARS): NoteSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Passage [${start}, ${end}) is not inside the text (length ${text.length})`);
  }
  const exact = text.slice(start, end);
  if (!exact.trim()) throw new RangeError('The selected passage is only whitespace; select some words');
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - contextChars), start),
      suffix: text.slice(end, end + contextChars),
    },
    position: { type: 'TextPositionSelector', start: codePointIndex(text, start), end: codePointIndex(text, end) },
  };
}
