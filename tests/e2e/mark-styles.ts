import type { Page } from '@playwright/test';

/** How each mark is drawn: its fill, underline and badge, as the browser computed them. */
export async function markStyles(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('mark[data-crosscheck-last]')].map((el) => {
      const s = getComputedStyle(el);
      return {
        kind: el.getAttribute('data-crosscheck-status')!,
        count: el.getAttribute('data-crosscheck-count'),
        background: s.backgroundColor,
        line: s.textDecorationStyle,
        thickness: s.textDecorationThickness,
        badge: getComputedStyle(el, '::after').content,
      };
    }),
  );
}

export const TRANSPARENT = 'rgba(0, 0, 0, 0)';
export const LINE: Record<string, string> = { misattributed: 'dashed', contradicts: 'wavy', contested: 'double', unsourced: 'dotted', agrees: 'solid' };
/** Most serious highest: the order the popup, the card and the report follow. */
export const RANK: Record<string, number> = { misattributed: 4, contradicts: 3, contested: 2, unsourced: 1, agrees: 0 };

