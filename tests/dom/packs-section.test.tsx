// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, test, vi } from 'vitest';
import { PacksSection } from '../../components/PacksSection';
import { PacksApiContext, importProblems, type PacksApi } from '../../components/packs-state';
import { bakuPackData } from '../../lib/pack/load';
import { createPackStore } from '../../lib/packs/store';
import { brokenPortStrikeText, memoryStorage, portStrikeText } from '../unit/packs/fixtures';

/** The section over a real store in memory, as the background would answer it. */
function mount(wrap: (api: PacksApi) => PacksApi = (a) => a) {
  const store = createPackStore({ area: memoryStorage(), bundled: [bakuPackData] });
  const api = wrap({
    list: () => store.list(),
    importText: (text) => store.importText(text),
    setEnabled: (id, on) => store.setEnabled(id, on),
    remove: (id) => store.remove(id),
  });
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <PacksApiContext.Provider value={api}>
      <PacksSection />
    </PacksApiContext.Provider>,
    root,
  );
  return { root, api };
}

const until = async (test: () => boolean, ms = 3000) => {
  for (const start = Date.now(); !test(); ) {
    if (Date.now() - start > ms) throw new Error(`timed out; the section reads: ${document.body.textContent}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};
const rows = (root: HTMLElement) => [...root.querySelectorAll('.cc-pack')].map((li) => li.querySelector('.cc-pack-title')!.textContent);
const pick = (root: HTMLElement, name: string, text: string) => {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

afterEach(() => (document.body.innerHTML = ''));

// Preact listens for "drop" when the element has an `ondrop` property, as every browser's does;
// happy-dom's elements lack the drag ones, so they are added here.
for (const name of ['ondrop', 'ondragover', 'ondragleave']) {
  if (!(name in HTMLElement.prototype)) Object.defineProperty(HTMLElement.prototype, name, { value: null, writable: true, configurable: true });
}

describe('PacksSection', () => {
  it('lists the bundled pack with its languages and claims, on, without Remove, and says none is imported yet', async () => {
    const { root } = mount();
    await until(() => rows(root).length === 1);
    const row = root.querySelector('.cc-pack')!;
    expect(row.textContent).toContain(bakuPackData.story.title);
    expect(row.textContent).toContain(`${bakuPackData.claims.length} claims · Bundled`);
    const toggle = row.querySelector<HTMLInputElement>('[role=switch]')!;
    expect(toggle.checked).toBe(true);
    expect(toggle.getAttribute('aria-labelledby')).toBe(row.querySelector('.cc-pack-title')!.id);
    expect(row.querySelector('button')).toBeNull();
    expect(root.textContent).toContain('No imported packs yet');
  });

  it('refuses a broken file with what is wrong and where, and the list stays as it was', async () => {
    const { root } = mount();
    await until(() => rows(root).length === 1);
    pick(root, 'broken.json', brokenPortStrikeText());
    await until(() => !!root.querySelector('[role=alert]'));
    const alert = root.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('broken.json was not imported, and nothing changed.');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['claims.1.versions.1.quote: not found verbatim in authority\'s words in source "authority-release"']);
    expect(alert.querySelector('li code')!.textContent).toBe('claims.1.versions.1.quote:');
    expect(rows(root)).toEqual([bakuPackData.story.title]);
  });

  it('imports a valid file, says what was added, and lists it with a switch and Remove', async () => {
    const { root } = mount();
    await until(() => rows(root).length === 1);
    pick(root, 'port-strike.json', portStrikeText());
    await until(() => rows(root).length === 2);
    expect(root.querySelector('[role=status]')!.textContent).toContain('Added “The dock strike at Port Carrow, March 2025”.English · 3 claims.');
    const row = root.querySelectorAll('.cc-pack')[1]!;
    expect(row.textContent).toContain('Imported');
    row.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => rows(root).length === 1);
    expect(root.querySelector('[role=status]')!.textContent).toContain('Removed “The dock strike at Port Carrow, March 2025”.');
    expect(document.activeElement).toBe(root.querySelector('input[type=file]'));
  });

  it('switches a pack off, and says so when every story is off', async () => {
    const { root } = mount();
    await until(() => rows(root).length === 1);
    const toggle = root.querySelector<HTMLInputElement>('[role=switch]')!;
    toggle.checked = false;
    toggle.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => !!root.querySelector('.cc-pack-empty'));
    expect(root.querySelector('.cc-pack--off')).not.toBeNull();
    expect(root.querySelector('.cc-pack-empty')!.textContent).toContain('Every story is off');
  });

  it('refuses a file over 2 MB without reading or sending it', async () => {
    const importText = vi.fn();
    const { root } = mount((api) => ({ ...api, importText }));
    await until(() => rows(root).length === 1);
    pick(root, 'huge.json', 'x'.repeat(2_100_000));
    await until(() => !!root.querySelector('[role=alert]'));
    expect(root.querySelector('[role=alert]')!.textContent).toContain('The file is 2.1 MB (2,100,000 bytes); a pack may be at most 2 MB');
    expect(importText).not.toHaveBeenCalled();
  });

  it('takes a file dropped on the section', async () => {
    const { root } = mount();
    await until(() => rows(root).length === 1);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [new File([portStrikeText()], 'dropped.json')] } });
    root.querySelector('.cc-packs')!.dispatchEvent(drop);
    await until(() => rows(root).length === 2);
    expect(drop.defaultPrevented).toBe(true);
    expect(rows(root)[1]).toBe('The dock strike at Port Carrow, March 2025');
  });
});

describe('importProblems', () => {
  test.each([
    [
      'a pack with one bad quote',
      'Invalid claim pack: claims.1.versions.1.quote: not found verbatim',
      'It is not a valid claim pack. What is wrong, and where in the file (paths count from 0: claims.1 is the second claim):',
      ['claims.1.versions.1.quote: not found verbatim'],
    ],
    [
      'several problems, one with a semicolon of its own',
      'Invalid claim pack: sources.12.url: must be an http(s) address; id: must be kebab-case; note; (root): Unrecognized key: "extra"',
      'It is not a valid claim pack. What is wrong, and where in the file (paths count from 0: sources.12 is the 13th source):',
      ['sources.12.url: must be an http(s) address', 'id: must be kebab-case; note', '(root): Unrecognized key: "extra"'],
    ],
    ['a problem at the top', 'Invalid claim pack: (root): Invalid input: expected object, received array', 'It is not a valid claim pack. What is wrong, and where in the file:', ['(root): Invalid input: expected object, received array']],
    ['a file that is not JSON', 'The file is not JSON: Unexpected end of JSON input.', 'The file is not JSON: Unexpected end of JSON input.', []],
    ['a text too long for the message', 'Invalid "packs.import" message: text: the file is larger than 2 MB, the most a pack may be', 'the file is larger than 2 MB, the most a pack may be', []],
  ])('%s', (_name, message, lead, problems) => {
    expect(importProblems(message)).toEqual({ lead, problems });
  });
});
