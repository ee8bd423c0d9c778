import { describe, expect, it, test } from 'vitest';
import { arabic } from '../../../lib/lang/ar';
import type { Span } from '../../../lib/lang/types';
import { phrasesRegex } from '../../../lib/match/pattern/compile';

/**
 * The Arabic language module on its own, with generic sentences and the made-up port-strike story
 * (a dockers' union, نقابة عمال الميناء; a port authority, إدارة الميناء; a strike, إضراب). The cue
 * functions read folded text, as the engine hands it to them, so each case folds first.
 */

const f = (s: string) => arabic.fold(s).text;
const slices = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));

describe('fold', () => {
  test.each([
    ['tashkeel (short vowels, shadda, sukun, tanween)', 'الرَّصِيفُ مُضْرِبًا', 'الرصيف مضربا'],
    ['the superscript alef', 'هٰذا', 'هذا'],
    ['tatweel', 'رصـــيف', 'رصيف'],
    ['alef with hamza above, below, madda and wasla', 'أعلن إضراب آخر ٱلعمال', 'اعلن اضراب اخر العمال'],
    ['alef maqsura', 'مبنى على', 'مبني علي'],
    ['taa marbuta', 'نقابة إدارة', 'نقابه اداره'],
    ['hamza on waw and on yaa', 'مسؤول رئيس', 'مسوول رييس'],
    ['Arabic-Indic digits', '١٢ آذار ٢٠٢٥', '12 اذار 2025'],
    ['Persian digits', '۱۲ ۳۴', '12 34'],
    ['Arabic punctuation, as its Latin twin', 'نعم، لا؛ لماذا؟ «إضراب»', 'نعم, لا; لماذا? "اضراب"'],
    ['bidi marks', 'الإضراب\u200f 24\u200e ساعة', 'الاضراب 24 ساعه'],
    ['Latin letters, to lower case', 'وكالة AFP', 'وكاله afp'],
  ])('folds %s', (_name, text, folded) => {
    expect(arabic.fold(text).text).toBe(folded);
  });

  it('keeps no map when every character folds to exactly one', () => {
    expect(arabic.fold('نقابة عمال الميناء').map).toBeNull();
  });

  it('maps each folded character back to its original offset, and the end to the original length', () => {
    const text = 'الرَّصِيفُ';
    const { text: folded, map } = arabic.fold(text);
    expect(folded).toBe('الرصيف');
    expect(Array.from(map!)).toEqual([0, 1, 2, 5, 7, 8, text.length]);
  });

  test.each([
    ['tashkeel', 'وصلَ العمالُ إلى المِيناءِ أمسِ.'],
    ['tatweel', 'أضرب عمـــال المينـــاء'],
    ['bidi marks', 'قال\u200f مدير\u200e الميناء'],
    ['digits and marks together', 'يوم ١٢ آذارَ ٢٠٢٥'],
  ])('maps folded offsets back exactly through %s', (_name, text) => {
    const { text: folded, map } = arabic.fold(text);
    expect(map).not.toBeNull();
    expect(map!.length).toBe(folded.length + 1);
    expect(map![folded.length]).toBe(text.length);
    for (let i = 0; i < folded.length; i += 1) {
      // Each folded character comes from the original character it maps to, and the map never goes back.
      expect(arabic.fold(text[map![i]!]!).text).toBe(folded[i]);
      if (i > 0) expect(map![i]!).toBeGreaterThan(map![i - 1]!);
    }
  });

  it('finds a word in the folded text and gives back its span in the original, marks and all', () => {
    const text = 'وصلَ العمالُ إلى المِيناءِ أمسِ';
    const { text: folded, map } = arabic.fold(text);
    const start = folded.indexOf('الميناء');
    const end = start + 'الميناء'.length;
    expect(text.slice(map![start]!, map![end]!)).toBe('المِيناءِ');
  });
});

