import { describe, expect, it, vi } from 'vitest';
import config from '../../../wxt.config';
import { CONTENT_PAGES, IMPORTED_SCRIPT_ID, importedScriptRegistration, importedScriptSync, type ScriptRegistration } from '../../../lib/packs/imported-script';

/** `browser.scripting` with only what the sync uses, keeping registrations in a map. */
function fakeScripting() {
  const registered = new Map<string, ScriptRegistration>();
  return {
    registered,
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : []))),
    registerContentScripts: vi.fn(async (scripts: ScriptRegistration[]) => {
      await new Promise((r) => setTimeout(r, 5));
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void ids.forEach((id) => registered.delete(id))),
  };
}

describe('importedScriptSync', () => {
  it('registers the second small script while an imported pack is on, and drops it when none is', async () => {
    const scripting = fakeScripting();
    const sync = importedScriptSync(scripting);
    await sync(false);
    expect(scripting.registered.size).toBe(0);
    await sync(true);
    expect([...scripting.registered.values()]).toEqual([importedScriptRegistration()]);
    await sync(true);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    await sync(false);
    expect(scripting.registered.has(IMPORTED_SCRIPT_ID)).toBe(false);
  });

  it('registers once for quick changes in a row (each waits for the one before)', async () => {
    const scripting = fakeScripting();
    const sync = importedScriptSync(scripting);
    await Promise.all([sync(true), sync(true), sync(false), sync(true)]);
    expect(scripting.registered.has(IMPORTED_SCRIPT_ID)).toBe(true);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(2);
  });

  it('runs on the same pages as the manifest’s small script, top frames only, at document_idle', async () => {
    const manifest = await (typeof config.manifest === 'function' ? config.manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' }) : config.manifest);
    const light = manifest?.content_scripts?.[0];
    expect(importedScriptRegistration()).toMatchObject({ matches: light?.matches, runAt: light?.run_at, allFrames: false, js: ['crosscheck-imported.js'] });
    expect(CONTENT_PAGES).toEqual(manifest?.host_permissions);
  });
});
