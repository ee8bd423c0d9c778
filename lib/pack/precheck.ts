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

// Pattern syntax (see pattern-syntax.ts): alternatives "a|b" and optional "x?" words are loosened
// here to the words themselves; a pre-check may say yes too often, never too rarely.
const ARABIC_VARIANTS: Record<string, string> = { ا: '[اأإآ]', أ: '[اأإآ]', إ: '[اأإآ]', آ: '[اأإآ]', ي: '[يى]', ى: '[يى]', ه: '[هة]', ة: '[هة]' };
const TASHKEEL = '[\\u064B-\\u065F\\u0670\\u0640]*';

function wordSource(word: string): string {
  const w = word.replace(/\*$/, '').replace(/\?$/, '');
  let out = '';
  for (const ch of w) {
    if (/[\u0600-\u06FF]/u.test(ch)) out += (ARABIC_VARIANTS[ch] ?? ch) + TASHKEEL;
    else if (ch === '-') out += '[-\\s]?';
    else if (ch === "'" || ch === '’') out += "[’'ʿʾ`]?";
    else if (ch === '.') out += '\\.?';
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

function phrasesSource(phrases: readonly string[]): string | null {
  const sources = new Set<string>();
  for (const phrase of phrases) {
    // Each alternative of the first word, joined to the rest loosely: enough for a yes.
    const words = phrase.trim().split(/\s+/).filter((w) => !w.endsWith('?'));
    if (!words.length) continue;
    const alts = words[0]!.split('|');
    const rest = words.slice(1).map((w) => `(?:${w.split('|').map(wordSource).join('|')})`).join('[\\s\\S]{0,3}?');
    for (const a of alts) sources.add(wordSource(a) + (rest ? `[\\s\\S]{0,3}?${rest}` : ''));
  }
  return sources.size ? [...sources].sort((a, b) => b.length - a.length).join('|') : null;
}

/** The compiled pre-check of one or more packs. */
export interface Precheck {
  /** The text may be about one of the packs' stories: the ids of those it may be about. */
  about(text: string): string[];
  /** The text names any part of a story; added text can only make a page about the story if it does. */
  mentions(text: string): boolean;
}

const compile = (phrases: readonly string[]) => {
  const source = phrasesSource(phrases);
  return source ? new RegExp(source, 'iu') : null;
};

export function compilePrecheck(specs: readonly PrecheckSpec[]): Precheck {
  const compiled = specs.map((spec) => ({
    pack: spec.pack,
    key: compile(spec.key),
    sides: spec.sides.map(compile),
    places: compile(spec.places),
  }));
  const any = compile(specs.flatMap((s) => [...s.key, ...s.sides.flat(), ...s.places]));
  return {
    about: (text) =>
      compiled
        .filter((c) => c.key?.test(text) || (c.sides.length > 0 && c.sides.every((side) => side?.test(text)) && Boolean(c.places?.test(text))))
        .map((c) => c.pack),
    mentions: (text) => Boolean(any?.test(text)),
  };
}
