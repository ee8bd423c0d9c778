/**
 * `npm run check -- [--json] [--pack FILE]... FILE...`: the matcher on .txt or .html files, for people or
 * as JSON. One file with --json prints exactly {"passages":[…]}; several print {"files":[{"file","passages"}]}.
 * Offsets index the text that was checked: the file itself for .txt, Readability's article text for .html.
 * `--pack FILE` checks with that claim pack instead of the bundled ones (repeat it for several).
 */
import { readFileSync, statSync } from 'node:fs';
import { findPassagesAll } from '../lib/match/find-passages';
import { htmlArticleText } from '../lib/match/html-article';
import { decodeText } from '../lib/match/read-input';
import { unwrapHardWrappedLines } from '../lib/match/unwrap-lines';
import type { Passage } from '../lib/match/types';
import { bundledPacks, parsePack } from '../lib/pack/load';
import { readPackText } from '../lib/packs/read-pack-text';
import type { Pack } from '../lib/pack/schema';
import { carriedBy, claimView, storyView, versionsOf } from '../lib/pack/view';

const args = process.argv.slice(2);
const json = args.includes('--json');
const packFiles: string[] = [];
const files: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--json') continue;
  if (args[i] === '--pack') packFiles.push(args[++i] ?? '');
  else files.push(args[i]!);
}

function fail(message: string): never {
  process.stderr.write(`check: ${message}\n`);
  process.exit(1);
}

if (files.length === 0) fail('usage: npm run check -- [--json] [--pack FILE]... FILE...');

function readFile(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    fail(`${file}: no such file`);
  }
  if (stat.isDirectory()) fail(`${file}: is a directory, not a file`);
  try {
    return decodeText(readFileSync(file));
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
}

function loadPack(file: string): Pack {
  let raw: unknown;
  try {
    raw = readPackText(readFile(file));
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
  try {
    return parsePack(raw);
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
}

const packs: readonly Pack[] = packFiles.length ? packFiles.map(loadPack) : bundledPacks;

const publicPassage = (p: Passage) => p;

/**
 * Plain text may be hard-wrapped: the matcher reads it with wrapped lines joined (same offsets), and
 * each passage's text is then taken from the file as it is, so `text === content.slice(start, end)`.
 */
function check(file: string): Passage[] {
  const content = readFile(file);
  if (/\.x?html?$/i.test(file)) return findPassagesAll(htmlArticleText(content), packs);
  return findPassagesAll(unwrapHardWrappedLines(content), packs).map((p) => ({ ...p, text: content.slice(p.start, p.end) }));
}

const results = files.map((file) => ({ file, passages: check(file) }));

if (json) {
  const out =
    results.length === 1
      ? { passages: results[0]!.passages.map(publicPassage) }
      : { files: results.map((r) => ({ file: r.file, passages: r.passages.map(publicPassage) })) };
  process.stdout.write(JSON.stringify(out) + '\n');
} else {
  for (const { file, passages } of results) {
    console.log(`\n${file}: ${passages.length} passage${passages.length === 1 ? '' : 's'}`);
    for (const p of passages) {
      const pack = packs.find((x) => x.id === p.pack)!;
      const story = storyView(pack);
      const claim = p.claim ? claimView(pack, p.claim) : undefined;
      const flag = p.misattributed ? ' MISATTRIBUTED' : '';
      console.log(`\n[${p.status.toUpperCase()}${flag}] ${p.start}–${p.end}  “${p.text.replace(/\s+/g, ' ')}”`);
      if (packs.length > 1) console.log(`  Story: ${story.title}`);
      console.log(`  Question: ${claim ? claim.question : 'Goes beyond every account'}`);
      console.log(`  Cues: ${p.evidence.join(', ')}`);
      if (p.credits) {
        const name = story.accounts.find((a) => a.id === p.credits)?.name ?? p.credits;
        console.log(`  Credits ${name}: ${p.misattributed ? `misattributed. ${p.attribution ?? ''}` : 'the account says it.'}`);
      }
      if (!claim) continue;
      for (const account of story.accounts) {
        const versions = versionsOf(claim, account.id);
        const label = account.name.padEnd(9);
        if (!versions.length) {
          console.log(`  ${label} silent`);
          continue;
        }
        console.log(`  ${label} ${p.verdicts[account.id]}`);
        versions.forEach((v, i) => {
          const source = story.sources[v.source]!;
          const when = versions.length > 1 ? (i < versions.length - 1 ? `earlier, ${v.time}: ` : `latest, ${v.time}: `) : '';
          console.log(`    ${when}${v.says}\n      “${v.quote}”\n      ${carriedBy(story, account.id, v.source)}, ${source.published} <${source.url}>`);
        });
      }
      for (const r of p.revisions ?? []) console.log(`  Note: ${r.note}.`);
      for (const voice of claim.otherVoices) {
        const source = story.sources[voice.source]!;
        console.log(`  Other voice: ${voice.who} — ${voice.says} (${source.outlet}, ${source.published} <${source.url}>)`);
      }
    }
  }
}
