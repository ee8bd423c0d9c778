import { describe, expect, test } from 'vitest';
import { isSiteDisabled, readSettings } from '../../../lib/settings/schema';
import { isSiteIn, storedDisabledSites } from '../../../lib/settings/site';

// The small content script decides "site switched off?" with storedDisabledSites (no zod); the full
// script and the popup with readSettings. They must never disagree, malformed storage included.
const URL = 'https://news.example.com/baku';
const OFF = ['example.com'];

describe('storedDisabledSites agrees with readSettings', () => {
  test.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'example.com'],
    ['an array', ['example.com']],
    ['an empty object', {}],
    ['the site switched off', { disabledSites: OFF }],
    ['another site switched off', { disabledSites: ['other.org'] }],
    ['the site off, with every other field set', { disabledSites: OFF, theme: 'dark', statuses: { agrees: false } }],
    ['the site off, with unknown fields (kept by the schema)', { disabledSites: OFF, extra: 1 }],
    ['the site off, with an unknown status key', { disabledSites: OFF, statuses: { agrees: true, other: 'x' } }],
    ['the site off, but a malformed theme', { disabledSites: OFF, theme: 'neon' }],
    ['the site off, but a theme of null', { disabledSites: OFF, theme: null }],
    ['the site off, but a status that is not a boolean', { disabledSites: OFF, statuses: { agrees: 'no' } }],
    ['the site off, but statuses an array', { disabledSites: OFF, statuses: [] }],
    ['a site name over 253 characters', { disabledSites: [...OFF, 'x'.repeat(254)] }],
    ['a site that is not a string', { disabledSites: [...OFF, 3] }],
    ['disabledSites not an array', { disabledSites: 'example.com' }],
    ['over 5000 sites', { disabledSites: [...OFF, ...Array.from({ length: 5000 }, (_, i) => `s${i}.org`)] }],
  ])('%s', (_name, raw) => {
    expect(isSiteIn(storedDisabledSites(raw), URL)).toBe(isSiteDisabled(readSettings(raw), URL));
  });
});
