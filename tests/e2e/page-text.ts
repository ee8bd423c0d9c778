import { Window } from 'happy-dom';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findArticleRoot } from '../../lib/dom/find-article-root';
import { buildTextMap } from '../../lib/dom/text-map';
import type { Passage, Status } from '../../lib/match/types';
import { groupPassages, groupText, type MarkGroup } from '../../lib/reader/group-marks';
import { PAGES_DIR } from './fixtures';

/** The text the content script matches on a fixture page, built with the same lib/dom code in happy-dom. */
export function pageText(file: string): string {
  const window = new Window({ url: 'http://127.0.0.1/' });
  window.document.write(readFileSync(resolve(PAGES_DIR, file), 'utf8'));
  const doc = window.document as unknown as Document;
  const text = buildTextMap(findArticleRoot(doc)).text;
  void window.happyDOM.close();
  return text;
}

type CheckedPassage = { start: number; end: number; text: string; claim: string; status: string };

/** Runs `npm run --silent check -- --json` on the text, exactly as a person would on a saved file. */
export function checkText(text: string): CheckedPassage[] {
  const file = join(mkdtempSync(join(tmpdir(), 'cc-check-')), 'page.txt');
  writeFileSync(file, text);
  const out = execFileSync('npm', ['run', '--silent', 'check', '--', '--json', file], { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8' });
  return (JSON.parse(out) as { passages: CheckedPassage[] }).passages;
}

/** Whitespace-free text: unwrapped whitespace runs between marks make mark text differ only there. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The marks a fixture page should show, from `npm run check` on its text grouped as the page groups
 * them: one per sentence, its kind the most serious, statuses in `hidden` left out first (as the
 * reader's settings do; misattributions are always shown).
 */
export function expectedMarks(file: string, hidden: readonly Status[] = []): MarkGroup[] {
  const passages = checkText(pageText(file)) as unknown as Passage[];
  return groupPassages(passages.filter((p) => !hidden.includes(p.status) || p.misattributed));
}

/** A mark as a comparable string: kind, claims (most serious first) and whitespace-free text. */
export const markKey = (m: { status: string; claims: string[]; text: string }) => `${m.status}|${m.claims.join(' ')}|${squash(m.text)}`;
export const groupKey = (g: MarkGroup) => markKey({ status: g.kind, claims: g.sections.map((s) => s.key), text: groupText(g) });

/** How many marks of each kind, from the kinds of the marks. */
export const kindCounts = (kinds: readonly string[]) => kinds.reduce<Record<string, number>>((counts, k) => ((counts[k] = (counts[k] ?? 0) + 1), counts), {});
