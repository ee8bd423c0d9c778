import { describe, expect, it } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { findPassages } from '../../../lib/match/find-passages';
import type { Passage } from '../../../lib/match/types';

/**
 * A page can put characters the reader never sees inside a word: a zero-width space, a soft hyphen,
 * a bidi override. The verdicts must be those of the word on the screen, and the passages must still
 * cover the page's own characters (offsets into the text as sent, invisible characters included).
 */
const verdictsOf = (passages: Passage[]) => passages.map((p) => ({ claim: p.claim, status: p.status, verdicts: p.verdicts }));

const EN = 'A Syrian official and an Israeli official met in Baku on Saturday, a diplomatic source in Damascus told AFP. Syrian President Ahmed al-Sharaa did not attend the meeting, the source said.';
const AR = 'أكد مصدر دبلوماسي في دمشق لوكالة الصحافة الفرنسية أن الرئيس السوري الانتقالي لم يحضر الاجتماع الذي جمع مسؤولاً سورياً بنظير إسرائيلي له في باكو يوم السبت.';

const INVISIBLE = { 'zero-width space': '\u200B', 'soft hyphen': '\u00AD', 'right-to-left override': '\u202E', 'word joiner': '\u2060' };

describe('characters the reader does not see', () => {
  const plainEn = findPassages(EN, bakuPackData);
  const plainAr = findPassages(AR, bakuPackData);

  it('the plain sentences carry the attendance claim (the baseline the others are held to)', () => {
    expect(plainEn.some((p) => p.claim)).toBe(true);
    expect(plainAr.some((p) => p.claim)).toBe(true);
  });

  for (const [name, ch] of Object.entries(INVISIBLE)) {
    it(`a ${name} inside an English "not" leaves it "not"`, () => {
      const text = EN.replace('did not', `did n${ch}o${ch}t`);
      const found = findPassages(text, bakuPackData);
      expect(verdictsOf(found)).toEqual(verdictsOf(plainEn));
      for (const p of found) expect(p.text).toBe(text.slice(p.start, p.end));
    });

    it(`a ${name} inside an Arabic "لم يحضر" leaves it a denial`, () => {
      const text = AR.replace('لم يحضر', `لم يح${ch}ضر`);
      const found = findPassages(text, bakuPackData);
      expect(verdictsOf(found)).toEqual(verdictsOf(plainAr));
      for (const p of found) expect(p.text).toBe(text.slice(p.start, p.end));
    });
  }
});
