import { describe, expect, test } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { findPassages } from '../../../lib/match/find-passages';

/**
 * Background facts need their relation, not their keywords: each row is one sentence after a lead
 * about the meeting, and exactly the claim:position passages expected in it.
 */
const LEAD = 'Officials from Syria and Israel held talks in Baku, Azerbaijan.';

function positions(sentence: string): string[] {
  return findPassages(`${LEAD} ${sentence}`, bakuPackData).filter((p) => p.claim !== null)
    .filter((p) => p.start > LEAD.length)
    .map((p) => `${p.claim}:${p.position}`)
    .sort();
}
const check = (sentence: string, expected: string[]) => expect(positions(sentence)).toEqual(expected);

describe('arms: the seller or the buyer as subject', () => {
  test.each([
    ['Azerbaijan purchases most of its drones from Israel.', ['context-israel-arms-azerbaijan:arms-supplier']],
    ['Baku is one of the biggest customers of Israeli weapons makers.', ['context-israel-arms-azerbaijan:arms-supplier']],
    ['Israel sells Azerbaijan advanced weaponry.', ['context-israel-arms-azerbaijan:arms-supplier']],
    ['Israel provides much of Azerbaijan’s military hardware.', ['context-israel-arms-azerbaijan:arms-supplier']],
    // Arms, Israel and Azerbaijan in one sentence, but someone else sells to someone else.
    ['Israel has protested Russian arms sales to Armenia, Azerbaijan’s neighbour.', []],
    ['Azerbaijan sells oil to Israel, whose weapons makers exhibit in Baku every year.', []],
  ])('%s', check);
});

describe('Saar: interest in normalising, not Saar and "peace" anywhere', () => {
  test.each([
    ['Gideon Saar said Israel was keen on normalising relations with Syria.', ['context-saar-normalisation:saar-interest']],
    ['Israel’s foreign minister, Gideon Sa’ar, said Israel hoped for peace with Syria and Lebanon.', ['context-saar-normalisation:saar-interest']],
    ['Saar rejected a peace proposal for Gaza, Syria’s state media noted.', []],
  ])('%s', check);
});

describe('significance: the adjective or predicate belongs to the meeting', () => {
  test.each([
    ['The encounter was the first known direct meeting between Syrian and Israeli officials in over 25 years.', ['meeting-significance:significant-step']],
    ['The unprecedented talks were kept secret until Sunday.', ['meeting-significance:significant-step']],
    ['It was the highest-level meeting between the two sides in years.', ['meeting-significance:significant-step']],
    ['Observers described the meeting as a breakthrough.', ['meeting-significance:significant-step']],
    // The significance word describes something else in the sentence.
    ['The meeting came as Azerbaijan celebrated a milestone in its oil output.', []],
    ['In a rare appearance, the Azerbaijani president took questions after the talks.', []],
    ['The first meeting of the joint energy committee was held in Baku.', []],
  ])('%s', check);
});

describe('one topical word is not a background fact', () => {
  test.each([
    ['Turkic-speaking delegates attended a forum in Baku.', []],
    ['The Organization of Turkic States opened its summit in Baku.', []],
    ['Azerbaijan, Turkey and Pakistan held joint military drills near the Iranian border.', []],
    ['Georgia, which borders Azerbaijan, has also courted Iran.', []],
    ['Gas prices in Syria doubled, according to Turkish media.', []],
    ['Aliyev spoke to Syrian journalists about the energy deal.', []],
    ['Israeli jets struck targets in Lebanon, Syrian media said.', []],
    ['Israeli forces patrol the Golan Heights, which Israel annexed in 1981.', []],
    ['The 1974 disengagement agreement has been in force for decades, and talks on it have not resumed.', []],
    ['The Syrian minister called the premature end of the season regrettable.', []],
    ['Barrack said negotiations with Lebanese officials had started.', []],
    ['Trump agreed to meet the Syrian president in Riyadh.', []],
    ['An al-Qaeda affiliate claimed the attack in Mali.', []],
    ['Qatar has not yet ruled out normalisation with Israel.', []],
    ['Hanegbi denied reports of a rift with Netanyahu.', []],
    ['Iran’s gas exports to Turkey ended briefly after Assad fell.', []],
    ['Iran sent a message to Azerbaijan over its ties with Israel.', []],
    ['Al-Sharaa is expected to sign a decree before the UN General Assembly.', []],
  ])('%s', check);
});