describe('wordSource: a pattern word with its clitics', () => {
  /** Whether the phrase (compiled as the engine compiles it) matches the whole of `word` once folded. */
  const matches = (phrase: string, word: string) => {
    const re = phrasesRegex(arabic, [phrase])!;
    const m = [...f(word).matchAll(re)][0];
    return m !== undefined && m.index === 0 && m[0].length === f(word).length;
  };

  test.each([
    ['ميناء', 'ميناء', true],
    ['ميناء', 'والميناء', true],
    ['ميناء', 'فالميناء', true],
    ['ميناء', 'بالميناء', true],
    ['ميناء', 'كالميناء', true],
    ['ميناء', 'للميناء', true],
    ['ميناء', 'لميناء', true],
    ['ميناء', 'بميناء', true],
    ['ميناء', 'وبميناء', true],
    ['ميناء', 'فلميناء', true],
    ['ميناء', 'الميناء', true],
    ['ميناء', 'ميناءها', true],
    // Look-alikes: a broken plural, a dual, a preposition the module does not strip.
    ['ميناء', 'موانئ', false],
    ['رصيف', 'أرصفة', false],
    ['رصيف', 'رصيفان', false],
    ['ميناء', 'عالميناء', false],
  ])('"%s" matches %s: %s', (phrase, word, expected) => {
    expect(matches(phrase, word)).toBe(expected);
  });

  test.each([
    ['الميناء', true],
    ['والميناء', true],
    ['بالميناء', true],
    ['للميناء', true],
    ['ميناء', false],
    ['لميناء', false],
  ])('a word written with the article, "الميناء", matches %s: %s', (word, expected) => {
    expect(matches('الميناء', word)).toBe(expected);
  });

  test.each([
    ['نقابة', true],
    ['النقابة', true],
    ['للنقابة', true],
    ['والنقابة', true],
    ['نقابته', true],
    ['نقابتها', true],
    ['نقابتهم', true],
    ['ونقابتهم', true],
    ['نقابات', false],
    ['نقابي', false],
  ])('a word ending in taa marbuta, "نقابة", matches %s: %s', (word, expected) => {
    expect(matches('نقابة', word)).toBe(expected);
  });

  // A relative adjective (nisba) agrees with its noun: one alias covers its feminine, plural and dual.
  test.each([
    ['مصري', true],
    ['المصرية', true],
    ['مصريون', true],
    ['ومصريون', true],
    ['المصريين', true],
    ['مصريان', true],
    ['مصريتين', true],
    ['مصريتها', true],
    ['مصرياً', true],
    ['مصر', false],
    ['مصريات', false],
    ['مصرين', false],
  ])('a relative adjective, "مصري", matches %s: %s', (word, expected) => {
    expect(matches('مصري', word)).toBe(expected);
  });

  // A final alef maqsura is written alef before a pronoun suffix.
  test.each([
    ['أجرى', 'أجراها', true],
    ['أجرى', 'وأجراه', true],
    ['التقى', 'التقاهم', true],
    ['أجرى', 'أجرا', false],
  ])('"%s" matches %s: %s', (phrase, word, expected) => {
    expect(matches(phrase, word)).toBe(expected);
  });

  it('a short word ending in yaa, "في", takes no agreement endings', () => {
    expect(matches('في', 'فين')).toBe(false);
    expect(matches('في', 'فيه')).toBe(true);
  });

  // A final hamza moves to its seat (ئ, ؤ) before a suffix, as a taa marbuta turns to taa.
  test.each(['مينائه', 'ميناؤه', 'مينائها', 'بمينائها', 'وميناؤه'])('a word ending in hamza, "ميناء", matches %s with the hamza on its seat before a suffix', (word) => {
    expect(matches('ميناء', word)).toBe(true);
  });

  // A seat without a suffix is another word's spelling, not this word.
  test.each(['مينائ', 'ميناؤ', 'ميناو'])('a word ending in hamza, "ميناء", does not match %s (a seat with no suffix)', (word) => {
    expect(matches('ميناء', word)).toBe(false);
  });

  it('reads tashkeel in the pattern word as the text is folded', () => {
    expect(matches('إضْراب', 'الإِضرابُ')).toBe(true);
  });

  test.each([
    ['اضرابات', true],
    ['والإضرابات', true],
    ['اضرابا', true],
    ['ضراب', false],
  ])('a prefix word, "إضراب*", matches %s: %s', (word, expected) => {
    const re = phrasesRegex(arabic, ['إضراب*'])!;
    expect(re.test(f(word))).toBe(expected);
  });

  // Arabic copy writes a Latin name with its clitics attached ("لـi24", "وi24"): the name still matches.
  it('matches a Latin word as Latin, with or without a clitic, and not inside a longer word', () => {
    expect(matches('i24', 'I24')).toBe(true);
    expect(matches('i24', 'وi24')).toBe(true);
    expect(matches('i24', 'xi24')).toBe(false);
  });
});

