import { describe, expect, it, test } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { findPassages } from '../../../lib/match/find-passages';
import { isNegated } from '../../../lib/lang/en/negation';
import { compilePrecheck, precheckSpec } from '../../../lib/pack/precheck';

/**
 * Wording of other outlets, by phenomenon: each row is one sentence read after a lead about the
 * meeting, and the claim:position passages expected in it (exactly those).
 */
const LEAD = 'Officials from Syria and Israel held talks in Baku, Azerbaijan.';

function positions(sentence: string, lead = LEAD): string[] {
  const input = lead ? `${lead} ${sentence}` : sentence;
  const from = lead ? lead.length + 1 : 0;
  return findPassages(input, bakuPackData).filter((p) => p.claim !== null)
    .filter((p) => p.start >= from)
    .map((p) => `${p.claim}:${p.position}`)
    .sort();
}

describe('denials', () => {
  test.each([
    ['Reports that Sharaa had joined the meeting were later denied by Damascus.', ['sharaa-attendance:did-not-attend']],
    ['Claims that the Syrian president attended the talks have been dismissed as false.', ['sharaa-attendance:did-not-attend']],
    ['Reports that al-Sharaa attended the talks were confirmed by his office.', ['sharaa-attendance:attended']],
    ['The Syrian presidency denied, in a statement, that al-Sharaa attended the talks.', ['sharaa-attendance:did-not-attend']],
    ['The Syrian presidency confirmed, in a statement, that al-Sharaa attended the talks.', ['sharaa-attendance:attended']],
  ])('%s', (sentence, expected) => {
    expect(positions(sentence)).toEqual(expected);
  });
});

const row = (sentence: string, expected: string[], lead = LEAD) => [sentence, expected, lead] as const;
const check = (sentence: string, expected: readonly string[], lead: string) => expect(positions(sentence, lead)).toEqual([...expected].sort());
const NO_LEAD = '';
const SHARAA_LEAD = 'Syrian President Ahmed al-Sharaa was in Baku, where Syrian and Israeli officials met.';

describe('where: sidelines and visit families, meeting nouns', () => {
  test.each([
    row('The two sides met on the margins of al-Sharaa’s trip to Azerbaijan, a source said.', ['place-occasion:baku-sidelines']),
    row('They met on the fringes of al-Sharaa’s tour of Azerbaijan.', ['place-occasion:baku-sidelines']),
    row('The sessions between Syrian and Israeli officials in Baku were held behind closed doors.', ['place-occasion:baku-sidelines'], NO_LEAD),
  ])('%s', check);
});

describe('when: dates as other outlets write them', () => {
  test.each([
    // "the Syrian foreign minister" is al-Shaibani's title: Samaa's claim that he was there.
    row('The encounter between the Syrian foreign minister and the Israeli envoy in Baku took place on Friday.', ['place-occasion:baku-sidelines', 'meeting-date:other-day', 'syrian-delegation:shaibani-and-dalati'], NO_LEAD),
    row('Syrian and Israeli officials met in Baku on 12/07.', ['place-occasion:baku-sidelines', 'meeting-date:saturday-12-july'], NO_LEAD),
    row('Syrian and Israeli officials met in Baku on 7/12/2025.', ['place-occasion:baku-sidelines', 'meeting-date:saturday-12-july'], NO_LEAD),
    // A figure is not a date; a day that belongs to the reporting verb is not the meeting's.
    row('Syrian and Israeli officials met in Baku as trade grew 12.7 percent.', ['place-occasion:baku-sidelines'], NO_LEAD),
    row('Syrian and Israeli officials met in Baku, a source told Reuters on Friday.', ['place-occasion:baku-sidelines'], NO_LEAD),
    row('Syrian and Israeli officials met in Baku, the ministry said in a statement on Sunday.', ['place-occasion:baku-sidelines'], NO_LEAD),
  ])('%s', check);
});

describe('when: the meeting as subject, no sides named ("The encounter took place on July 12")', () => {
  test.each([
    row('The talks were held on 12 July, the source said.', ['meeting-date:saturday-12-july']),
    // After the lead naming both sides, "the meeting in Baku" also places it (see "where" below).
    row('The meeting in Baku took place on Saturday, July 12.', ['meeting-date:saturday-12-july', 'place-occasion:baku-sidelines']),
    row('The secret meeting took place on Sunday.', ['meeting-date:other-day']),
    row('The encounter was held on Thursday, July 10, according to Syrian media.', ['meeting-date:other-day']),
    // Another meeting, a planned one, or one named in the sentence before.
    row('The next meeting will take place on Friday.', []),
    row('The cabinet meeting took place on Sunday.', []),
    row('The meeting with Aliyev was held on Friday.', []),
    row('The meeting was held on Thursday.', [], 'Al-Sharaa met Erdogan in Ankara last week.'),
  ])('%s', check);
});

