import { describe, expect, it, test } from 'vitest';
import { defaultSettings, isSiteDisabled, readSettings, settingsSchema, siteFromInput, withSite, type Settings } from '../../../lib/settings/schema';

const DEFAULTS: Settings = {
  statuses: { agrees: true, contradicts: true, contested: true, unsourced: true },
  disabledSites: [],
  theme: 'system',
};

describe('readSettings', () => {
  test.each([
    ['nothing stored', undefined, DEFAULTS],
    ['an empty object', {}, DEFAULTS],
    ['one status switched off', { statuses: { agrees: false } }, { ...DEFAULTS, statuses: { ...DEFAULTS.statuses, agrees: false } }],
    ['a theme', { theme: 'dark' }, { ...DEFAULTS, theme: 'dark' }],
    ['an unknown theme (malformed: all defaults)', { theme: 'neon' }, DEFAULTS],
    ['a status that is not a boolean', { statuses: { agrees: 'no' } }, DEFAULTS],
    ['a site name over 253 characters', { disabledSites: ['x'.repeat(254)] }, DEFAULTS],
    ['a string instead of an object', 'dark', DEFAULTS],
  ])('reads %s', (_name, raw, expected) => {
    expect(readSettings(raw)).toEqual(expected);
  });

  it('has defaults equal to what the schema fills in (they skip building it when nothing is stored)', () => {
    expect(defaultSettings()).toEqual(settingsSchema().parse({}));
    expect(readSettings(null)).toEqual(DEFAULTS);
  });

  it('hands out a fresh copy each time', () => {
    const a = readSettings(undefined);
    a.statuses.agrees = false;
    a.disabledSites.push('x.com');
    expect(readSettings(undefined)).toEqual(DEFAULTS);
  });

  it('keeps unknown keys out', () => {
    expect(readSettings({ theme: 'light', extra: 1 })).toEqual({ ...DEFAULTS, theme: 'light' });
  });
});

describe('isSiteDisabled', () => {
  const settings = withSite(DEFAULTS, 'example.com', false);
  test.each([
    ['https://www.example.com/a', true],
    ['https://news.example.com/a', true],
    ['https://example.org/a', false],
    ['chrome://settings', true],
  ])('%s → %s', (url, disabled) => expect(isSiteDisabled(settings, url)).toBe(disabled));
});

describe('siteFromInput: what a reader types as a site to block', () => {
  it.each([
    ['afp.com', 'afp.com'],
    ['  www.AFP.com ', 'afp.com'],
    ['https://www.i24news.tv/en/news/middle-east?x=1', 'i24news.tv'],
    ['127.0.0.1:8787', '127.0.0.1'],
    ['http://127.0.0.1:41079/anything', '127.0.0.1'],
    ['news.example.co.uk/path', 'news.example.co.uk'],
    ['file', 'file'],
    ['file:///home/me/article.html', 'file'],
  ])('%s → %s', (input, site) => expect(siteFromInput(input)).toBe(site));

  it.each(['', '   ', 'not a site!', 'chrome://extensions', 'a b.com', '...', 'javascript:alert(1)', '.com', 'com', 'https://com/', 'example.', '-bad-.com', 'a..b.com', 'example.c0m'])('%j is refused', (input) =>
    expect(siteFromInput(input)).toBeNull(),
  );
});