describe('sentences', () => {
  test.each([
    ['a stop', 'أضرب عمال الميناء يوم الاثنين. وقالت النقابة إن الإضراب نجح.', ['أضرب عمال الميناء يوم الاثنين.', 'وقالت النقابة إن الإضراب نجح.']],
    ['an Arabic question mark', 'هل نجح الإضراب؟ قالت النقابة نعم.', ['هل نجح الإضراب؟', 'قالت النقابة نعم.']],
    ['an exclamation mark and an ellipsis', 'انتهى الإضراب! ربما… ثم عادت السفن', ['انتهى الإضراب!', 'ربما…', 'ثم عادت السفن']],
    ['a line without a stop (a headline)', 'إضراب في الميناء\nأضرب العمال يوم الاثنين.', ['إضراب في الميناء', 'أضرب العمال يوم الاثنين.']],
    ['a closing quote after the stop', 'قال المدير: «الباب مفتوح.» ثم غادر.', ['قال المدير: «الباب مفتوح.»', 'ثم غادر.']],
    ['a decimal point (no sentence end)', 'شارك 1.800 عامل في الإضراب.', ['شارك 1.800 عامل في الإضراب.']],
    ['blank lines and spaces around', '\n\n  انتهى الإضراب.  \n\n', ['انتهى الإضراب.']],
    ['a question and exclamation mark together', 'أهذا إضراب؟! قالت النقابة نعم.', ['أهذا إضراب؟!', 'قالت النقابة نعم.']],
    ['Latin initials inside Arabic copy (no sentence end)', 'وقال مسؤول في U.S. Navy إن الميناء مغلق.', ['وقال مسؤول في U.S. Navy إن الميناء مغلق.']],
    ['an Arabic decimal separator (no sentence end)', 'ارتفعت الأجور ٣٫٥ في المئة. وعادت السفن.', ['ارتفعت الأجور ٣٫٥ في المئة.', 'وعادت السفن.']],
  ])('ends sentences at %s, offsets slicing the input', (_name, text, expected) => {
    expect(slices(text, arabic.sentences(text))).toEqual(expected);
  });

  // "د." (doctor) is a title, not a sentence end.
  test.each([
    ['"د."', 'قال د. سامي إن الاتفاق قريب.'],
    ['"أ.د."', 'قال أ.د. سامي إن الاتفاق قريب.'],
  ])('does not end a sentence at the abbreviation %s before a name', (_name, text) => {
    expect(slices(text, arabic.sentences(text))).toEqual([text]);
  });

  it('still ends a sentence at a word ending in د', () => {
    const text = 'وصل الوفد. وقال د. سامي إن الاتفاق قريب.';
    expect(slices(text, arabic.sentences(text))).toEqual(['وصل الوفد.', 'وقال د. سامي إن الاتفاق قريب.']);
  });

  it('cuts a line without stops into pieces of at most 1,200 characters, at spaces, offsets still slicing it', () => {
    const text = 'أضرب عمال الميناء '.repeat(300);
    const spans = arabic.sentences(text);
    expect(spans.length).toBeGreaterThan(3);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(1200);
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
      // Cut at spaces: no piece starts or ends inside a word.
      expect(s.start === 0 || text[s.start - 1] === ' ').toBe(true);
      expect(s.end === text.length || text[s.end] === ' ').toBe(true);
    }
  });
});

