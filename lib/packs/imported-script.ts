/**
 * The second small content script (entrypoints/crosscheck-imported), registered with
 * `scripting.registerContentScripts` only while some imported pack is on. The manifest's small script
 * bakes in the bundled packs' pre-check and calls no extension API on a page not about their stories;
 * an imported pack's names exist only in storage, so finding a page about it costs every page one
 * storage read. That cost is paid only by readers who turned an imported pack on.
 */

/** The pages the manifest's small script runs on (wxt.config.ts; a test holds the two equal). */
export const CONTENT_PAGES = ['http://*/*', 'https://*/*', 'file:///*'];

/** What `registerContentScripts` is given (a subset of Chromium's RegisteredContentScript). */
export interface ScriptRegistration {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_idle';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

export const IMPORTED_SCRIPT_ID = 'crosscheck-imported';

/** Top frames only, at document_idle: as the manifest's small script. */
export const importedScriptRegistration = (): ScriptRegistration => ({
  id: IMPORTED_SCRIPT_ID,
  js: ['crosscheck-imported.js'],
  matches: [...CONTENT_PAGES],
  runAt: 'document_idle',
  allFrames: false,
  persistAcrossSessions: true,
});

/** The slice of `browser.scripting` this needs; passed in so tests can use a fake. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
  registerContentScripts(scripts: ScriptRegistration[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/**
 * Keeps the registration in step with the packs: `sync(true)` registers the script if it is not,
 * `sync(false)` drops it if it is. Calls run one after another, so a quick on–off–on cannot register twice.
 * Pages already open keep what they had until they load again.
 */
export function importedScriptSync(scripting: ScriptingApi) {
  let tail: Promise<unknown> = Promise.resolve();
  return (on: boolean): Promise<void> => {
    const run = tail.then(async () => {
      const registered = (await scripting.getRegisteredContentScripts({ ids: [IMPORTED_SCRIPT_ID] })).length > 0;
      if (on && !registered) await scripting.registerContentScripts([importedScriptRegistration()]);
      if (!on && registered) await scripting.unregisterContentScripts({ ids: [IMPORTED_SCRIPT_ID] });
    });
    tail = run.catch(() => undefined);
    return run;
  };
}