describe('still found: the accounts’ own wording and close paraphrases', () => {
  test.each([
    ['Azerbaijan, which shares a long border with Iran, hosts many Israeli businesses.', ['context-azerbaijan-borders-iran:borders-iran']],
    ['Azerbaijan is also Iran’s northern neighbour.', ['context-azerbaijan-borders-iran:borders-iran']],
    ['Iran’s northern neighbour, Azerbaijan, hosted the talks.', ['context-azerbaijan-borders-iran:borders-iran']],
    ['Baku will pipe gas to Syria through Turkish territory.', ['context-gas-via-turkey:gas-via-turkey']],
    // Another origin silences only when it is the relation's own subject.
    ['Azerbaijan will send gas to Syria via Turkey, replacing Iranian supplies.', ['context-gas-via-turkey:gas-via-turkey']],
    ['Russian gas reaches southern Europe through Turkey.', []],
    ['Israel has bombed Syrian military sites hundreds of times since December.', ['context-israeli-airstrikes:airstrikes']],
    ['Israeli troops pushed into the buffer zone after Assad fell.', ['context-golan-buffer-zone:troops-in-buffer-zone']],
    ['Damascus confirmed indirect contacts with Israel on the 1974 accord.', ['context-1974-indirect-talks:indirect-talks']],
    ['Azerbaijanis and Turks are Turkic peoples who speak closely related languages.', ['azerbaijan-turkic-language:turkic-ties']],
    ['Al-Sharaa, whose group once had links to al-Qaeda, now leads Syria.', ['context-al-qaeda-past:al-qaeda-ties']],
  ])('%s', check);
});

describe('relations with words in between: appositives, a second verb, verb before noun', () => {
  test.each([
    // An appositive between the country and "borders"; "the Jewish state" for Israel.
    ['Azerbaijan, a close partner of Israel that buys much of its weaponry from the Jewish state, borders Iran to the south.', ['context-azerbaijan-borders-iran:borders-iran', 'context-israel-arms-azerbaijan:arms-supplier']],
    ['Azerbaijan, an oil producer on the Caspian, shares a long border with Iran.', ['context-azerbaijan-borders-iran:borders-iran']],
    // The same subject's second verb: "Israel has launched … and deployed troops into the zone".
    ['Israel has launched hundreds of strikes on Syria since the fall of Bashar al-Assad in December and deployed troops into the demilitarised zone on the Golan Heights.', ['context-golan-buffer-zone:troops-in-buffer-zone', 'context-israeli-airstrikes:airstrikes']],
    // Verb before noun.
    ['Last week, the US envoy for Syria, Tom Barrack, said Damascus and Israel had started a dialogue.', ['context-barrack-dialogue:dialogue-started']],
    ['US envoy Tom Barrack said Syria and Israel had begun talking.', ['context-barrack-dialogue:dialogue-started']],
    // Controls: another country's border; Barrack and a dialogue that has not started.
    ['Azerbaijan, a close partner of Israel, borders Armenia to the west.', []],
    ['Tom Barrack said a dialogue between Syria and Israel had not started.', []],
  ])('%s', check);
});

describe('negation counts only near the statement, not in another clause', () => {
  test.each([
    ['The encounter, which was not announced by either government, is the highest-level contact between the two neighbours in many years.', ['meeting-significance:significant-step']],
    ['Israel has not carried out strikes on Syria since the deal.', []],
  ])('%s', check);
});

describe('Heydar Aliyev (the airport, the centre, the late president) is not talks with President Aliyev', () => {
  test.each([
    ["Syria's interim leader Ahmed al-Sharaa is welcomed at Heydar Aliyev airport on Saturday.", []],
    ['Al-Sharaa laid a wreath at the grave of Heydar Aliyev.', []],
    ['Al-Sharaa held talks with President Ilham Aliyev at the Heydar Aliyev Center.', ['context-sharaa-aliyev-talks:talks-with-aliyev']],
  ])('%s', check);
});

describe('agenda verbs with an adverb: "focused mainly on", "centred largely on"', () => {
  test.each([
    ['Discussions focused mainly on the presence of Israeli forces inside Syrian territory, the Damascus source said.', ['agenda-israeli-military-presence:on-agenda']],
    ["The talks centred largely on Iran's influence in Syria.", ['agenda-iran:on-agenda']],
  ])('%s', check);
});
