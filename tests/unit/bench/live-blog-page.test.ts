import { describe, expect, it, test } from 'vitest';
import { entryTime, liveBlogPage } from '../../../scripts/lib/live-blog-page';

describe('liveBlogPage', () => {
  const page = liveBlogPage(['Officials from two countries met in a city on Saturday.', 'A second sentence about the meeting was said.'], 50);

  it('has one entry per requested entry, each with its story sentence', () => {
    expect(page.html.match(/<section class="entry">/g)).toHaveLength(50);
    expect(page.html.match(/met in a city on Saturday/g)).toHaveLength(25);
  });

  it('is the same on every call', () => expect(liveBlogPage(['A sentence.'], 20).html).toBe(liveBlogPage(['A sentence.'], 20).html));

  it('needs a story sentence', () => expect(() => liveBlogPage([], 3)).toThrow());

  test.each([
    [0, '23:59'],
    [59, '23:00'],
    [1439, '00:00'],
    [1440, '23:59'],
  ])('entry %i is timed %s', (i, time) => expect(entryTime(i)).toBe(time));
});