describe('clauses', () => {
  test.each([
    ['an Arabic semicolon', 'حضرت النقابة الاجتماع؛ وغابت الإدارة', ['حضرت النقابة الاجتماع', ' وغابت الإدارة']],
    ['a Latin semicolon', 'حضرت النقابة الاجتماع; وغابت الإدارة', ['حضرت النقابة الاجتماع', ' وغابت الإدارة']],
    ['"، بينما"', 'قالت النقابة إن الإضراب نجح، بينما قالت الإدارة إنه فشل', ['قالت النقابة إن الإضراب نجح', 'بينما قالت الإدارة إنه فشل']],
    ['"، في حين"', 'قالت النقابة ذلك، في حين نفت الإدارة', ['قالت النقابة ذلك', 'في حين نفت الإدارة']],
    ['"، لكن"', 'قالت النقابة إن الإضراب نجح، لكن الإدارة قالت إنه فشل', ['قالت النقابة إن الإضراب نجح', 'لكن الإدارة قالت إنه فشل']],
    ['"لكن" without a comma', 'حضر المدير الاجتماع لكن لم يتكلم', ['حضر المدير الاجتماع', 'لكن لم يتكلم']],
    ['"، بل"', 'لم يكن إضرابا، بل كان توقفا', ['لم يكن إضرابا', 'بل كان توقفا']],
    ['a dash', 'الإضراب نجح — قالت النقابة', ['الإضراب نجح ', ' قالت النقابة']],
    ['"، على أن" (what is to follow)', 'بحث الطرفان الأجور، على أن يوقعا الاتفاق في أيلول', ['بحث الطرفان الأجور', 'على أن يوقعا الاتفاق في أيلول']],
  ])('splits at %s', (_name, sentence, expected) => {
    expect(slices(sentence, arabic.clauses(sentence))).toEqual(expected);
  });

  test.each([
    ['a plain comma', 'قالت النقابة، والإدارة، إن الاجتماع عقد'],
    ['"بل" inside a word', 'قالت النقابة، بلغ عدد المضربين ألفا'],
    ['"بينما" without a comma', 'أضرب العمال بينما استمرت المحادثات'],
    ['a dash between two adjectives of nationality', 'مفاوضات مصرية – فرنسية في الميناء'],
  ])('does not split at %s', (_name, sentence) => {
    expect(slices(sentence, arabic.clauses(sentence))).toEqual([sentence]);
  });
});

describe('negation', () => {
  test.each([
    ['لم', 'لم يحضر المدير الاجتماع'],
    ['لن', 'لن يحضر المدير'],
    ['لا', 'لا يشارك المدير'],
    ['ليس', 'ليس المدير حاضرا'],
    ['ليست', 'ليست النقابة طرفا'],
    ['غير', 'المدير غير حاضر'],
    ['دون', 'انتهى الاجتماع دون اتفاق'],
    ['بدون', 'انتهى الاجتماع بدون اتفاق'],
    ['عدم', 'أكدت الإدارة عدم حضور المدير'],
    ['ولم (with a conjunction)', 'ولم يحضر المدير'],
    ['فلم (with a conjunction)', 'فلم يحضر المدير'],
  ])('reads %s as a negator', (negator, stretch) => {
    const cue = arabic.negation(f(stretch));
    expect(cue).not.toBeNull();
    expect(cue!.text).toBe(f(negator.split(' ')[0]!));
  });

  test.each([
    ['"ما" as "what"', 'ما قاله المدير'],
    ['"ما" before a past verb', 'ما حضر المدير'],
    ['a word starting with لم', 'لمح المدير إلى اتفاق'],
    ['a word starting with لا', 'لاعب في الميناء'],
    ['a word starting with عدم', 'عدمي'],
    ['"غير" with a suffix ("someone else")', 'جاء غيره'],
    ['no negator', 'حضر المدير الاجتماع'],
  ])('finds no negator in %s', (_name, stretch) => {
    expect(arabic.negation(f(stretch))).toBeNull();
  });

  // A negated verb of stopping says the thing goes on: it negates nothing after it.
  test.each([
    ['لم تتوقف', 'ولم تتوقف الغارات على الميناء'],
    ['لم يتوقف', 'لم يتوقف الإضراب منذ الاثنين'],
    ['لم تنقطع', 'لم تنقطع الاتصالات بين الطرفين'],
  ])('reads "%s" (has not stopped) as no negation', (_name, stretch) => {
    expect(arabic.negation(f(stretch))).toBeNull();
  });

  test.each([
    ['غير أن', 'غير أن النقابة حضرت الاجتماع'],
    ['وغير أنه', 'وغير أنه حضر الاجتماع'],
  ])('reads "%s" (however) as no negation', (_name, stretch) => {
    expect(arabic.negation(f(stretch))).toBeNull();
  });

  it('still reads "غير" before a noun after "غير أن"', () => {
    expect(arabic.negation(f('غير أن المدير غير حاضر'))?.index).toBe(f('غير أن المدير ').length);
  });

  it('still reads a negator after a negated verb of stopping', () => {
    expect(arabic.negation(f('لم تتوقف الغارات ولم يحضر المدير'))?.text).toBe(f('ولم'));
  });

  it('still reads "لم" before another verb that starts like one of stopping', () => {
    expect(arabic.negation(f('لم توقع النقابة الاتفاق'))?.text).toBe(f('لم'));
  });

  // "بلا" (without) is the preposition ب on لا, as "بدون" is.
  it('reads "بلا" (without) as a negator, as it reads "بدون"', () => {
    expect(arabic.negation(f('انتهى الاجتماع بلا اتفاق'))?.text).toBe(f('بلا'));
  });

  test.each([
    ['"بلاد" (country)', 'عاد المدير إلى بلاده'],
    ['"بلاغ" (a notice)', 'أصدرت النقابة بلاغا'],
  ])('finds no negator in a word starting with بلا: %s', (_name, stretch) => {
    expect(arabic.negation(f(stretch))).toBeNull();
  });
});

