/**
 * The page pre-check, derived from the enabled packs: the cheap test a content script runs on a page's
 * text before anything else, and that the matcher runs first too, so the pre-check can never hide a
 * passage the matcher would find. zod-free and engine-free: it is bundled into the small content script.
 */

/** What a pack contributes to the pre-check, per language: names as plain phrases. */
export interface PrecheckSpec {
  pack: string;
  /** Names that alone make a page worth reading (the story's key figure). */
  key: string[];
  /** Each side's names: a page naming every side and a place is worth reading too. */
  sides: string[][];
  places: string[];
}

/** The shape of a pack this needs (so the content script never imports the pack schema). */
interface PackLike {
  id: string;
  entities: { id: string; key?: boolean; aliases: Partial<Record<string, string[]>> }[];
  event: { places: string[]; sides: { members: string[] }[] };
}

/** Derives a pack's pre-check from its entities: every language's names together. */
export function precheckSpec(pack: PackLike): PrecheckSpec {
  const names = (id: string) => Object.values(pack.entities.find((e) => e.id === id)?.aliases ?? {}).flat() as string[];
  return {
    pack: pack.id,
    key: pack.entities.filter((e) => e.key).flatMap((e) => names(e.id)),
    sides: pack.event.sides.map((side) => side.members.flatMap(names)),
    places: pack.event.places.flatMap(names),
  };
}

// The pre-check is a test of literal words on a normalised copy of the text: lower case; apostrophes
// and dots dropped (they are optional in a pattern word: "shar'a" is also "shara", "U.S." "US"); in
// Arabic, the alef forms, alef maqsura and taa marbuta unified and short vowels and tatweel dropped.
// Every phrase gives, for each of its required words, the longest literal stretch of each alternative
// (a hyphen may be a space or nothing in copy, so it splits a word): a text the phrase matches holds a
// stretch of every required word. So the pre-check may say yes too often, never too rarely. Literals
// and no flags keep it cheap where it matters, on every page: with the phrases as case-insensitive
// Unicode regexes, V8 took about 10 ms to build them and 100 ms for a first test on a long page.
const ARABIC = /[\u0600-\u06FF]/;
const TASHKEEL = /[\u064B-\u065F\u0670\u0640]/g;

/** The copy of a text (or of a phrase's word) the pre-check reads. */
export function normaliseForPrecheck(text: string): string {
  const lower = text.toLowerCase().replace(/[’'ʿʾ`´.]/g, '');
  if (!ARABIC.test(lower)) return lower;
  return lower.replace(TASHKEEL, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
}

/** The longest literal stretch of one alternative of a pattern word ("al-sharaa" → "sharaa", "strik*" → "strik"). */
function stretchOf(alternative: string): string {
  const parts = normaliseForPrecheck(alternative.replace(/\*$/, '')).split(/[-\s]+/).filter(Boolean);
  return parts.sort((a, b) => b.length - a.length)[0] ?? '';
}

/** For each required word of a phrase, the stretches of its alternatives: a text the phrase matches holds one of each. */
function wordsOf(phrase: string): string[][] {
  const words = phrase.trim().split(/\s+/).filter((w) => w && !w.endsWith('?'));
  return words.map((word) => [...new Set(word.split('|').map(stretchOf))]).filter((stretches) => stretches.every(Boolean));
}

/** Literals one of which every text matching the phrase contains: those of its most telling required word. */
export function anchorsOf(phrase: string): string[] {
  let best: string[] = [];
  let bestShortest = -1;
  for (const stretches of wordsOf(phrase)) {
    const shortest = Math.min(...stretches.map((x) => x.length));
    if (shortest > bestShortest) (best = stretches), (bestShortest = shortest);
  }
  return best;
}

/** One group of names (a key figure, a side, the places) made ready: its anchors' regex source and each phrase's words. */
export interface BakedGroup {
  /** A regex source of literals: a text the group names matches it. */
  anchors: string;
  /** Per phrase, per required word, the stretches of its alternatives. */
  phrases: string[][][];
}

/** A pack's pre-check as data, made once (at build time for the bundled packs): nothing to derive on a page. */
export interface BakedPrecheck {
  pack: string;
  key: BakedGroup;
  sides: BakedGroup[];
  places: BakedGroup;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function bakeGroup(phrases: readonly string[]): BakedGroup {
  const anchors = [...new Set(phrases.flatMap(anchorsOf))].sort((a, b) => b.length - a.length);
  return { anchors: anchors.map(escape).join('|'), phrases: [...new Set(phrases)].map(wordsOf).filter((w) => w.length > 0) };
}

export function bakePrecheck(spec: PrecheckSpec): BakedPrecheck {
  return { pack: spec.pack, key: bakeGroup(spec.key), sides: spec.sides.map(bakeGroup), places: bakeGroup(spec.places) };
}

/**
 * A test for one group on normalised text: the anchors' regex (built on first use) rules most text out;
 * a text it lets through must hold a stretch of every required word of some phrase.
 */
function groupTest(group: BakedGroup): (normalised: string) => boolean {
  if (!group.anchors) return () => false;
  let re: RegExp | null = null;
  return (normalised) =>
    (re ??= new RegExp(group.anchors)).test(normalised) && group.phrases.some((words) => words.every((stretches) => stretches.some((x) => normalised.includes(x))));
}

/** The compiled pre-check of one or more packs. */
export interface Precheck {
  /** The text may be about one of the packs' stories: the ids of those it may be about. */
  about(text: string): string[];
  /** The text names any part of a story; added text can only make a page about the story if it does. */
  mentions(text: string): boolean;
}

/** The pre-check of packs already baked (the small content script's, from assets/packs/precheck.json). */
export function precheckOf(baked: readonly BakedPrecheck[]): Precheck {
  const packs = baked.map((b) => ({ pack: b.pack, key: groupTest(b.key), sides: b.sides.map(groupTest), places: groupTest(b.places) }));
  const groups = baked.flatMap((b) => [b.key, ...b.sides, b.places]);
  const any = groupTest({ anchors: groups.map((g) => g.anchors).filter(Boolean).join('|'), phrases: groups.flatMap((g) => g.phrases) });
  return {
    about: (text) => {
      const normalised = normaliseForPrecheck(text);
      // Most pages name nothing of any story: one scan says so.
      if (!any(normalised)) return [];
      return packs.filter((c) => c.key(normalised) || (c.sides.length > 0 && c.sides.every((side) => side(normalised)) && c.places(normalised))).map((c) => c.pack);
    },
    mentions: (text) => any(normaliseForPrecheck(text)),
  };
}

/** The pre-check of packs from their specs (imported packs, the matcher). */
export function compilePrecheck(specs: readonly PrecheckSpec[]): Precheck {
  return precheckOf(specs.map(bakePrecheck));
}
