import { SETTINGS_KEY, readSettings, type Settings } from './schema';

/** The slice of `browser.storage.local` the settings need; passed in so tests can use a plain object. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: StorageArea): Promise<Settings> {
  return readSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(area: StorageArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: settings });
}

/** Applies the theme setting to a UI root: an explicit choice wins over the system scheme. */
export function themeClass(settings: Settings): string {
  return settings.theme === 'system' ? 'cc-root' : `cc-root cc-${settings.theme}`;
}
