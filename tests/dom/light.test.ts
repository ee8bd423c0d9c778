// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.example/world/story" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledPrecheck } from '../../lib/dom/page-precheck';
import { parsePack } from '../../lib/pack/load';
import { compilePrecheck, precheckSpec } from '../../lib/pack/precheck';
import { PACKS_OFF_KEY } from '../../lib/packs/content-keys';
import { SETTINGS_KEY } from '../../lib/settings/site';
import { currentHandover } from '../../entrypoints/crosscheck-page/handover';
import { startLight } from '../../entrypoints/crosscheck-light/light';

const BAKU_PAGE = '<article><p>Ahmed al-Sharaa did not attend the meeting in Baku.</p></article>';
const PORT_PAGE = "<article><p>Tomas Reyna said the Carrow Dockers' Union strike would go on.</p></article>";
const UNRELATED = '<article><p>The council voted on the bus budget.</p></article>';
const portPrecheck = compilePrecheck([precheckSpec(parsePack(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/packs/port-strike-2025.json'), 'utf8'))))]);

/** The extension API as a content script sees it, counting every touch. */
function fakeExtension(stored: Record<string, unknown> = {}) {
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
  const touched: string[] = [];
  const api = {
    runtime: {
      get id() {
        touched.push('runtime.id');
        return 'crosscheck-test';
      },
      sendMessage: vi.fn(async (_m: unknown) => ({ ok: true, value: { injected: true } })),
    },
    storage: {
      local: {
        get: vi.fn(async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]]))),
      },
      onChanged: { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) },
    },
  };
  // Both names: the script takes `browser` when it has a runtime id (Firefox), else `chrome`.
  Object.assign(globalThis, { chrome: api, browser: api });
  return {
    api,
    touched,
    loads: () => api.runtime.sendMessage.mock.calls.filter(([m]) => (m as { type: string }).type === 'content.loadFull').length,
    change: (key: string, value: unknown) => {
      stored[key] = value;
      for (const l of listeners) l({ [key]: { newValue: value } }, 'local');
    },
  };
}
// Past the second look, which waits for a frame (or 100 ms without frames): lib/dom/after-layout.ts.
const settle = () => new Promise((r) => setTimeout(r, 150));

beforeEach(() => {
  delete (globalThis as Record<string, unknown>).__crosscheckHandover;
});
afterEach(() => {
  currentHandover()?.stopLight();
  delete (globalThis as Record<string, unknown>).chrome;
  delete (globalThis as Record<string, unknown>).browser;
});

describe('the small content script', () => {
  it('touches no extension API on a page not about a story', async () => {
    const ext = fakeExtension();
    document.body.innerHTML = UNRELATED;
    startLight({ precheck: bundledPrecheck, selection: true, timing: false });
    await settle();
    expect(ext.touched).toEqual([]);
    expect(ext.api.storage.local.get).not.toHaveBeenCalled();
    expect(ext.api.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('asks for the full script on a page about a story that is on, reading settings and switches in one call', async () => {
    const ext = fakeExtension();
    document.body.innerHTML = BAKU_PAGE;
    startLight({ precheck: bundledPrecheck, selection: true, timing: false });
    await settle();
    expect(ext.api.storage.local.get).toHaveBeenCalledTimes(1);
    expect(ext.api.storage.local.get).toHaveBeenCalledWith([SETTINGS_KEY, PACKS_OFF_KEY]);
    expect(ext.loads()).toBe(1);
    expect(currentHandover()?.aboutStory).toBe(true);
  });

  it('leaves a page about a story switched off alone, and loads the full script once it is switched on', async () => {
    const ext = fakeExtension({ [PACKS_OFF_KEY]: ['baku-2025'] });
    document.body.innerHTML = BAKU_PAGE;
    startLight({ precheck: bundledPrecheck, selection: true, timing: false });
    await settle();
    expect(ext.loads()).toBe(0);
    ext.change(PACKS_OFF_KEY, ['some-other-pack']);
    await settle();
    expect(ext.loads()).toBe(1);
  });

  it('leaves a story page alone on a site switched off, whatever the packs', async () => {
    const ext = fakeExtension({ [SETTINGS_KEY]: { disabledSites: ['news.example'] } });
    document.body.innerHTML = BAKU_PAGE;
    startLight({ precheck: bundledPrecheck, selection: true, timing: false });
    await settle();
    expect(ext.loads()).toBe(0);
  });
});

describe('two small scripts in one page (bundled and imported packs)', () => {
  it('each looks for its own stories: the imported one finds a page the bundled one does not', async () => {
    const ext = fakeExtension();
    document.body.innerHTML = PORT_PAGE;
    startLight({ precheck: bundledPrecheck, selection: true, timing: false });
    await settle();
    expect(ext.loads()).toBe(0);
    startLight({ precheck: portPrecheck, selection: false, timing: false });
    await settle();
    expect(ext.loads()).toBe(1);
  });

  it('share one handover, so the full script stops both', async () => {
    fakeExtension();
    document.body.innerHTML = UNRELATED;
    startLight({ precheck: bundledPrecheck, selection: true, timing: false });
    const first = currentHandover();
    startLight({ precheck: portPrecheck, selection: false, timing: false });
    expect(currentHandover()).toBe(first);
    const ext = fakeExtension();
    currentHandover()!.stopLight();
    // Stopped: text about either story added now asks for nothing.
    document.body.insertAdjacentHTML('beforeend', PORT_PAGE + BAKU_PAGE);
    await new Promise((r) => setTimeout(r, 600));
    expect(ext.loads()).toBe(0);
  });

  it('each watches added text for its own stories', async () => {
    const ext = fakeExtension();
    document.body.innerHTML = UNRELATED;
    startLight({ precheck: bundledPrecheck, selection: true, timing: false });
    startLight({ precheck: portPrecheck, selection: false, timing: false });
    document.body.insertAdjacentHTML('beforeend', PORT_PAGE);
    await vi.waitFor(() => expect(ext.loads()).toBe(1), { timeout: 2000 });
  });
});
