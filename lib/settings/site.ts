import { STATUSES } from '../match/types';

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

/** The colour schemes of Crosscheck's own UI (the settings schema's `theme`). */
export const THEMES = ['system', 'light', 'dark'] as const;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * `disabledSites` of stored settings, read without zod. `readSettings` falls back to the defaults
 * (no site disabled) when any field is malformed, so this checks the same shape the schema does and
 * gives [] whenever the schema would refuse the value (a test holds the two equal).
 */
export function storedDisabledSites(raw: unknown): string[] {
  if (!isObject(raw)) return [];
  const { statuses, disabledSites, theme } = raw;
  if (statuses !== undefined && !(isObject(statuses) && STATUSES.every((k) => statuses[k] === undefined || typeof statuses[k] === 'boolean'))) return [];
  if (theme !== undefined && !(THEMES as readonly unknown[]).includes(theme)) return [];
  if (disabledSites === undefined) return [];
  const valid = Array.isArray(disabledSites) && disabledSites.length <= 5000 && disabledSites.every((s) => typeof s === 'string' && s.length <= 253);
  return valid ? disabledSites : [];
}
