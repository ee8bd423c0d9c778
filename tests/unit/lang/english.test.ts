import { describe, expect, test } from 'vitest';
import { english } from '../../../lib/lang/en';

/**
 * The English language module's generic cues of news copy, with generic sentences (a minister, a
 * union, a meeting). The cue functions read folded text, as the engine hands it to them: a stretch
 * runs from a subject to its verb; a prefix is everything before the subject, so it ends in a space.
 */

const f = (s: string) => english.fold(s).text;

describe('negation (on the stretch from a subject to its verb)', () => {
  test.each([
    ['not', 'did not attend', 'not'],
    ['a contraction', "didn't attend", "n't"],
    ['a contraction with a curly apostrophe', 'didn’t attend', "n't"],
    ['never', 'never attended', 'never'],
    ['no (a determiner)', 'no agreement was signed', 'no'],
    ['nobody', 'nobody attended', 'nobody'],
    ['no one', 'no one attended', 'no'],
    ['none', 'none of them attended', 'none'],
    ['neither', 'neither side attended', 'neither'],
    ['nor', 'nor did the minister attend', 'nor'],
  ])('reads %s', (_name, stretch, cue) => {
    expect(english.negation(f(stretch))?.text).toBe(cue);
  });

  test.each([
    ['"none other than" (affirms)', 'none other than the minister attended'],
    ['a word starting with "not"', 'the notable minister attended'],
    ['a word starting with "no"', 'the minister noted it'],
    ['"nothing" (not a negator of the verb)', 'nothing suggests it'],
    ['"knot"', 'a knot of officials attended'],
    ['no negator', 'the minister attended'],
  ])('finds no negator in %s', (_name, stretch) => {
    expect(english.negation(f(stretch))).toBeNull();
  });

  test('gives the negator’s place in the stretch', () => {
    expect(english.negation(f('the minister did not attend'))).toEqual({ index: 17, text: 'not' });
  });
});

describe('expectation (modality)', () => {
  test.each([
    ['expected to', 'is expected to attend', false],
    ['set to', 'is set to attend', false],
    ['due to', 'is due to attend', false],
    ['scheduled to', 'was scheduled to attend', false],
    ['likely to', 'is likely to attend', false],
    ['would', 'would attend', false],
    ['will', 'will attend', false],
    ['may', 'may attend', false],
    ['might', 'might attend', false],
    ['should', 'should attend', false],
    ['is to', 'is to attend', false],
    ['won’t', 'won’t attend', false],
    ['unlikely to (negative on its own)', 'is unlikely to attend', true],
  ])('reads %s', (_name, stretch, negative) => {
    const cue = english.expectation(f(stretch));
    expect(cue).not.toBeNull();
    expect(cue!.negative).toBe(negative);
  });

  test.each([
    ['a hedge: "is said to"', 'is said to have attended'],
    ['a hedge: "reportedly"', 'reportedly attended'],
    ['a plain past', 'attended'],
    ['"willing" (a word starting with "will")', 'is willing to talk'],
    ['"mayor" (a word starting with "may")', 'the mayor attended'],
    ['"could" (a possibility, not an expectation)', 'could attend'],
  ])('finds no expectation in %s', (_name, stretch) => {
    expect(english.expectation(f(stretch))).toBeNull();
  });
});