describe('attendance: presence phrased differently, negated inside the verb', () => {
  test.each([
    row('Al-Sharaa was not present at the meeting, the source said.', ['sharaa-attendance:did-not-attend']),
    row('He was not in attendance, the source said.', ['sharaa-attendance:did-not-attend'], SHARAA_LEAD),
    row('He was present for one of the sessions.', ['sharaa-attendance:attended', 'meeting-count:several-meetings'], SHARAA_LEAD),
    row('The Syrian president did not meet the Israeli delegation himself.', ['sharaa-attendance:did-not-attend']),
    row('Al-Sharaa met with his Israeli interlocutors, Samaa said.', ['sharaa-attendance:attended']),
    // Passive voice: the meeting as subject.
    row('The session was attended by the Syrian president, a source said.', ['sharaa-attendance:attended']),
    row('The Baku talks were not attended by Sharaa.', ['sharaa-attendance:did-not-attend']),
    row('The talks are expected to be attended by al-Sharaa.', ['sharaa-attendance:expected-to-attend']),
    // Coordinated subjects: he is one of them.
    row('Neither Sharaa nor al-Dalati attended the talks.', ['sharaa-attendance:did-not-attend', 'syrian-delegation:shaibani-and-dalati-absent']),
    // "meeting" as a noun is not a verb of presence.
    row('Al-Sharaa stayed away from the meeting with the Israeli delegation.', ['sharaa-attendance:did-not-attend']),
  ])('%s', check);
});

describe('attendance and delegations: the perfect of experience is not about this meeting', () => {
  test.each([
    row('Al-Sharaa has never met an Israeli official, his office said.', []),
    row('The Syrian president had never attended talks with Israel before.', []),
    row('Al-Shaibani has previously met Israeli officials in Paris.', []),
    row('Al-Dalati has never met an Israeli official.', []),
    // The simple past, or a plain perfect, still speaks of this meeting.
    row('Al-Sharaa never attended the meeting, the source said.', ['sharaa-attendance:did-not-attend']),
    row('Al-Sharaa has not attended the talks, the source said.', ['sharaa-attendance:did-not-attend']),
  ])('%s', check);
});

describe('delegations: name variants, envoy family', () => {
  test.each([
    row('Foreign Minister Asaad al-Shaybani also took part, the channel said.', ['syrian-delegation:shaibani-and-dalati']),
    row('An emissary of the Israeli prime minister headed the Israeli team.', ['israeli-delegation:netanyahu-envoy']),
    row('Netanyahu’s personal representative led Israel’s delegation.', ['israeli-delegation:netanyahu-envoy']),
    row('A figure close to Netanyahu represented Israel.', ['israeli-delegation:netanyahu-envoy']),
    row('Ron Dermer, Netanyahu’s confidant, headed the Israeli team.', ['israeli-delegation:dermer']),
    // Another venue is another meeting.
    row('Netanyahu’s envoy met Syrian officials in Paris.', []),
    row('Al-Shaibani met his Turkish counterpart on Saturday.', []),
  ])('%s', check);
});

describe('how many: number words, digits, twice, once', () => {
  test.each([
    row('Syrian and Israeli officials met twice in Baku.', ['place-occasion:baku-sidelines', 'meeting-count:several-meetings'], NO_LEAD),
    row('The delegations met 3 times, the report said.', ['meeting-count:several-meetings']),
    row('The officials held 2 meetings, the report said.', ['meeting-count:several-meetings']),
    row('A third session was held later that day.', ['meeting-count:several-meetings']),
    row('They met only once, the source said.', ['meeting-count:one-meeting']),
    row('They met once again in the evening.', []),
    // "met twice" says nothing of who met.
    row('Azerbaijani and Armenian negotiators have met three times since the spring.', []),
    row('In the Azerbaijani capital, the two delegations met twice.', ['meeting-count:several-meetings']),
  ])('%s', check);
});

describe('how many: rounds, encounters, occasions', () => {
  test.each([
    row('Just one round of negotiations was held, the source said.', ['meeting-count:one-meeting']),
    row('It was only one encounter, according to AFP’s source.', ['meeting-count:one-meeting']),
    row('The officials met on several occasions during the visit.', ['meeting-count:several-meetings']),
    row('They met on one occasion only, the source said.', ['meeting-count:one-meeting']),
    row('The sides held three rounds, i24 reported.', ['meeting-count:several-meetings']),
    row('There were two separate encounters, the channel said.', ['meeting-count:several-meetings']),
    // Rounds of something else; another body's sessions; occasions without a meeting verb.
    row('Israeli artillery fired two rounds of shells near Quneitra.', []),
    row('The Azerbaijani parliament held two sessions on the Middle East.', []),
    row('The Azerbaijani and Syrian energy ministers held two sessions on Saturday.', []),
    row('Al-Sharaa has visited Turkey on three occasions this year.', []),
  ])('%s', check);
});

describe('agenda: aliases and possessives', () => {
  test.each([
    row('The talks dealt with Tehran’s entrenchment in Syria.', ['agenda-iran:on-agenda']),
    row('Israeli forces’ presence in the south was discussed.', ['agenda-israeli-military-presence:on-agenda']),
  ])('%s', check);
});

describe('agenda: the topic as subject ("was raised", "on the table", "did not come up") and noun variants', () => {
  test.each([
    row('Tehran’s expanding influence was also raised, the channel said.', ['agenda-iran:on-agenda']),
    row('The disarmament of Hezbollah and Iran’s regional role were discussed.', ['agenda-hezbollah-weapons:on-agenda', 'agenda-iran:on-agenda']),
    row('Hezbollah’s arsenal was firmly on the table.', ['agenda-hezbollah-weapons:on-agenda']),
    row('The resettlement of Gazans was never raised, the official said.', ['agenda-gaza-resettlement:not-on-agenda']),
    row('Israeli soldiers in southern Syria did not come up, the source said.', ['agenda-israeli-military-presence:not-on-agenda']),
    row('Palestinian camps also came up, according to i24.', ['agenda-palestinian-camps:on-agenda']),
    // The topic is not the subject of the agenda verb, or "came up" has no frame.
    row('Every option is on the table regarding the Iranian threat, Netanyahu said.', []),
    row('Iran raised its oil output in June, OPEC data showed.', []),
    row('Hezbollah’s arsenal came up again in Lebanon’s election campaign.', []),
  ])('%s', check);
});

