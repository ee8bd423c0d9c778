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

// The pre-check is a test of literal words on a lower-cased copy of the text (in Arabic, the alef forms,
// alef maqsura and taa marbuta unified and short vowels and tatweel dropped). A first scan looks for
// each phrase's anchors: for its most telling required word, the longest literal stretch of each
// alternative, cut at hyphens, apostrophes and dots, which copy may write as spaces or leave out. A text
// it lets through must then hold, with apostrophes and dots dropped ("shar'a" is also "shara"), a
// stretch of every required word of some phrase. So the pre-check may say yes too often, never too rarely. Literals
// and no flags keep it cheap where it matters, on every page: with the phrases as case-insensitive
// Unicode regexes, V8 took about 10 ms to build them and 100 ms for a first test on a long page.
const ARABIC = /[\u0600-\u06FF]/;
const TASHKEEL = /[\u064B-\u065F\u0670\u0640]/g;

const APOSTROPHES_AND_DOTS = /[’'ʿʾ`´.]/g;

/** The text lower-cased, and in Arabic folded: what the first scan reads. */
function lowerForPrecheck(text: string): string {
  const lower = text.toLowerCase();
  if (!ARABIC.test(lower)) return lower;
  return lower.replace(TASHKEEL, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
}

/** The copy of a text (or of a phrase's word) the words are looked for in: also without apostrophes and dots. */
export function normaliseForPrecheck(text: string): string {
  return lowerForPrecheck(text).replace(APOSTROPHES_AND_DOTS, '');
}

const longest = (parts: string[]) => parts.filter(Boolean).sort((a, b) => b.length - a.length)[0] ?? '';

/** The longest literal stretch of one alternative of a pattern word ("al-sharaa" → "sharaa", "strik*" → "strik"). */
function stretchOf(alternative: string): string {
  return longest(normaliseForPrecheck(alternative.replace(/\*$/, '')).split(/[-\s]+/));
}

/**
 * The same cut at apostrophes and dots too ("shar'a" → "shar"), for the first scan, which reads the text
 * with them: dropping them from a whole page costs a copy and a replacement at every full stop.
 */
function rawStretchOf(alternative: string): string {
  return longest(lowerForPrecheck(alternative.replace(/\*$/, '')).split(/[-\s’'ʿʾ`´.]+/));
}

/** For each required word of a phrase, the stretches of its alternatives: a text the phrase matches holds one of each. */
function wordsOf(phrase: string): string[][] {
  const words = phrase.trim().split(/\s+/).filter((w) => w && !w.endsWith('?'));
  return words.map((word) => [...new Set(word.split('|').map(stretchOf))]).filter((stretches) => stretches.every(Boolean));
}

/** Literals one of which every text matching the phrase contains, as it is: those of its most telling required word. */
export function anchorsOf(phrase: string): string[] {
  let best: string[] = [];
  let bestShortest = -1;
  for (const word of phrase.trim().split(/\s+/).filter((w) => w && !w.endsWith('?'))) {
    const stretches = [...new Set(word.split('|').map(rawStretchOf))];
    if (stretches.some((x) => !x)) continue;
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
  // An anchor holding another adds nothing to the first scan ("azerbaijani" holds "azerbaijan"): the
  // shortest are kept, and the second step, word by word, keeps the precision.
  const all = [...new Set(phrases.flatMap(anchorsOf))].sort((a, b) => a.length - b.length);
  const anchors = all.filter((a, i) => !all.slice(0, i).some((b) => a.includes(b)));
  return { anchors: anchors.map(escape).join('|'), phrases: [...new Set(phrases)].map(wordsOf).filter((w) => w.length > 0) };
}

export function bakePrecheck(spec: PrecheckSpec): BakedPrecheck {
  return { pack: spec.pack, key: bakeGroup(spec.key), sides: spec.sides.map(bakeGroup), places: bakeGroup(spec.places) };
}

/** A text read both ways, the normalised copy made only when the first scan lets the text through. */
interface Reading {
  lower: string;
  normalised(): string;
}

function reading(text: string): Reading {
  const lower = lowerForPrecheck(text);
  let normalised: string | null = null;
  return { lower, normalised: () => (normalised ??= lower.replace(APOSTROPHES_AND_DOTS, '')) };
}

/**
 * A test for one group: the anchors' regex (built on first use) rules most text out; a text it lets
 * through must hold a stretch of every required word of some phrase.
 */
function groupTest(group: BakedGroup): (r: Reading) => boolean {
  if (!group.anchors) return () => false;
  let re: RegExp | null = null;
  return (r) => {
    if (!(re ??= new RegExp(group.anchors)).test(r.lower)) return false;
    const text = r.normalised();
    return group.phrases.some((words) => words.every((stretches) => stretches.some((x) => text.includes(x))));
  };
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
      const r = reading(text);
      // A page is about a story if it names its key figure, or a place and every side: the key and place
      // names are few and telling, so most pages are ruled out by two short scans; sides come last.
      return packs.filter((c) => c.key(r) || (c.sides.length > 0 && c.places(r) && c.sides.every((side) => side(r)))).map((c) => c.pack);
    },
    mentions: (text) => any(reading(text)),
  };
}

/** The pre-check of packs from their specs (imported packs, the matcher). */
export function compilePrecheck(specs: readonly PrecheckSpec[]): Precheck {
  return precheckOf(specs.map(bakePrecheck));
}
