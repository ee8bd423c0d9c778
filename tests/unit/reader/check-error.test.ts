import { describe, expect, it } from 'vitest';
import { checkErrorText, isCancelledCheck } from '../../../lib/reader/check-error';
import { JobCancelled } from '../../../lib/match/run-sliced';

describe('what the popup says when a check failed', () => {
  it('never passes on a schema’s or a parser’s words', () => {
    for (const raw of ['Too big: expected string to have <=2000000 characters', 'Expected double-quoted property name in JSON at position 81', 'Invalid input: expected string, received undefined']) {
      const text = checkErrorText(new Error(raw));
      expect(text).not.toMatch(/expected|<=|JSON|position|schema|Invalid/i);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it('says the background did not answer when it did not', () => {
    expect(checkErrorText(new Error('No answer to "match" (is the extension being reloaded?)'))).toMatch(/did not answer/);
    expect(checkErrorText(new Error('Could not establish connection. Receiving end does not exist.'))).toMatch(/did not answer/);
  });

  it('counts a check the page itself stopped as no failure', () => {
    expect(isCancelledCheck(new JobCancelled())).toBe(true);
    // As it comes back through the message router: only its message survives.
    expect(isCancelledCheck(new Error(new JobCancelled().message))).toBe(true);
    expect(isCancelledCheck(new Error('Malformed answer to "match"'))).toBe(false);
  });
});