describe('denial frames (the subject inside a denied report)', () => {
  test.each([
    ['denied that', 'The union denied that '],
    ['flatly denied that', 'The union flatly denied that '],
    ['denied reports that', 'The union denied reports that '],
    ['dismissed claims of', 'The union dismissed claims of '],
    ['rejected suggestions that', 'The ministry rejected suggestions that '],
    ['disputed accounts of', 'The union disputed accounts of '],
    ['denied rumours about', 'The ministry denied rumours about '],
    ['denied a report which said', 'The ministry denied a report which said '],
    ['contrary to reports that', 'Contrary to reports that '],
    ['it is untrue that', 'It is untrue that '],
  ])('reads %s', (_name, prefix) => {
    expect(english.denialFrame(f(prefix))).not.toBeNull();
  });

  test.each([
    ['a confirmation', 'The ministry confirmed that '],
    ['a plain report', 'The ministry said that '],
    ['"contrary to reports," (the frame closed by a comma)', 'Contrary to reports, '],
    ['a denial of something else, then a report', 'The ministry denied the strike, saying that '],
    ['a denial closed by a semicolon', 'The ministry denied it; '],
  ])('finds no denial in %s', (_name, prefix) => {
    expect(english.denialFrame(f(prefix))).toBeNull();
  });

  // An aside set off by commas right after the denying verb stands in for the words before "that".
  test.each([
    ['denied, in a statement, that', 'The ministry denied, in a statement, that '],
    ['denied, however, that', 'The ministry denied, however, that '],
    ['rejected, on Monday, reports that', 'The ministry rejected, on Monday, reports that '],
  ])('reads a denial with an aside: %s', (_name, prefix) => {
    expect(english.denialFrame(f(prefix))).not.toBeNull();
  });

  test.each([
    ['an aside, then a report of its own', 'It was false, officials said, adding that '],
    ['an aside not closed before "that"', 'The ministry denied, saying that '],
  ])('finds no denial in %s', (_name, prefix) => {
    expect(english.denialFrame(f(prefix))).toBeNull();
  });

  test.each([
    ['were denied', 'Reports that ', 'attended were denied', true],
    ['have been dismissed as false', 'Claims that ', 'attended have been dismissed as false', true],
    ['were firmly rejected', 'Reports that ', 'attended were firmly rejected', true],
    ['a report confirmed', 'Reports that ', 'attended were confirmed', false],
    ['no report before it', 'The ministry said ', 'attended was denied', false],
  ])('reads a later passive denial of a report: %s', (_name, prefix, rest, denied) => {
    expect(english.passiveDenial(f(prefix), f(rest)) !== null).toBe(denied);
  });
});

describe('superseded frames (a report since replaced)', () => {
  test.each([
    ['after first reporting that', 'After first reporting that '],
    ['after reporting that', 'The ministry, after reporting that '],
    ['after initially reporting that', 'The ministry, after initially reporting that '],
    ['had initially said that', 'The ministry had initially said that '],
    ['initially claimed that', 'The union initially claimed that '],
    ['first said that', 'Having first said that '],
    ['earlier reports had suggested that', 'Earlier reports had suggested that '],
  ])('reads %s', (_name, prefix) => {
    expect(english.supersededFrame(f(prefix))).not.toBeNull();
  });

  test.each([
    ['a plain report', 'The ministry said that '],
    ['a report closed by a comma', 'The ministry had initially said, that '],
    ['a report closed by a semicolon', 'The ministry had first said so; '],
  ])('finds none in %s', (_name, prefix) => {
    expect(english.supersededFrame(f(prefix))).toBeNull();
  });
});

describe('open questions', () => {
  test.each([
    ['unclear whether', 'It is unclear whether '],
    ['not clear if', 'It was not clear if '],
    ['asked whether', 'Asked whether '],
    ['unknown if', 'It is unknown if '],
    ['whether, with more words before the subject', 'It was not known whether the union and '],
  ])('reads %s', (_name, prefix) => {
    expect(english.openQuestion(f(prefix))).not.toBeNull();
  });

  test.each([
    ['a statement', 'It is clear that '],
    ['a question closed by a comma', 'Whether or not it mattered, '],
  ])('finds none in %s', (_name, prefix) => {
    expect(english.openQuestion(f(prefix))).toBeNull();
  });
});

describe('the experiential perfect (a life so far, not one event)', () => {
  test.each([
    ['has never', 'has never met'],
    ['had ever', 'had ever attended'],
    ['has not yet', 'has not yet met'],
    ['hasn’t yet', 'hasn’t yet met'],
    ['’s never', 'she’s never met'],
    ['has often', 'has often met'],
    ['had previously', 'had previously attended'],
    ['never before', 'never before met'],
    ['has met … several times', 'has met the minister several times'],
  ])('reads %s', (_name, stretch) => {
    expect(english.experiential(f(stretch))).not.toBeNull();
  });

  test.each([
    ['a past', 'met the minister'],
    ['a perfect of one event', 'has met the minister'],
    ['"never" with a past (one event)', 'never met the minister'],
  ])('finds none in %s', (_name, stretch) => {
    expect(english.experiential(f(stretch))).toBeNull();
  });
});