describe('expectation', () => {
  test.each([
    ['من المتوقع', 'من المتوقع أن يحضر المدير', false],
    ['يتوقع', 'يتوقع أن يحضر المدير', false],
    ['سوف', 'سوف يحضر المدير', false],
    ['من المقرر', 'من المقرر أن يحضر المدير', false],
    ['يعتزم', 'يعتزم المدير الحضور', false],
    ['لن (will not: negative on its own)', 'لن يحضر المدير', true],
    ['من غير المتوقع (not expected: negative)', 'من غير المتوقع أن يحضر المدير', true],
    ['قد before an imperfect (may)', 'قد يحضر المدير', false],
    ['قد before an imperfect, feminine', 'قد تحضر المديرة', false],
  ])('reads %s', (_name, stretch, negative) => {
    const cue = arabic.expectation(f(stretch));
    expect(cue).not.toBeNull();
    expect(cue!.negative).toBe(negative);
  });

  test.each([
    ['قد before a perfect (has already)', 'قد حضر المدير'],
    ['a past verb', 'حضر المدير'],
    ['a verb starting with س', 'سافر المدير'],
    ['a noun starting with سي', 'سيارة المدير'],
    ['six (ستة)', 'ستة عمال'],
  ])('finds no expectation in %s', (_name, stretch) => {
    expect(arabic.expectation(f(stretch))).toBeNull();
  });

  // The future prefix is read outside the word-edge guard (the verb's letters follow it); the cue is the whole verb.
  test.each([
    ['سيحضر', 'سيحضر المدير الاجتماع'],
    ['ستحضر', 'ستحضر المديرة الاجتماع'],
    ['وسيحضر', 'وسيحضر المدير الاجتماع'],
    ['سنحضر', 'سنحضر الاجتماع'],
    ['سيطرح (a verb spelt like the noun سيطرة)', 'سيطرح المدير الاقتراح'],
  ])('reads the future prefix س on %s', (verb, stretch) => {
    const cue = arabic.expectation(f(stretch));
    expect(cue).toEqual(expect.objectContaining({ text: f(verb.split(' ')[0]!), negative: false }));
  });

  test.each([
    ['سيارته (his car)', 'وصلت سيارته'],
    ['سياسة (policy)', 'سياسة الإدارة واضحة'],
    ['سيادة (sovereignty)', 'سيادة الدولة'],
    ['سيطرة (control)', 'سيطرة النقابة على الرصيف'],
    ['سيطر (controlled, a past verb)', 'سيطر العمال على الرصيف'],
    ['سنة (a year)', 'مرت سنة على الإضراب'],
    ['سنوات (years)', 'منذ سنوات'],
    ['ستين (sixty)', 'ستين عاملا'],
  ])('finds no future prefix in the noun or past verb %s', (_name, stretch) => {
    expect(arabic.expectation(f(stretch))).toBeNull();
  });
});