describe('look-alike events in Baku', () => {
  test.each([
    row('Syria’s football team met Israel’s twice in Baku qualifiers.', []),
    row('Israeli and Syrian ministers attended the Baku Energy Week on Saturday.', []),
  ])('%s', check);
});

describe('names', () => {
  const precheck = compilePrecheck([precheckSpec(bakuPackData)]);
  test.each(['al-Jawlani spoke in Baku', 'Abu Mohammad al-Jawlani'])('the pack’s page pre-check knows %s', (text) => {
    expect(precheck.about(text)).toEqual([bakuPackData.id]);
  });
});

describe('where: the meeting named again by a definite noun phrase in Baku, its sides in the sentence before', () => {
  const SIDES = 'Syrian and Israeli officials met on Saturday, two sources said.';
  test.each([
    row('The closed-door meeting in Baku lasted about two hours.', ['place-occasion:baku-sidelines'], SIDES),
    row('This encounter in the Azerbaijani capital was arranged by Turkey, one source said.', ['place-occasion:baku-sidelines'], SIDES),
    // Another party or another event before, a denial, or no sides at all: silent.
    row('The meeting in Baku focused on energy.', [], 'Al-Sharaa met President Aliyev on Saturday.'),
    row('The talks in Baku covered gas supplies.', [], 'Al-Sharaa held talks with Aliyev and Erdogan.'),
    row('The meeting in Baku did not take place, Damascus said.', [], SIDES),
    row('The meeting in Baku lasted about two hours.', [], 'Azerbaijan hosted an energy forum this week.'),
  ])('%s', check);
});

describe('delegations: the envoy as what Netanyahu sent', () => {
  test.each([
    row('Netanyahu dispatched his special envoy to the Azerbaijani capital.', ['israeli-delegation:netanyahu-envoy']),
    row('The Israeli prime minister had sent a trusted emissary, the channel said.', ['israeli-delegation:netanyahu-envoy']),
    // Something else sent, or an envoy to another place and time.
    row('Netanyahu sent a letter to President Aliyev.', []),
    row('Netanyahu sent a personal envoy to Washington last month.', []),
  ])('%s', check);
});

describe('agenda: an arsenal and a transfer of people in other words', () => {
  test.each([
    row('The officials also discussed Hezbollah’s missile stockpiles.', ['agenda-hezbollah-weapons:on-agenda']),
    row('Rockets held by Hezbollah were on the agenda, i24 said.', ['agenda-hezbollah-weapons:on-agenda']),
    row('The relocation of Palestinians from the Gaza Strip was discussed, according to i24.', ['agenda-gaza-resettlement:on-agenda']),
    row('Taking in Gaza residents was raised during the talks.', ['agenda-gaza-resettlement:on-agenda']),
    row('Transferring Gazans to Syria was not discussed, the source said.', ['agenda-gaza-resettlement:not-on-agenda']),
    // Troops moving into Gaza are not people moved out of it; weapons of someone else are not Hezbollah's.
    row('The sides discussed Israeli troops moving into Gaza City.', []),
    row('The officials discussed missile defence for Azerbaijan.', []),
  ])('%s', check);
});

describe('denied reports: what a denied report says is denied (agenda, the UN signing)', () => {
  test.each([
    row('A Syrian official dismissed claims that Iran’s role in the region was discussed.', ['agenda-iran:not-on-agenda']),
    row('Damascus rejected reports that the resettlement of Gazans or Hezbollah’s arsenal came up during the talks.', [
      'agenda-gaza-resettlement:not-on-agenda',
      'agenda-hezbollah-weapons:not-on-agenda',
    ]),
    row('Israeli officials denied that a security pact would be signed at the UN General Assembly.', ['unga-security-agreement:no-unga-signing']),
    // The denial is about something else, before a comma: the agenda still stands.
    row('Damascus denied any normalisation, but the talks covered Iran’s influence in Syria.', ['agenda-iran:on-agenda']),
    row('A security pact could be signed at the UN General Assembly, officials said, dismissing doubts.', ['unga-security-agreement:unga-signing']),
  ])('%s', check);
});

describe('agenda: each topic read with its own verb', () => {
  test.each([
    row('Iran was not on the agenda, the official said, adding that the talks were confined to Israel’s military presence in the south.', [
      'agenda-iran:not-on-agenda',
      'agenda-israeli-military-presence:on-agenda',
    ]),
    row('The talks were limited to Israeli troop deployments and did not cover Hezbollah’s weapons.', [
      'agenda-hezbollah-weapons:not-on-agenda',
      'agenda-israeli-military-presence:on-agenda',
    ]),
    row('The delegations were also expected to take up Hezbollah’s arsenal.', ['agenda-hezbollah-weapons:on-agenda']),
    row('Among the issues reportedly on the table were Palestinian refugee camps in Syria.', ['agenda-palestinian-camps:on-agenda']),
    // "take up" and "on the table" about something else.
    row('The officials will take up their posts in Baku next month.', []),
    row('Among the issues on the table were gas prices and flights.', []),
  ])('%s', check);
});

