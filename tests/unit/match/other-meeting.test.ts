import { describe, expect, it, test } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { findPassages } from '../../../lib/match/find-passages';

const claimsIn = (text: string, sentence: string) => {
  const at = text.indexOf(sentence);
  return findPassages(text, bakuPackData).filter((p) => p.claim !== null)
    .filter((p) => p.start >= at && p.start < at + sentence.length)
    .map((p) => `${p.claim}:${p.status}`)
    .sort();
};

const BAKU_LEAD = 'A Syrian and an Israeli official met in Baku on Saturday during President Ahmed al-Sharaa’s visit to Azerbaijan.';

describe('a sentence about another meeting, named just before, is not about Baku', () => {
  it('"… met in Paris on Thursday. The two sides met twice." → the count is Paris’s', () => {
    const twice = 'The two sides met twice, the source said.';
    const text = `${BAKU_LEAD}\nSyrian Foreign Minister Asaad al-Shaibani met Ron Dermer in Paris on Thursday, a diplomatic source said.\n${twice}`;
    expect(claimsIn(text, twice)).toEqual([]);
    // The same sentence right after the Baku lead is about Baku.
    expect(claimsIn(`${BAKU_LEAD}\n${twice}`, twice)).toEqual(['meeting-count:contested']);
  });

  it('naming Baku again brings the reading back', () => {
    const back = 'In Baku, al-Sharaa did not attend the meeting, the source said.';
    const text = `${BAKU_LEAD}\nOfficials later met in Paris for talks.\n${back}`;
    expect(claimsIn(text, back)).toContain('sharaa-attendance:contested');
  });

  it('lapses after two sentences, so a passing mention of an earlier meeting does not silence the article', () => {
    const later = 'Al-Sharaa did not attend the meeting, the diplomatic source said.';
    const text = `${BAKU_LEAD}\nIsraeli and Syrian officials had held talks in Paris in 2024, reports said.\nThe talks produced nothing.\nRelations stayed tense.\n${later}`;
    expect(claimsIn(text, later)).toEqual(['sharaa-attendance:contested']);
  });

  it('background facts are not tied to a meeting and stay found', () => {
    const strikes = 'Israel has carried out hundreds of strikes on Syria.';
    const text = `${BAKU_LEAD}\nThe two sides met again in Paris on Thursday.\n${strikes}`;
    expect(claimsIn(text, strikes)).toEqual(['context-israeli-airstrikes:agrees']);
  });
});

describe('a denied meeting is not a meeting in Baku', () => {
  const LEAD = 'Reports said Syrian and Israeli officials held talks in Azerbaijan.';
  it.each([
    ["Syria's foreign ministry denied that any meeting with Israeli officials took place in Baku.", []],
    ['Damascus denied any meeting with Israeli officials in Baku.', []],
    ['Syria dismissed reports of a meeting with Israeli officials in Baku as fabrications.', []],
    // Controls: a denial of something else leaves the meeting standing.
    ['Syrian and Israeli officials met in Baku on Saturday, a source said, denying earlier reports of a delay.', ['meeting-date:agrees', 'place-occasion:agrees']],
  ])('%s', (sentence, expected) => expect(claimsIn(`${LEAD}\n${sentence}`, sentence)).toEqual(expected));
});

describe('a country naming a news outlet is the source of the report, not a party to the meeting', () => {
  const LEAD = 'A Syrian and an Israeli official met in Baku on Saturday.';
  it.each([
    ["A source close to the Syrian presidency, however, told Pakistan's Samaa that al-Sharaa sat in on one of the meetings.", ['meeting-count:contested', 'sharaa-attendance:contested']],
    ['Qatari channel Al Jazeera said the two sides met twice.', ['meeting-count:contested']],
    // Controls: the country is a party.
    ['Saudi and Israeli officials met twice in Baku.', []],
    ['Pakistan and Israel held two sessions in Baku, a source said.', []],
  ])('%s', (sentence, expected) => expect(claimsIn(`${LEAD}\n${sentence}`, sentence)).toEqual(expected));
});

describe('more parties that make it another meeting', () => {
  test.each([
    ['Al-Shaibani had met European officials in an earlier tour to discuss sanctions.'],
    ['Al-Shaibani met his British and German counterparts on Saturday.'],
    ['Al-Dalati took part in talks with Chinese envoys.'],
  ])('%s → nothing', (sentence) => {
    const lead = 'Officials from Syria and Israel held talks in Baku, Azerbaijan.';
    const passages = findPassages(`${lead} ${sentence}`, bakuPackData).filter((p) => p.start > lead.length && p.claim !== null);
    expect(passages.map((p) => p.claim)).toEqual([]);
  });
});
