/**
 * What the popup says when a page's check failed: in a reader's words, with what to do. The error's
 * own message (a schema's, a worker's) is for the console, never the popup.
 */
export function checkErrorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/No answer|Receiving end does not exist|Extension context invalidated|message port closed/i.test(message))
    return 'Crosscheck’s background did not answer (it may have just been updated)';
  if (/Malformed answer/i.test(message)) return 'Crosscheck got an answer it could not read';
  return 'Crosscheck could not read this page’s text';
}

/** A check the page itself stopped (its text was replaced): not a failure to report. */
export const isCancelledCheck = (err: unknown): boolean => err instanceof Error && /stopped because the page changed/.test(err.message);