describe('counts, days and people in other words', () => {
  test.each([
    row('The source spoke of a single session between the two officials.', ['meeting-count:one-meeting']),
    row('It was one encounter, not a series of meetings, the source said.', ['meeting-count:one-meeting']),
    row('The encounter took place on the 12th, a source said.', ['meeting-date:saturday-12-july']),
    row('Syrian outlets dated the meeting to Sunday, July 13.', ['meeting-date:other-day']),
    row('Israeli media identified Ron Dermer as the official who sat across from the Syrians.', ['israeli-delegation:dermer']),
    row('Damascus denied that al-Shaybani had been in the room.', ['syrian-delegation:shaibani-and-dalati-absent']),
    row('Al-Shaibani was in the room, the source said.', ['syrian-delegation:shaibani-and-dalati']),
    // Not the meeting's day, count or people.
    row('The mosque dates to the 12th century.', []),
    row('Azerbaijan’s parliament will meet on the 12th of September.', []),
    row('Al-Shaibani was not in Baku for a series of meetings with Aliyev.', []),
  ])('%s', check);
});

describe('background facts in other words', () => {
  test.each([
    row('Azerbaijan, which shares a frontier with Iran, hosted the talks.', ['context-azerbaijan-borders-iran:borders-iran']),
    row('Israel is one of Azerbaijan’s main suppliers of weaponry.', ['context-israel-arms-azerbaijan:arms-supplier']),
    row('Israel is Azerbaijan’s biggest arms supplier.', ['context-israel-arms-azerbaijan:arms-supplier']),
    // Not arms, or not Israel selling.
    row('Israel is one of Azerbaijan’s main suppliers of medicine.', []),
    row('Azerbaijan is one of Israel’s main oil suppliers.', []),
  ])('%s', check);
});

describe('round three (held-out-d): names, negation before two names, agenda wording', () => {
  test.each([
    row('Israel was represented by an envoy of Prime Minister Binyamin Netanyahu.', ['israeli-delegation:netanyahu-envoy']),
    row('Neither al-Shaibani nor al-Dalati attended any meeting with the Israeli side, a ministry official said.', ['syrian-delegation:shaibani-and-dalati-absent']),
    row('Israel’s military footprint in southern Syria was discussed, the source said.', ['agenda-israeli-military-presence:on-agenda']),
    row('"We discussed our land and Israel’s presence on it," he said.', ['agenda-israeli-military-presence:on-agenda']),
    row('Israel’s military posture in Syria was not the subject of the talks, an Israeli official said.', ['agenda-israeli-military-presence:not-on-agenda']),
    row('Among the items slated for discussion were Hezbollah’s arsenal and Palestinian refugee camps.', ['agenda-hezbollah-weapons:on-agenda', 'agenda-palestinian-camps:on-agenda']),
    row('An Israeli official dismissed reports of a security pact being inked at the General Assembly as spin.', ['unga-security-agreement:no-unga-signing']),
    row('It is understood that the contact took place on 12 July, a source said.', ['meeting-date:saturday-12-july']),
    row('Saturday’s rendezvous between officials of the Jolani government and Israelis in the Azerbaijani capital was a message aimed at the Islamic Republic.', [
      'azerbaijan-message-to-iran:message-to-iran',
      'meeting-date:saturday-12-july',
      'place-occasion:baku-sidelines',
    ]),
    // Look-alikes for the same wording.
    row('Neither Syria nor Israel attended the Baku Energy Week.', []),
    row('Israel’s presence at the UN General Assembly was discussed in New York.', []),
    row('Among the items slated for discussion at the energy forum were gas prices.', []),
    row('The General Assembly of the Azerbaijani football federation signed a deal with Turkey.', []),
  ])('%s', check);
});

describe('delegations: a negation after the envoy is about something else', () => {
  test.each([
    row('Israel was represented by a special envoy of Netanyahu, with officials whose names were not released.', ['israeli-delegation:netanyahu-envoy']),
    row('Israel was not represented by an envoy of Netanyahu, the source said.', []),
  ])('%s', check);
});

describe('round four (held-out-e): everyday words for attending, agenda and meeting', () => {
  const SHARAA_BEFORE = 'Syrian and Israeli officials met in Baku on Saturday.';
  test.each([
    row('Al-Sharaa never showed up at the talks, a Syrian source said.', ['sharaa-attendance:did-not-attend'], SHARAA_BEFORE),
    row('Al-Sharaa did not take a seat at the table, the source said.', ['sharaa-attendance:did-not-attend'], SHARAA_BEFORE),
    row('Al-Sharaa kept his distance from the meeting, the palace said.', ['sharaa-attendance:did-not-attend'], SHARAA_BEFORE),
    row('Nobody in the room breathed a word about resettling Palestinians from Gaza, the Syrian side said.', ['agenda-gaza-resettlement:not-on-agenda']),
    row('Israeli troop presence in Syria was never on the menu, an Israeli official said.', ['agenda-israeli-military-presence:not-on-agenda']),
    row('The talks did not touch upon Palestinian camps in Lebanon.', ['agenda-palestinian-camps:not-on-agenda']),
    row('Iran’s role in Syria topped the list, according to i24.', ['agenda-iran:on-agenda']),
    row('It was 1 meeting, one official on each side, the source said.', ['meeting-count:one-meeting']),
    row('A Turkish outlet now claims the contact actually took place on Friday night.', ['meeting-date:other-day']),
    row('Israel, from which Azerbaijan buys much of its weaponry, keeps a large embassy in Baku.', ['context-israel-arms-azerbaijan:arms-supplier']),
    // The same words about something else.
    row('Al-Sharaa showed up at the Baku Energy Week opening.', [], SHARAA_BEFORE),
    row('Nobody expected the gas deal to be signed so soon.', []),
    row('Rising prices topped the list of voters’ worries in Baku.', []),
    row('A Turkish outlet now claims the concert took place on Friday night.', []),
  ])('%s', check);
});

