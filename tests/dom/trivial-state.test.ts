// @vitest-environment happy-dom
import { afterEach, describe, expect, it, test } from 'vitest';
import { trivialPageState } from '../../entrypoints/content/trivial-state';

afterEach(() => document.documentElement.removeAttribute('data-crosscheck-hidden'));

describe('trivialPageState (the small content script answering "page.state" alone)', () => {
  it('reports nothing found on the page, and whether the site is on', () => {
    document.title = 'Weather';
    expect(trivialPageState({ type: 'page.state', payload: {} }, false)).toEqual({
      url: location.href,
      title: 'Weather',
      enabled: false,
      aboutStory: false,
      checking: false,
      visible: true,
      passages: [],
      error: null,
    });
  });

  it('reports hidden highlights as hidden', () => {
    document.documentElement.setAttribute('data-crosscheck-hidden', '');
    expect(trivialPageState({ type: 'page.state', payload: {} }, true)?.visible).toBe(false);
  });

  // Anything else goes to the full script, whose zod router answers (or rejects) it.
  test.each([
    ['another message', { type: 'page.setVisible', payload: {} }],
    ['a payload with fields', { type: 'page.state', payload: { all: true } }],
    ['a payload that is not an object', { type: 'page.state', payload: 'x' }],
    ['no payload', { type: 'page.state' }],
    ['an envelope with extra keys', { type: 'page.state', payload: {}, code: 1 }],
    ['no message at all', undefined],
    ['an array', ['page.state', {}]],
  ])('leaves %s to the full script', (_name, raw) => {
    expect(trivialPageState(raw, true)).toBeNull();
  });
});