describe('conditions', () => {
  test.each([
    ['if', 'If she attends, ', false],
    ['if, before the subject', 'The talks will go ahead if ', true],
    ['should', 'Should ', true],
    ['were she to', 'Were she to ', true],
    ['unless', 'Unless ', true],
    ['in case', 'In case ', true],
    ['a statement', 'The ministry said ', false],
  ])('hypothetical: %s', (_name, prefix, expected) => {
    expect(english.hypothetical(f(prefix)) !== null).toBe(expected);
  });
});

describe('days', () => {
  const days = (text: string) => english.days(text).map(({ start: _s, end: _e, ...d }) => d);
  test.each([
    ['a weekday', 'The talks were held on Monday.', [{ text: 'Monday', weekday: 1 }]],
    ['a weekday and a date', 'The talks were held on Monday, March 3.', [{ weekday: 1, month: 3, day: 3 }]],
    ['a weekday, a day, a month and a year', 'The talks were held on Monday 3 March 2025.', [{ weekday: 1, day: 3, month: 3, year: 2025 }]],
    ['day month year', 'The talks were held on 3 March 2025.', [{ day: 3, month: 3, year: 2025 }]],
    ['month day, year', 'The talks were held on March 3, 2025.', [{ month: 3, day: 3, year: 2025 }]],
    ['an ordinal with "of"', 'The talks were held on the 3rd of March.', [{ day: 3, month: 3 }]],
    ['an abbreviated month', 'The talks were held on Sept. 12.', [{ month: 9, day: 12 }]],
    ['an ISO date', 'The talks were held on 2025-03-03.', [{ year: 2025, month: 3, day: 3 }]],
    ['an ordinal alone', 'The talks were held on the 3rd.', [{ day: 3 }]],
    ['a numeric date read both ways', 'The talks were held on 12/07.', [{ day: 12, month: 7, ambiguous: { day: 7, month: 12 } }]],
    ['a numeric date that reads one way only', 'The talks were held on 31/12.', [{ day: 31, month: 12, ambiguous: undefined }]],
    ['a dotted date with a year', 'The talks were held on 12.07.2025.', [{ day: 12, month: 7, year: 2025 }]],
    ['the weekend', 'The talks were held over the weekend.', [{ weekend: true }]],
    ['a month alone', 'The talks were held in May.', [{ month: 5, monthOnly: true }]],
    ['a month since', 'No talks have been held since January.', [{ month: 1, monthOnly: true }]],
    ['a month of a year', 'The talks were held in January 2000.', [{ month: 1, year: 2000, monthOnly: true }]],
    ['two weekdays', 'The talks were held on Tuesday and Wednesday.', [{ weekday: 2 }, { weekday: 3 }]],
  ])('reads %s', (_name, text, expected) => {
    expect(days(text)).toEqual(expected.map((d) => expect.objectContaining({ ...d, ofOtherVerb: false })));
  });

  test.each([
    ['a reporting verb', 'The union said on Monday that the talks went well.'],
    ['a reporting verb with words between', 'The ministry told reporters on Monday that the talks went well.'],
    ['a statement', 'In a statement on Monday, the ministry welcomed the talks.'],
    ['a travel verb', 'The minister arrived on Monday for the talks.'],
  ])('marks a day of %s as the other verb’s', (_name, text) => {
    expect(days(text)).toEqual([expect.objectContaining({ weekday: 1, ofOtherVerb: true })]);
  });

  test.each([
    ['"may" as a verb', 'The minister may attend.'],
    ['an ordinal of a round', 'It was the 3rd round of talks.'],
    ['an ordinal of a century', 'A port of the 12th century.'],
    ['a percentage', 'Wages rose 12.7 percent.'],
    ['an impossible numeric date', 'Item 13/13 of the agenda.'],
    ['a year alone', 'The first strike since 2019.'],
  ])('reads no day in %s', (_name, text) => {
    expect(days(text)).toEqual([]);
  });

  // A day is 1 to 31 in every branch, the month-name ones too.
  test.each([
    ['March 32', 'Gate March 32 is closed.'],
    ['32 March', 'Gate 32 March is closed.'],
    ['the 32nd', 'It was the 32nd.'],
    ['March 0', 'Gate March 0 is closed.'],
  ])('reads no day in "%s"', (_name, text) => {
    expect(days(text)).toEqual([]);
  });

  test.each([
    ['March 3', 'The talks were held on March 3.', 3],
    ['March 31', 'The talks were held on March 31.', 31],
    ['March 30', 'The talks were held on March 30.', 30],
    ['31 March', 'The talks were held on 31 March.', 31],
    ['March 09', 'The talks were held on March 09.', 9],
    ['the 31st', 'The talks were held on the 31st.', 31],
  ])('still reads the last days of a month and leading zeros: %s', (_name, text, day) => {
    expect(days(text)).toEqual([expect.objectContaining({ day })]);
  });

  test.each([
    ['mid-March', 'The talks resume mid-March.'],
    ['in mid-March', 'The talks resume in mid-March.'],
    ['mid March', 'The talks resume in mid March.'],
  ])('reads "%s" as the month alone', (_name, text) => {
    expect(days(text)).toEqual([expect.objectContaining({ month: 3, monthOnly: true })]);
  });

  test.each([
    ['the Middle East', 'Talks on the Middle East resumed.'],
    ['amid', 'Talks resumed amid March protests.'],
  ])('reads no month in "%s"', (_name, text) => {
    expect(days(text)).toEqual([]);
  });
});