describe('negators', () => {
  test.each([
    ['nobody discussed it', true],
    ['no one raised it', true],
    ['none of it was discussed', true],
    ['none other than al-Sharaa attended', false],
    ['the talks went on', false],
  ])('%s → negated: %s', (text, expected) => expect(!!isNegated(text)).toBe(expected));
});

describe('Arabic: the future prefix س on the presence verb', () => {
  const S = 'أحد الاجتماعات بين المسؤولين السوريين والإسرائيليين في باكو.';
  test.each([
    row(`وسيحضر الرئيس الشرع ${S}`, ['sharaa-attendance:expected-to-attend', 'place-occasion:baku-sidelines', 'meeting-count:several-meetings'], NO_LEAD),
    row(`وقالت مصادر إن الرئيس الشرع سيحضر ${S}`, ['sharaa-attendance:expected-to-attend', 'place-occasion:baku-sidelines', 'meeting-count:several-meetings'], NO_LEAD),
    // The past verb stays a fact.
    row(`وقالت مصادر إن الرئيس الشرع حضر ${S}`, ['sharaa-attendance:attended', 'place-occasion:baku-sidelines', 'meeting-count:several-meetings'], NO_LEAD),
  ])('%s', check);
});

describe('neither yes nor no: no stance on attendance', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في العاصمة الأذربيجانية باكو، السبت 12 من تموز.';
  test.each([
    row('The sources neither confirmed nor denied that al-Sharaa attended.', []),
    row('Damascus would not confirm or deny whether al-Sharaa attended the meeting.', []),
    row('The presidency declined to confirm that al-Sharaa sat in on the talks.', []),
    row('وقالت المصادر إن اللقاء استمر طويلاً، من دون أن تؤكد أو تنفي حضور الشرع.', [], AR_LEAD),
    row('ولم تؤكد الرئاسة ولم تنف مشاركة الشرع في الاجتماع.', [], AR_LEAD),
    // A denial or a confirmation alone still takes a stance; declining to comment leaves the meeting itself standing.
    row('The presidency denied that al-Sharaa attended.', ['sharaa-attendance:did-not-attend']),
    row('The presidency confirmed that al-Sharaa sat in on the talks.', ['sharaa-attendance:attended']),
    row("The prime minister's office declined to comment on the reported meeting in Baku.", ['place-occasion:baku-sidelines']),
    row('ونفت المصادر حضور الشرع الاجتماع.', ['sharaa-attendance:did-not-attend'], AR_LEAD),
  ])('%s', check);
});

describe('Arabic credits: the same source goes on, a new subject is another source', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في العاصمة الأذربيجانية باكو، السبت 12 من تموز.';
  const credited = (text: string) => findPassages(`${AR_LEAD}\n\n${text}`, bakuPackData).filter((p) => p.start > AR_LEAD.length + 2).map((p) => p.credits ?? null);
  it('a verb alone after a credited sentence carries its credit', () => {
    expect(credited('وذكرت قناة i24 أن المحادثات تناولت التهديد الإيراني. وأضافت أن الشرع من المتوقع أن يحضر اجتماعاً واحداً على الأقل.')).toContain('i24');
  });
  it('a verb with a new subject and another outlet does not', () => {
    const found = findPassages(`${AR_LEAD}\n\nونقلت «i24» عن مصدرها أن اختيار أذربيجان هدفه توجيه رسالة إلى طهران. وقالت مصادر سورية مطلعة لعنب بلدي إن اللقاء عُقد في مقر تابع لوزارة الخارجية الأذربيجانية واستمر قرابة ساعتين.`, bakuPackData);
    const enab = found.filter((p) => p.text.includes('عنب بلدي'));
    expect(enab.length).toBeGreaterThan(0);
    expect(enab.every((p) => p.credits === undefined && !p.misattributed)).toBe(true);
  });
  it('a count an account gives in English is not unsourced in Arabic ("اجتماعاً واحداً")', () => {
    const found = findPassages(`${AR_LEAD}\n\nوذكرت قناة i24 أن الشرع من المتوقع أن يحضر اجتماعاً واحداً على الأقل.`, bakuPackData);
    expect(found.filter((p) => p.claim === null)).toEqual([]);
  });
});

describe('a negator reaches its own phrase, not across a comma', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في العاصمة الأذربيجانية باكو، السبت 12 من تموز.';
  test.each([
    row("The account was brief: one meeting, no al-Sharaa, and an agenda built around Israel's military presence in Syria.", ['meeting-count:one-meeting', 'agenda-israeli-military-presence:on-agenda']),
    row('وقال المصدر إن الشرع لم يحضر الاجتماع، الذي ركز على الوجود العسكري الإسرائيلي في سوريا.', ['sharaa-attendance:did-not-attend', 'agenda-israeli-military-presence:on-agenda'], AR_LEAD),
    // An aside is no boundary; a negator in the agenda's own phrase still denies it.
    row("The talks did not, the source said, focus on Israel's military presence in Syria.", ['agenda-israeli-military-presence:not-on-agenda']),
    row("Israel's military presence in Syria was not discussed, the source said.", ['agenda-israeli-military-presence:not-on-agenda']),
  ])('%s', check);
});

