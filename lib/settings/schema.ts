import * as z from 'zod/mini';
import { STATUSES, type Status } from '../match/types';
import { SETTINGS_KEY, THEMES, isSiteIn } from './site';

const on = () => z._default(z.boolean(), true);

const buildSettingsSchema = () =>
  z.object({
    /** Which statuses get a highlight in the page. */
    statuses: z.prefault(z.object({ agrees: on(), contradicts: on(), contested: on(), unsourced: on() }), {}),
    /** Hostnames where Crosscheck never runs (set from the popup's switch or the options page). */
    disabledSites: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5000)), []),
    /** Colours of Crosscheck's own UI. */
    theme: z._default(z.enum(THEMES), 'system'),
  });
let schema: ReturnType<typeof buildSettingsSchema> | null = null;

/**
 * The reader's preferences, kept in `browser.storage.local` under {@link SETTINGS_KEY}.
 * zod/mini, built on first use: every page's content script reads the settings, most find none
 * stored, and building schemas is work each page would pay for at load.
 */
export const settingsSchema = () => (schema ??= buildSettingsSchema());
export type Settings = z.infer<ReturnType<typeof buildSettingsSchema>>;

/** What `settingsSchema().parse({})` gives (a test holds them equal); a fresh copy each call. */
export const defaultSettings = (): Settings => ({
  statuses: { agrees: true, contradicts: true, contested: true, unsourced: true },
  disabledSites: [],
  theme: 'system',
});

/** Settings from storage, with defaults for anything missing or malformed (a bad value never blocks reading). */
export function readSettings(raw: unknown): Settings {
  if (raw === undefined || raw === null) return defaultSettings();
  const parsed = settingsSchema().safeParse(raw);
  return parsed.success ? parsed.data : defaultSettings();
}

export { SETTINGS_KEY, siteOf } from './site';
export { readSiteInput, siteFromInput } from './site-input';

/** True when the page's site, or a parent domain of it, is switched off. */
export function isSiteDisabled(settings: Settings, url: string): boolean {
  return isSiteIn(settings.disabledSites, url);
}

/** Returns settings with the site switched on or off. */
export function withSite(settings: Settings, site: string, enabled: boolean): Settings {
  const rest = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? rest : [...rest, site].sort() };
}

export const visibleStatuses = (settings: Settings): Status[] => STATUSES.filter((s) => settings.statuses[s]);