describe('relativeTimes', () => {
  test.each([
    ['last month', 'month', -1],
    ['next week', 'week', 1],
    ['last year', 'year', -1],
    ['this week', 'week', 0],
    ['earlier this month', 'month', 0],
    ['later this year', 'year', 0],
    ['two weeks ago', 'week', -2],
    ['a few months ago', 'month', -3],
    ['one month ago', 'month', -1],
    ['a day ago', 'day', -1],
    // Relative to something else the copy names, not to the page's date.
    ['a week later', 'week', null],
    ['three days earlier', 'day', null],
    ['several weeks before', 'week', null],
    ['the following week', 'week', null],
    ['the previous month', 'month', null],
  ])('reads "%s" as %s %s', (phrase, unit, offset) => {
    expect(english.relativeTimes(`The two sides met ${phrase}.`)).toEqual([expect.objectContaining({ text: phrase, unit, offset })]);
  });

  test.each([
    ['a weekday', 'The two sides met last Monday.'],
    ['words run together', 'The two sides met lastweek.'],
    ['no time at all', 'The two sides met at the port.'],
  ])('reads nothing in %s', (_name, text) => {
    expect(english.relativeTimes(text)).toEqual([]);
  });
});

describe('numbers', () => {
  test.each([
    ['a number word and its noun', 'talks lasted three hours', 3, 'hours'],
    ['twenty', 'twenty ships waited', 20, 'ships'],
    ['a dozen', 'a dozen ships waited', 12, 'ships'],
    ['digits', 'the plan would cost 400 jobs', 400, 'jobs'],
    ['digits with a thousands comma', 'about 1,800 dockers joined', 1800, 'dockers'],
    ['a decimal', 'wages rose 12.5 percent', 12.5, 'percent'],
    ['a word skipped between the number and its noun', 'two more rounds followed', 2, 'rounds'],
    ['once', 'they met once', 1, ''],
    ['twice', 'they met twice', 2, ''],
  ])('reads %s', (_name, text, value, noun) => {
    expect(english.numbers(text)).toEqual([expect.objectContaining({ value, noun })]);
  });

  test.each([
    ['no number', 'the dockers walked out'],
    ['a word containing a number word', 'someone attended'],
  ])('reads nothing in %s', (_name, text) => {
    expect(english.numbers(text)).toEqual([]);
  });

  test.each([
    ['four digits', 'about 1800 dockers joined', 1800, 'dockers'],
    ['four digits after "in" (a count: not a year word)', 'the report put it in 1800 words', 1800, 'words'],
    ['five digits', 'about 12000 dockers joined', 12000, 'dockers'],
  ])('reads a number written without a comma: %s', (_name, text, value, noun) => {
    expect(english.numbers(text)).toEqual([expect.objectContaining({ value, noun })]);
  });

  // A year is not a count: four digits from 1900 to 2099, or after a year word.
  test.each([
    ['a year of this era', 'the 2025 talks went well'],
    ['a year after "since"', 'the first strike since 1800 ended'],
    ['a year after "the year"', 'in the year 1800 ships waited'],
    ['a decade', 'dockers of the 1800s'],
  ])('reads no number in %s', (_name, text) => {
    expect(english.numbers(text)).toEqual([]);
  });
});
