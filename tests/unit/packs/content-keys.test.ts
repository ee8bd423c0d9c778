import { describe, expect, test } from 'vitest';
import { storedPacksOff, storedPrecheckSpecs } from '../../../lib/packs/content-keys';

// Content scripts read these keys without zod; whatever storage holds, they must not throw, and a
// malformed value must never switch a story off or break a page.
const spec = { pack: 'port', key: ['tomas reyna'], sides: [['dockers']], places: ['carrow'] };

describe('storedPacksOff', () => {
  test.each([
    ['nothing stored', undefined, []],
    ['a list of ids', ['baku-2025'], ['baku-2025']],
    ['a string', 'baku-2025', []],
    ['a list with a number in it', ['baku-2025', 3], []],
    ['an object', { 'baku-2025': true }, []],
  ])('%s → %j', (_name, raw, expected) => {
    expect(storedPacksOff(raw)).toEqual(expected);
  });
});

describe('storedPrecheckSpecs', () => {
  test.each([
    ['nothing stored', undefined, []],
    ['one spec', [spec], [spec]],
    ['a spec without a pack id', [{ ...spec, pack: undefined }], []],
    ['a spec whose sides are not lists', [{ ...spec, sides: ['dockers'] }], []],
    ['a good spec beside a bad one', [null, spec, { pack: 'x' }], [spec]],
    ['not a list', spec, []],
  ])('%s', (_name, raw, expected) => {
    expect(storedPrecheckSpecs(raw)).toEqual(expected);
  });
});
