/**
 * Runs `fn` once, after the browser has laid the page out and painted it on its own: the next frame,
 * then a task. Why: reading `innerText` right away forces the page's first layout inside Crosscheck's
 * task (23.2 ms on the bench's 20,000-word page, against 0.2 ms once the layout is clean), a slice
 * longer than a frame that the browser would otherwise spend on its own and paint sooner.
 * A tab in the background gets no frames; there `fn` runs after `fallbackMs` anyway.
 */
export function afterLayout(fn: () => void, win: Pick<Window, 'requestAnimationFrame' | 'setTimeout'> = window, fallbackMs = 100): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  win.requestAnimationFrame(() => win.setTimeout(run, 0));
  win.setTimeout(run, fallbackMs);
}