describe('denial frames (the subject inside a denied report)', () => {
  test.each([
    ['نفى أن', 'نفى المدير أن '],
    ['نفت … أن', 'نفت الإدارة أن '],
    ['نفت التقارير التي', 'نفت الإدارة التقارير التي تحدثت عن أن '],
    ['أنكر أن', 'أنكر المدير أن '],
    ['استبعد أن', 'استبعدت الإدارة أن '],
    ['رغم تقارير عن', 'رغم تقارير عن مشاركة '],
    ['على الرغم من تقارير', 'على الرغم من تقارير عن مشاركة '],
    ['خلافا لما تردد', 'خلافا لما تردد عن '],
  ])('reads %s', (_name, prefix) => {
    expect(arabic.denialFrame(f(prefix))).not.toBeNull();
  });

  test.each([
    ['a confirmation', 'أكدت الإدارة أن '],
    ['a plain report', 'قالت الإدارة إن '],
    ['"although" (رغم أن)', 'رغم أن '],
    ['despite the strike (no report)', 'رغم الإضراب '],
    ['a denial closed by a semicolon', 'نفت الإدارة ذلك; وقالت إن '],
  ])('finds no denial in %s', (_name, prefix) => {
    expect(arabic.denialFrame(f(prefix))).toBeNull();
  });

  test.each([
    ['نفيت', 'التقارير عن مشاركة المدير ', 'نفيت لاحقا', true],
    ['غير صحيحة', 'الأنباء عن حضور المدير ', 'غير صحيحة', true],
    ['no report before it', 'قال المدير ', 'نفيت', false],
    ['a report confirmed', 'التقارير عن مشاركة المدير ', 'أكدت لاحقا', false],
  ])('reads a later denial of a report: %s', (_name, prefix, rest, denied) => {
    expect(arabic.passiveDenial(f(prefix), f(rest)) !== null).toBe(denied);
  });
});

describe('superseded frames (a report since replaced)', () => {
  test.each([
    ['أفادت في البداية', 'أفادت الإدارة في البداية بأن '],
    ['ذكرت في وقت سابق', 'ذكرت الإدارة في وقت سابق أن '],
    ['كانت قد ذكرت', 'كانت الإدارة قد ذكرت أن '],
    ['بعد أن ذكرت', 'بعد أن ذكرت الإدارة أن '],
    ['قالت سابقا', 'قالت النقابة سابقا إن '],
  ])('reads %s', (_name, prefix) => {
    expect(arabic.supersededFrame(f(prefix))).not.toBeNull();
  });

  test.each([
    ['a plain report', 'ذكرت الإدارة أن '],
    ['a report said on a day', 'قالت النقابة يوم الاثنين إن '],
  ])('finds none in %s', (_name, prefix) => {
    expect(arabic.supersededFrame(f(prefix))).toBeNull();
  });
});

describe('open questions', () => {
  test.each([
    ['ما إذا', 'لم يتضح ما إذا '],
    ['إذا ما', 'ليس واضحا إذا ما كان '],
    ['إن كان', 'من غير الواضح إن كان '],
    ['هل', 'هل '],
  ])('reads %s', (_name, prefix) => {
    expect(arabic.openQuestion(f(prefix))).not.toBeNull();
  });

  test.each([
    ['a report', 'قالت الإدارة إن '],
    ['"ما" as "what"', 'ما قاله '],
    ['a question closed by a comma', 'لم يتضح ما إذا كان ذلك صحيحا، لكن '],
  ])('finds none in %s', (_name, prefix) => {
    expect(arabic.openQuestion(f(prefix))).toBeNull();
  });

  // "عما إذا" (about whether) and "فيما إذا" (whether) are عن and في on "ما", written as one word.
  test.each([
    ['عما إذا (about whether)', 'تساءل الصحفيون عما إذا '],
    ['فيما إذا (whether)', 'لم يحسم المدير فيما إذا '],
  ])('reads %s', (_name, prefix) => {
    expect(arabic.openQuestion(f(prefix))).not.toBeNull();
  });

  test.each([
    ['"عما" (about what) without إذا', 'تحدث المدير عما جرى في '],
    ['"فيما" (while) without إذا', 'أضرب العمال فيما '],
  ])('finds none in %s', (_name, prefix) => {
    expect(arabic.openQuestion(f(prefix))).toBeNull();
  });
});