describe('ruled out, played down: the statement after the verb is denied', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في العاصمة الأذربيجانية باكو، السبت 12 من تموز.';
  test.each([
    row('Israeli officials ruled out signing a security agreement at the UN General Assembly in September.', ['unga-security-agreement:no-unga-signing']),
    row('Israeli officials played down talk of a deal being signed at the UN General Assembly in September.', ['unga-security-agreement:no-unga-signing']),
    row('واستبعد مسؤول إسرائيلي توقيع اتفاق أمني خلال اجتماعات الجمعية العامة للأمم المتحدة في أيلول.', ['unga-security-agreement:no-unga-signing'], AR_LEAD),
    // Without the verb of denial, the statement stands.
    row('The talks could lead to a security agreement signed at the UN General Assembly in September, i24 said.', ['unga-security-agreement:unga-signing']),
  ])('%s', check);
});

describe('a prospect ruled out is denied: "played down any prospect of", "dismissed the possibility of"', () => {
  test.each([
    row('A senior Israeli official dismissed the possibility of a security agreement being signed at the UN General Assembly in September.', ['unga-security-agreement:no-unga-signing']),
    row('Officials in Jerusalem ruled out any chance of an accord signed at the UN General Assembly in September.', ['unga-security-agreement:no-unga-signing']),
    // Raising the prospect is not denying it.
    row('An Israeli official raised the prospect of a security agreement signed at the UN General Assembly in September.', ['unga-security-agreement:unga-signing']),
  ])('%s', check);
});

describe('Arabic: adjectives of nationality agree with their noun (سوريون، إسرائيليين)', () => {
  test.each([
    row('اجتمع مسؤولون سوريون وإسرائيليون في باكو يوم السبت خلال زيارة الشرع إلى أذربيجان.', ['place-occasion:baku-sidelines', 'meeting-date:saturday-12-july'], NO_LEAD),
    row('وفد من مسؤولين سوريين وإسرائيليين اجتمع في باكو السبت على هامش زيارة الشرع.', ['place-occasion:baku-sidelines', 'meeting-date:saturday-12-july'], NO_LEAD),
    // Look-alike: Syrians and Israelis named, but no meeting of theirs in Baku.
    row('يعيش في باكو مهاجرون سوريون منذ سنوات.', [], NO_LEAD),
  ])('%s', check);
});

describe('Arabic: background facts in verb-first order and with pronouns on the verb', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في باكو السبت خلال زيارة الرئيس أحمد الشرع إلى أذربيجان.';
  test.each([
    row('وتوغلت القوات الإسرائيلية في المنطقة العازلة بالجولان بعد سقوط الأسد.', ['context-golan-buffer-zone:troops-in-buffer-zone'], AR_LEAD),
    row('ويأتي ذلك مع انتشار قوات إسرائيلية داخل المنطقة العازلة.', ['context-golan-buffer-zone:troops-in-buffer-zone'], AR_LEAD),
    // Look-alike: leaving the zone is not being in it.
    row('وانسحبت القوات الإسرائيلية من المنطقة العازلة وفق الرواية السورية.', [], AR_LEAD),
    row('وعقد الشرع محادثات رسمية استقبله خلالها الرئيس إلهام علييف.', ['context-sharaa-aliyev-talks:talks-with-aliyev'], AR_LEAD),
    row('وتزامن ذلك مع جولة محادثات أجراها الشرع صباحاً مع الرئيس إلهام علييف.', ['context-sharaa-aliyev-talks:talks-with-aliyev'], AR_LEAD),
    row('وأذربيجان، المتاخمة لإيران، تشتري من إسرائيل قسماً كبيراً من أسلحتها.', ['context-azerbaijan-borders-iran:borders-iran', 'context-israel-arms-azerbaijan:arms-supplier'], AR_LEAD),
    row('وتربط أذربيجان علاقات وثيقة بإسرائيل التي تزودها بطائرات مسيرة وأسلحة متطورة.', ['context-israel-arms-azerbaijan:arms-supplier'], AR_LEAD),
  ])('%s', check);
});

describe('Arabic: what has not stopped goes on; what does not lessen stands; "غير أن" is "however"', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في باكو السبت خلال زيارة الرئيس أحمد الشرع إلى أذربيجان.';
  test.each([
    row('ولم تتوقف الغارات الإسرائيلية على سوريا طوال الأشهر الماضية.', ['context-israeli-airstrikes:airstrikes'], AR_LEAD),
    // Look-alike: a plain negation still negates.
    row('ولم تشن إسرائيل غارات على سوريا منذ اللقاء، بحسب المرصد.', [], AR_LEAD),
    row('وقال دبلوماسي إن قصر مدة اللقاء لا يقلل من أهميته، واصفاً إياه بأنه خطوة تاريخية.', ['meeting-significance:significant-step'], AR_LEAD),
    row('غير أن مصدراً آخر قال إن الشيباني والدالاتي حضرا الاجتماع.', ['syrian-delegation:shaibani-and-dalati'], AR_LEAD),
    // "غير" before a noun still negates ("غير حاضر", not present).
    row('وكان الشيباني غير حاضر في الاجتماع، بحسب المصدر.', ['syrian-delegation:shaibani-and-dalati-absent'], AR_LEAD),
  ])('%s', check);
});

