/**
 * The per-site switch without zod: the small content script runs on every page and only needs to
 * know whether its site is switched off, so it reads `disabledSites` structurally here; everything
 * else in the settings is parsed (with defaults) by schema.ts where it is used.
 */

/** Where the settings live in `browser.storage.local`. */
export const SETTINGS_KEY = 'crosscheck:settings';

/** A site key for the per-site switch: the hostname without a leading `www.`. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'file:') return 'file';
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** True when the page's site, or a parent domain of it, is in `disabledSites`. */
export function isSiteIn(disabledSites: readonly string[], url: string): boolean {
  const site = siteOf(url);
  if (!site) return true;
  return disabledSites.some((s) => site === s || site.endsWith(`.${s}`));
}

/**
 * `disabledSites` of stored settings as they are, unparsed; anything malformed counts as none, as
 * `readSettings` would give the defaults for it.
 */
export function storedDisabledSites(raw: unknown): string[] {
  const sites = raw && typeof raw === 'object' ? (raw as { disabledSites?: unknown }).disabledSites : undefined;
  return Array.isArray(sites) && sites.every((s) => typeof s === 'string') ? sites : [];
}
