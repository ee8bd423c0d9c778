import { browser } from 'wxt/browser';

/** Toolbar badge: how many passages on the tab's page contradict or are contested (empty when none). */
export function setBadge(tabId: number, flagged: number): void {
  const text = flagged > 0 ? String(Math.min(flagged, 999)) : '';
  void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
  void browser.action
    .setTitle({ tabId, title: flagged > 0 ? `Crosscheck: ${flagged} disputed passage${flagged === 1 ? '' : 's'} on this page` : 'Crosscheck' })
    .catch(() => undefined);
}