describe('experience and conditions', () => {
  test.each([
    ['لم يسبق', 'لم يسبق له أن التقى', true],
    ['سبق أن', 'سبق أن التقى', true],
    ['من قبل', 'التقى المدير من قبل', true],
    ['one meeting yesterday', 'التقى المدير أمس', false],
  ])('experiential: %s', (_name, stretch, expected) => {
    expect(arabic.experiential(f(stretch)) !== null).toBe(expected);
  });

  test.each([
    ['إذا', 'إذا حضر ', true],
    ['لو', 'لو حضر ', true],
    ['في حال', 'في حال حضر ', true],
    ['إذ (as, since)', 'إذ حضر ', false],
    ['a plain verb', 'حضر ', false],
  ])('hypothetical: %s', (_name, prefix, expected) => {
    expect(arabic.hypothetical(f(prefix)) !== null).toBe(expected);
  });
});

describe('days', () => {
  const days = (text: string) => arabic.days(f(text)).map(({ start: _s, end: _e, text: _t, ...d }) => d);
  test.each([
    ['a weekday', 'عقد الاجتماع السبت', [{ weekday: 6, ofOtherVerb: false }]],
    ['"يوم" and a weekday', 'عقد الاجتماع يوم الأربعاء', [{ weekday: 3, ofOtherVerb: false }]],
    ['a weekday with a date in both month names', 'يوم السبت 12 تموز/يوليو 2025', [{ weekday: 6, day: 12, month: 7, year: 2025, ofOtherVerb: false }]],
    ['a date in Arabic-Indic digits', 'أضرب العمال في ١٢ يوليو', [{ day: 12, month: 7, ofOtherVerb: false }]],
    ['"من" between day and month', 'أضرب العمال في 12 من تموز', [{ day: 12, month: 7, ofOtherVerb: false }]],
    ['a Levantine month with a hamza', 'أضرب العمال في 3 آذار/مارس 2025', [{ day: 3, month: 3, year: 2025, ofOtherVerb: false }]],
    ['a numeric date', 'أضرب العمال في 3/3/2025', [{ day: 3, month: 3, year: 2025, ofOtherVerb: false }]],
    ['the weekend', 'عقد الاجتماع نهاية الأسبوع', [{ weekend: true, ofOtherVerb: false }]],
    ['a month alone, after في', 'أضرب العمال في أيار', [{ month: 5, monthOnly: true, ofOtherVerb: false }]],
    ['a month alone, after منذ', 'لم يضرب العمال منذ كانون الأول', [{ month: 12, monthOnly: true, ofOtherVerb: false }]],
    ['a day of a reporting verb', 'قالت النقابة السبت إن الإضراب نجح', [{ weekday: 6, ofOtherVerb: true }]],
    ['a day of a travel verb', 'وصل المدير يوم الجمعة', [{ weekday: 5, ofOtherVerb: true }]],
  ])('reads %s', (_name, text, expected) => {
    expect(days(text)).toEqual(expected.map((d) => expect.objectContaining(d)));
  });

  test.each([
    ['a word starting with a weekday', 'السبتي'],
    ['a year alone', 'عام 2019'],
    ['an impossible numeric date', 'الرقم 32/13'],
    ['a month name without a preposition or a day', 'تموز'],
  ])('reads no day in %s', (_name, text) => {
    expect(days(text)).toEqual([]);
  });

  it('gives offsets into the folded text', () => {
    const text = f('عقد الاجتماع يوم السبت في الميناء');
    const [d] = arabic.days(text);
    expect(text.slice(d!.start, d!.end)).toBe(f('يوم السبت'));
  });
});