describe('Arabic: a hedge of likelihood (رجّح) is an expectation; a personal envoy (موفد) is the envoy; a message reaches its addressee across words', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في باكو السبت خلال زيارة الرئيس أحمد الشرع إلى أذربيجان.';
  test.each([
    row('ورجّح المصدر أن يحضر الشرع جانباً من المحادثات.', ['sharaa-attendance:expected-to-attend'], AR_LEAD),
    row('وترأس الجانب الإسرائيلي موفد شخصي لرئيس الوزراء بنيامين نتنياهو.', ['israeli-delegation:netanyahu-envoy'], AR_LEAD),
    row('واختيرت أذربيجان مكاناً للقاء لتكون رسالة موجهة بوضوح إلى النظام في طهران.', ['azerbaijan-message-to-iran:message-to-iran'], AR_LEAD),
  ])('%s', check);
});

describe('a second meeting counted after the event is a later meeting', () => {
  test.each([
    row('It was the second such encounter in Baku in less than a month, following the talks held on 12 July.', [], 'Syrian Foreign Minister Asaad al-Shaibani met Israeli minister Ron Dermer in Baku on Thursday.'),
    row('وهذا اللقاء الثاني بين الجانبين في العاصمة الأذربيجانية خلال شهر.', [], 'التقى الشيباني بالوزير الإسرائيلي رون ديرمر في باكو الخميس.'),
    row('واللقاء الثالث بين الجانبين عقد بعد اجتماع باريس.', [], 'التقى الشيباني بالوزير الإسرائيلي رون ديرمر في باكو الخميس.'),
  ])('%s', check);
});

describe('English: counts, agenda and place in everyday wording', () => {
  test.each([
    row('The delegations met more than once over the day, a source close to the talks said.', ['meeting-count:several-meetings']),
    // Look-alike: "more than one" of something else is no count of meetings.
    row('More than one Israeli official was in Baku, a source said.', []),
    row('Hezbollah’s arsenal did not feature in the discussions, a Syrian official said.', ['agenda-hezbollah-weapons:not-on-agenda']),
    row('The Iranian threat featured prominently in the talks, the channel said.', ['agenda-iran:on-agenda']),
    row('The first session took place in Baku, the source said.', ['place-occasion:baku-sidelines']),
    row("The sit-down was held at Azerbaijan's foreign ministry in Baku.", ['place-occasion:baku-sidelines']),
  ])('%s', check);
});

describe('English: a long relative clause between al-Sharaa and his verb', () => {
  test.each([
    row('Al-Sharaa, whose forces toppled the old government last year and who has since courted Washington and the Gulf states alike, stayed away from the meeting.', ['sharaa-attendance:did-not-attend'], SHARAA_LEAD),
    // A place in a clause about him is his, not the meeting's venue; a place in a clause about a meeting is its venue.
    row('Al-Sharaa, who has courted Washington, stayed away from the meeting.', ['sharaa-attendance:did-not-attend'], SHARAA_LEAD),
    row('The officials, who met in Washington last week, did not discuss Iran.', [], SHARAA_LEAD),
    // The time in the clause is his, not the meeting's; a time in a clause about the meeting is the meeting's.
    row('The meeting, which took place last week, was attended by al-Sharaa, the channel said.', [], SHARAA_LEAD),
    // Look-alike: the clause is not a comma aside when it closes the sentence.
    row('Al-Sharaa met Aliyev, who did not attend the meeting with the Israelis.', ['context-sharaa-aliyev-talks:talks-with-aliyev'], SHARAA_LEAD),
  ])('%s', check);
});

describe('English: crediting verbs and a comma after the outlet', () => {
  const creditsOf = (sentence: string) => {
    const text = `${LEAD} ${sentence}`;
    return findPassages(text, bakuPackData).filter((p) => p.start > LEAD.length && p.claim).map((p) => `${p.claim}:${p.credits ?? '-'}:${p.misattributed ?? '-'}`);
  };
  test.each([
    ['i24 hailed the encounter as historic.', ['meeting-significance:i24:true']],
    ['AFP termed the encounter a major milestone.', ['meeting-significance:afp:false']],
    ["Samaa TV, quoting a presidential source, said al-Sharaa sat in on one of the meetings.", ['meeting-count:samaa:false', 'sharaa-attendance:samaa:false']],
  ])('%s → %j', (sentence, expected) => {
    expect(creditsOf(sentence).sort()).toEqual(expected);
  });
});

describe('background the story takes for granted is no addition', () => {
  test.each([
    'The Islamist-led rebels took Damascus in December, ending more than five decades of Assad family rule.',
    'Half a century of rule by the Assad family ended when jihadist-led fighters took the capital.',
  ])('%s', (sentence) => {
    const text = `${LEAD} ${sentence}`;
    expect(findPassages(text, bakuPackData).filter((p) => p.start > LEAD.length && p.claim === null)).toEqual([]);
  });
});

describe('a plan to sign at another gathering does not move the meeting there', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في باكو السبت خلال زيارة الرئيس أحمد الشرع إلى أذربيجان.';
  test.each([
    row('The channel said the talks covered the Iranian threat, with a deal to be signed at the UN General Assembly in September.', ['agenda-iran:on-agenda', 'unga-security-agreement:unga-signing']),
    row('وتناولت المحادثات التهديد الإيراني، تمهيداً لاتفاق يوقعه الطرفان على هامش الجمعية العامة للأمم المتحدة في أيلول.', ['agenda-iran:on-agenda', 'unga-security-agreement:unga-signing'], AR_LEAD),
    // Look-alikes: talks held at the gathering, or in another month beside a meeting word, are another meeting's.
    row('The two sides also met on the sidelines of the General Assembly and discussed the Iranian threat.', []),
    row('Officials met again in August and discussed the Iranian threat.', []),
  ])('%s', check);
});

