/**
 * The text of `el` as the page shows it (`innerText`: no script or style, nothing hidden by CSS), for
 * the pre-check's second look. Only pages whose whole `textContent` already names a story pay for it
 * (it needs layout); a story named only in a script or in hidden text must not bring Crosscheck in,
 * which would tell the page that Crosscheck is installed. Falls back to `textContent` where there is
 * no layout (Node tests).
 */
export function shownText(el: HTMLElement): string {
  const shown = el.innerText;
  return typeof shown === 'string' ? shown : el.textContent ?? '';
}
