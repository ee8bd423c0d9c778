import { describe, expect, it } from 'vitest';
import { readSiteInput } from '../../../lib/settings/site-input';

describe('readSiteInput: a site to block, or what is wrong with it in a reader’s words', () => {
  it.each([
    ['example.com', 'example.com', false],
    ['https://www.Example.com/path', 'example.com', true],
    ['WWW.afp.com', 'afp.com', true],
    ['localhost', 'localhost', false],
    ['127.0.0.1:8787', '127.0.0.1', true],
    ['file:///tmp/a.html', 'file', true],
  ])('%j is saved as %j (changed: %s)', (input, site, changed) => {
    expect(readSiteInput(input)).toEqual({ ok: true, site, changed });
  });

  it.each([
    ['', /Type a site/],
    ['.com', /“\.com” is only the ending of site names/],
    ['com', /“com” is only the ending of site names/],
    ['https://com/x', /“com” is only the ending/],
    ['not a site!', /is not a site name/],
    ['a..b.com', /is not a site name/],
    ['chrome://extensions', /Crosscheck never runs on browser pages/],
  ])('%j is refused: %s', (input, words) => {
    const read = readSiteInput(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(words);
  });
});

describe('readSiteInput on a name cut short', () => {
  it('calls "example." not a site name (it is not an ending either)', () => {
    expect(readSiteInput('example.')).toEqual({ ok: false, problem: expect.stringMatching(/^“example\.” is not a site name/) });
  });
});