describe('Arabic: the meeting as the verb’s object, a compound of nationalities, talks between two leaders', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في باكو السبت خلال زيارة الرئيس أحمد الشرع إلى أذربيجان.';
  test.each([
    row('وهو اجتماع لم يحضره الرئيس الشرع، وفق مصدر دبلوماسي.', ['sharaa-attendance:did-not-attend'], AR_LEAD),
    // The session he attended: "حضرها" (attended it); the second session of the day is a count of two.
    row('وكانت الجلسة الثانية، التي حضرها الشيباني، قد تناولت الوجود العسكري الإسرائيلي.', ['agenda-israeli-military-presence:on-agenda', 'meeting-count:several-meetings', 'syrian-delegation:shaibani-and-dalati'], AR_LEAD),
    row('محادثات سورية – إسرائيلية في باكو خلال زيارة الشرع', ['place-occasion:baku-sidelines'], NO_LEAD),
    row('وسبق اللقاء اجتماع مطول بين الشرع وعلييف في القصر الرئاسي.', ['context-sharaa-aliyev-talks:talks-with-aliyev'], AR_LEAD),
  ])('%s', check);
});

describe('English: attending in other words — "did not participate", "drop in", "joined one of them", "with X expected to"', () => {
  test.each([
    row('The source said that al-Sharaa did not participate.', ['sharaa-attendance:did-not-attend'], SHARAA_LEAD),
    row('Al-Sharaa might drop in on the second session, the channel said.', ['sharaa-attendance:expected-to-attend', 'meeting-count:several-meetings'], SHARAA_LEAD),
    row('There were two meetings, and al-Sharaa joined one of them, the source said.', ['sharaa-attendance:attended', 'meeting-count:several-meetings'], SHARAA_LEAD),
    row('The talks went ahead, with al-Sharaa not expected to attend.', ['sharaa-attendance:not-expected-to-attend'], SHARAA_LEAD),
    // Look-alikes: another event participated in, people joined, "with" before a name that is not the subject.
    row('Al-Sharaa participated in a forum on energy in Baku.', [], SHARAA_LEAD),
    row('Al-Sharaa joined them for dinner at the palace.', [], SHARAA_LEAD),
    row('The Israelis met with al-Sharaa’s aides, the source said.', [], SHARAA_LEAD),
  ])('%s', check);
});

describe('Arabic: "ألا" (that … not), "إلا" (except) after a negation, accusative and plural forms', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في باكو.';
  test.each([
    row('ويرجح المصدر ألا يشارك الشرع في الاجتماع.', ['sharaa-attendance:not-expected-to-attend'], AR_LEAD),
    row('ولم يشارك في الاجتماع إلا الدالاتي، بحسب المصدر.', ['syrian-delegation:shaibani-and-dalati'], AR_LEAD),
    // Look-alikes: "إلا إذا" (unless) keeps the negation; a plain negation of two names stays negative.
    row('ومن المتوقع ألا يحضر الشرع الاجتماع إلا إذا تغيرت الظروف.', ['sharaa-attendance:not-expected-to-attend'], AR_LEAD),
    row('ولم يحضر الشرع الاجتماع، ولا الشيباني.', ['sharaa-attendance:did-not-attend', 'syrian-delegation:shaibani-and-dalati-absent'], AR_LEAD),
    row('وأفاد المصدر بأن مسؤولاً سورياً التقى مسؤولاً إسرائيلياً على هامش زيارة الشرع إلى باكو.', ['place-occasion:baku-sidelines'], NO_LEAD),
    row('مسؤولون سوريون وإسرائيليون يلتقون في أذربيجان خلال زيارة الشرع', ['place-occasion:baku-sidelines'], NO_LEAD),
  ])('%s', check);
});

describe('a dispute named as such is the topic, not a claim ("conflicting accounts of his participation")', () => {
  const AR_LEAD = 'التقى مسؤول سوري وآخر إسرائيلي في باكو.';
  test.each([
    row("Conflicting accounts of al-Sharaa's participation have emerged.", [], SHARAA_LEAD),
    row('Questions over al-Sharaa’s presence at the talks remain.', [], SHARAA_LEAD),
    row('وتثور تساؤلات حول مشاركة الشرع في الاجتماع.', [], AR_LEAD),
    row('روايات متضاربة بشأن حضور الشرع الاجتماع', [], AR_LEAD),
    // Look-alike: a source that confirms or denies it makes a claim.
    row("The source confirmed al-Sharaa's participation in the meeting.", ['sharaa-attendance:attended'], SHARAA_LEAD),
    row('وأكدت المصادر مشاركة الشرع في الاجتماع.', ['sharaa-attendance:attended'], AR_LEAD),
  ])('%s', check);
});

describe('a count read past an aside about someone else', () => {
  test.each([
    row('The Syrian leader, who was in Baku for talks with President Ilham Aliyev, sat in on one of the sessions, a source said.', ['sharaa-attendance:attended', 'meeting-count:several-meetings', 'context-sharaa-aliyev-talks:talks-with-aliyev'], SHARAA_LEAD),
    // Look-alike: the outsider in the clause itself makes the meetings theirs.
    row('Al-Sharaa held a series of meetings with Aliyev.', ['context-sharaa-aliyev-talks:talks-with-aliyev'], SHARAA_LEAD),
  ])('%s', check);
});
