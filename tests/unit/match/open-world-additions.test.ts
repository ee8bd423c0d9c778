import { describe, expect, test } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { findPassages } from '../../../lib/match/find-passages';

/**
 * What an open-world "unsourced" passage names as the addition no account carries: a plan made at the
 * event is one; the day a date claim reads, right or wrong, is that claim's value, not an addition.
 */
const EN_LEAD = 'Syrian and Israeli officials met during al-Sharaa’s visit to Azerbaijan.';
const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي خلال زيارة الرئيس أحمد الشرع إلى أذربيجان.';
const LATER_LEAD = 'Syrian Foreign Minister Asaad al-Shaibani and Israeli minister Ron Dermer met in Paris on Tuesday 19 August, a diplomat said.';

function read(lead: string, sentence: string) {
  const text = `${lead} ${sentence}`;
  const from = lead.length + 1;
  const mine = findPassages(text, bakuPackData).filter((p) => p.start >= from);
  return {
    claims: mine.filter((p) => p.claim !== null).map((p) => `${p.claim}:${p.status}`).sort(),
    added: mine.filter((p) => p.claim === null).flatMap((p) => p.elements ?? []),
  };
}

describe('a plan made at the event is an addition', () => {
  test.each([
    [EN_LEAD, 'The two sides met in Baku on Saturday and agreed to meet again within weeks.', ['meet again']],
    [EN_LEAD, 'The delegations met in Baku on Saturday and settled on a follow-up session in the autumn.', ['follow-up']],
    [AR_LEAD, 'واتفق الطرفان خلال لقاء السبت في باكو على اللقاء مجدداً قبل نهاية الشهر.', ['اللقاء مجدداً']],
  ])('%s %s → %j', (lead, sentence, expected) => {
    expect(read(lead, sentence).added).toEqual(expect.arrayContaining(expected));
  });

  // Look-alike: on a page about a later meeting, its own next round is not the event's addition.
  test('a page about a later meeting: its next round is not an addition to the event', () => {
    expect(read(LATER_LEAD, 'The two ministers agreed to meet again in September.').added).toEqual([]);
  });
});

describe('the day a date claim reads is the claim, not an addition', () => {
  test.each([
    [EN_LEAD, 'The officials met in Baku on Friday, a day before the official talks.', 'Friday'],
    [EN_LEAD, 'The encounter took place on Sunday, July 13, in Baku.', 'Sunday'],
    [AR_LEAD, 'وعُقد اللقاء في باكو يوم الأحد، بحسب مصدر مطلع.', 'الأحد'],
  ])('%s %s', (lead, sentence, day) => {
    const { claims, added } = read(lead, sentence);
    expect(claims).toContain('meeting-date:contradicts');
    expect(added.some((e) => e.includes(day))).toBe(false);
  });
});

describe('a wire dateline names the publisher, its city and its day, not an addition or the venue', () => {
  test.each([
    'القاهرة ١٤ يوليو ٢٠٢٥ (شينخوا) قال مصدر إن مسؤولاً سورياً التقى مسؤولاً إسرائيلياً في باكو يوم السبت على هامش زيارة الشرع.',
    'دمشق (أ ف ب) - التقى مسؤول سوري وآخر إسرائيلي في باكو السبت على هامش زيارة الشرع.',
    // The city filed from is not where they met, even one where other meetings were held.
    'باريس (أ ف ب) - التقى مسؤول سوري وآخر إسرائيلي في باكو السبت على هامش زيارة الشرع.',
    'CAIRO (Xinhua) — A Syrian and an Israeli official met in Baku on Saturday on the sidelines of al-Sharaa’s visit to Azerbaijan.',
    'PARIS, July 13 (AFP) — A Syrian and an Israeli official met in Baku on Saturday on the sidelines of al-Sharaa’s visit to Azerbaijan.',
  ])('%s', (text) => {
    const found = findPassages(text, bakuPackData);
    expect(found.filter((p) => p.claim !== null).map((p) => p.claim).sort()).toEqual(['meeting-date', 'place-occasion']);
    expect(found.filter((p) => p.claim === null)).toEqual([]);
  });
});

describe('Arabic: a name after an office is an addition when no account carries it', () => {
  const LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في باكو السبت خلال زيارة الرئيس أحمد الشرع إلى أذربيجان.';
  test.each([
    ['وضم الوفد السوري وزير الاقتصاد نضال الشعار.', ['نضال الشعار']],
    ['وكان رئيس جهاز الأمن الداخلي يوسف الخطيب ضمن الوفد، وفق مصدر.', ['يوسف الخطيب']],
    ['وشارك في اللقاء نائب وزير الخارجية مروان أبو خليل.', ['مروان أبو خليل']],
  ])('%s → %j', (sentence, expected) => {
    expect(read(LEAD, sentence).added).toEqual(expect.arrayContaining(expected));
  });

  // Look-alikes: an office with no name, one held by someone the pack names, a verb or a nationality after it.
  test.each([
    'وقال رئيس الوزراء الإسرائيلي إن اللقاء مهم.',
    'وترأس الرئيس الشرع بنفسه الوفد السوري في اللقاء.',
    'وقال وزير الخارجية أسعد الشيباني إن اللقاء كان مثمراً.',
    'وأكد مستشار سوري أن اللقاء عقد في باكو.',
  ])('%s → no name', (sentence) => {
    expect(read(LEAD, sentence).added.filter((e) => !/\d/.test(e))).toEqual([]);
  });
});
