import { describe, expect, it, test } from 'vitest';
import { claimsOnPage, leadPassage, sharedVerdicts, summaryLine, type ClaimOnPage } from '../../../lib/reader/claims-on-page';
import type { MarkKind } from '../../../lib/reader/kinds';
import { passage } from './make-passage';
import { CLAIMS, STORIES, TALE } from './tale';

describe('claimsOnPage: disputes first', () => {
  it('orders misattributed, contradicted, contested, unsourced, then agreeing, whatever the reading order', () => {
    const items = claimsOnPage(
      [
        passage(0, 10, { claim: 'venue' }),
        passage(11, 20, { claim: null, status: 'unsourced' }),
        passage(21, 30, { claim: 'count', status: 'contested' }),
        passage(31, 40, { claim: 'date', status: 'contradicts' }),
        passage(41, 50, { claim: 'venue', misattributed: true }),
      ],
      CLAIMS,
      STORIES,
    );
    expect(items.map((i) => `${i.key}:${i.kind}`)).toEqual(['tale/venue:misattributed', 'tale/date:contradicts', 'tale/count:contested', 'tale/open:unsourced']);
  });

  it('keeps reading order among claims of one kind, and a claim’s passages in reading order', () => {
    const items = claimsOnPage([passage(30, 40, { claim: 'date' }), passage(20, 25, { claim: 'venue' }), passage(0, 5, { claim: 'date' })], CLAIMS, STORIES);
    expect(items.map((i) => i.key)).toEqual(['tale/date', 'tale/venue']);
    expect(items[0]!.passages.map((p) => p.start)).toEqual([0, 30]);
  });

  it('a claim takes its most serious passage’s kind', () => {
    const [item] = claimsOnPage([passage(0, 5, { claim: 'count' }), passage(6, 9, { claim: 'count', status: 'contradicts' })], CLAIMS, STORIES);
    expect(item!.kind).toBe('contradicts');
    expect(leadPassage(item!.passages)?.start).toBe(6);
  });

  it('leaves out passages of a claim or story it has no view of', () => {
    expect(claimsOnPage([passage(0, 5, { claim: 'gone' }), passage(0, 5, { pack: 'elsewhere' })], CLAIMS, STORIES)).toEqual([]);
  });
});

describe('sharedVerdicts', () => {
  it('gives the verdicts when every passage has the same', () => {
    expect(sharedVerdicts([passage(0, 5), passage(6, 9)])).toEqual({ north: 'agrees', south: 'silent' });
  });
  it('gives null when passages side with different accounts', () => {
    expect(sharedVerdicts([passage(0, 5), passage(6, 9, { verdicts: { north: 'contradicts', south: 'agrees' } })])).toBeNull();
  });
});

describe('summaryLine', () => {
  const item = (kind: MarkKind, passages = 1, open = false): ClaimOnPage => ({
    key: 'k',
    claim: open ? null : CLAIMS['tale/venue']!,
    story: TALE,
    passages: Array.from({ length: passages }, (_, i) => passage(i, i + 1)),
    kind,
  });
  test.each([
    ['disputes, then what no account backs, then agreement', [item('misattributed'), item('contradicts'), item('contested'), item('unsourced'), item('agrees'), item('agrees')], '3 points in dispute on this page, 1 that no account backs, 2 in agreement with the accounts.'],
    ['one dispute alone', [item('contested')], '1 point in dispute on this page.'],
    ['unsourced is not a dispute', [item('unsourced'), item('agrees')], 'Nothing on this page is in dispute: 1 point that no account backs, 1 in agreement with the accounts.'],
    ['each open-world passage is a point of its own', [item('unsourced', 3, true)], 'Nothing on this page is in dispute: 3 points that no account backs.'],
    ['a page where everything agrees says so plainly', [item('agrees'), item('agrees')], 'Nothing on this page is in dispute: 2 points in agreement with the accounts.'],
    ['nothing at all', [], 'Nothing on this page is in dispute.'],
  ])('%s', (_name, items, expected) => {
    expect(summaryLine(items)).toBe(expected);
  });
});
