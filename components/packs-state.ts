import { createContext } from 'preact';
import type { PackSummaryView } from '../lib/messaging/pack-messages';
import type { Lang } from '../lib/pack/schema';

export type { PackSummaryView };

/** What the packs section needs from the extension, passed in so it can be built and tested without one. */
export interface PacksApi {
  list(): Promise<PackSummaryView[]>;
  /** Imports a pack file's text; rejects with what is wrong and where, having changed nothing. */
  importText(text: string): Promise<{ pack: PackSummaryView; replaced: boolean; packs: PackSummaryView[] }>;
  setEnabled(id: string, enabled: boolean): Promise<PackSummaryView[]>;
  remove(id: string): Promise<PackSummaryView[]>;
}

/**
 * The options page provides the API here (entrypoints/options/main.tsx), so the options form mounts
 * the section in one line without carrying the API through its own props.
 */
export const PacksApiContext = createContext<PacksApi | null>(null);

export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ar: 'Arabic' };

/** "English, Arabic · 19 claims". */
export const packFacts = (p: Pick<PackSummaryView, 'languages' | 'claims'>): string =>
  `${p.languages.map((l) => LANGUAGE_NAMES[l]).join(', ')} · ${p.claims} claim${p.claims === 1 ? '' : 's'}`;

const INVALID = 'Invalid claim pack: ';
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SINGULAR: Record<string, string> = { claims: 'claim', sources: 'source', entities: 'entity', accounts: 'account', versions: 'version', segments: 'segment', frames: 'frame', positions: 'position', lookalikes: 'look-alike', sides: 'side' };

/** "claims.1.versions.0.quote" → "claims.1 is the second claim": paths count from 0, people from 1. */
function readingOf(path: string): string | null {
  const m = /(?:^|\.)([a-z]+)\.(\d+)(?:\.|$)/.exec(path);
  if (!m) return null;
  const n = Number(m[2]);
  const k = n + 1;
  const suffix = k % 100 >= 11 && k % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][k % 10] ?? 'th');
  const nth = ORDINALS[n] ?? `${k}${suffix}`;
  return `${m[1]}.${m[2]} is the ${nth} ${SINGULAR[m[1]!] ?? 'item'}`;
}

/**
 * A refused import as a lead and a list a person can act on: each problem with where it is in the
 * file. parsePack's message is "Invalid claim pack: path: problem; path: problem".
 */
export function importProblems(message: string): { lead: string; problems: string[] } {
  const text = message.replace(/^Invalid "packs\.import" message: text: /, '');
  if (!text.startsWith(INVALID)) return { lead: text, problems: [] };
  const problems = text.slice(INVALID.length).split(/; (?=(?:\(root\)|[\w-]+(?:\.[\w-]+)*): )/);
  const reading = readingOf(problems[0]!.slice(0, problems[0]!.indexOf(': ')));
  return {
    lead: `It is not a valid claim pack. What is wrong, and where in the file${reading ? ` (paths count from 0: ${reading})` : ''}:`,
    problems,
  };
}