describe('relativeTimes', () => {
  test.each([
    ['الشهر الماضي', 'month', -1],
    ['الأسبوع المقبل', 'week', 1],
    ['الأسبوع القادم', 'week', 1],
    ['العام الماضي', 'year', -1],
    ['الشهر الجاري', 'month', 0],
    ['الشهر الفائت', 'month', -1],
    ['مطلع الشهر الجاري', 'month', 0],
    ['في وقت سابق من هذا الشهر', 'month', 0],
    // Said relative to something else the copy names, not to the page's date.
    ['بعد أسبوعين', 'week', null],
    ['بعد شهر', 'month', null],
  ])('reads %s as %s %s', (text, unit, offset) => {
    expect(arabic.relativeTimes(f(`أضرب العمال ${text}`))).toEqual([expect.objectContaining({ unit, offset })]);
  });

  it('reads nothing in a sentence without one', () => {
    expect(arabic.relativeTimes(f('أضرب العمال يوم الاثنين'))).toEqual([]);
  });

  // "السنة" is the other common word for "year", feminine, with the feminine adjective.
  test.each([
    ['السنة الماضية', -1],
    ['السنة المقبلة', 1],
    ['مطلع السنة الحالية', 0],
    ['في وقت سابق من هذه السنة', 0],
  ])('reads "%s" as year %s', (text, offset) => {
    expect(arabic.relativeTimes(f(`أضرب العمال ${text}`))).toEqual([expect.objectContaining({ unit: 'year', offset })]);
  });

  test.each([
    ['the past years (السنوات الماضية)', 'أضرب العمال مرارا في السنوات الماضية'],
    ['a year named by its number', 'أضرب العمال سنة 2019'],
  ])('reads nothing in %s', (_name, text) => {
    expect(arabic.relativeTimes(f(text))).toEqual([]);
  });
});

describe('numbers', () => {
  test.each([
    ['a number word and its noun', 'ثلاث ساعات', 3, 'ساعات'],
    ['a feminine number word', 'خمسة موانئ', 5, 'مواني'],
    ['with a conjunction', 'وثلاثة عمال', 3, 'عمال'],
    ['digits and an accusative noun', '50 مسؤولا', 50, 'مسوولا'],
    ['digits with a thousands comma', '1,800 عامل', 1800, 'عامل'],
    ['digits with a thousands dot', '1.800 عامل', 1800, 'عامل'],
    ['three digits', '400 وظيفة', 400, 'وظيفه'],
    ['"dozens"', 'عشرات العمال', 30, 'العمال'],
    // One and two follow their noun: "اجتماع واحد" is one meeting.
    ['one after its noun', 'عقد اجتماع واحد', 1, 'اجتماع'],
    ['two after its noun', 'جولتين اثنتين', 2, 'جولتين'],
  ])('reads %s', (_name, text, value, noun) => {
    expect(arabic.numbers(f(text))).toEqual([expect.objectContaining({ value, noun })]);
  });

  it('reads nothing in a sentence without numbers', () => {
    expect(arabic.numbers(f('أضرب العمال يوم الاثنين'))).toEqual([]);
  });

  test.each([
    ['Arabic-Indic', '١٨٠٠ عامل'],
    ['Latin', '1800 عامل'],
  ])('reads a four-digit number without a separator (%s digits)', (_name, text) => {
    expect(arabic.numbers(f(text))).toEqual([expect.objectContaining({ value: 1800, noun: 'عامل' })]);
  });

  it('reads five digits in a row', () => {
    expect(arabic.numbers(f('12000 عامل'))).toEqual([expect.objectContaining({ value: 12000, noun: 'عامل' })]);
  });

  // A year is not a count: four digits from 1900 to 2099, or after a year word.
  test.each([
    ['a year after عام', 'أضرب العمال عام 1800 مرة'],
    ['a year after منذ', 'لم يضرب العمال منذ 1800 تقريبا'],
    ['a year of this era alone', 'أضرب العمال في 2025 احتجاجا'],
  ])('reads no number in %s', (_name, text) => {
    expect(arabic.numbers(f(text))).toEqual([]);
  });
});
