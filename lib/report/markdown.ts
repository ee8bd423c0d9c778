import type { Passage, Verdict } from '../match/types';
import { escapeMarkdown } from '../export/markdown';
import { carriedBy, versionsOf, type ClaimView, type StoryView } from '../pack/view';
import { accountsSplit, leadPassage, sharedVerdicts, summaryLine, type ClaimOnPage } from '../reader/claims-on-page';
import { KIND_TEXT, kindOf, onTheClaimItself } from '../reader/kinds';

/** The page the report is about. */
export interface ReportPage {
  url: string;
  title: string;
}

const VERDICT_WORDS: Record<Verdict, string> = { agrees: '✓ agrees', contradicts: '✗ contradicts', silent: '– silent' };

/** One line of text for inline use: line breaks in page text would end the list item or quote. */
const inline = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

/** A link destination that survives any URL: `<…>` form, with the characters it cannot hold encoded. */
const destination = (url: string) => `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;

const quote = (text: string) => `> ${inline(text)}`;

/** "AFP, i24 News and Samaa". */
const andList = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * Each account's versions in order, with outlet, date and link, and how the page stands to it: the
 * verdict when the page's passages share one (`verdicts` null when they side with different accounts).
 */
function accountLines(claim: ClaimView, story: StoryView, lead: Passage, verdicts: Passage['verdicts'] | null): string[] {
  const lines: string[] = [];
  for (const account of story.accounts) {
    const versions = versionsOf(claim, account.id);
    const notes = [verdicts ? VERDICT_WORDS[verdicts[account.id] ?? 'silent'] : '', lead.credits === account.id ? 'cited by the page' : ''].filter(Boolean);
    const name = `**${inline(account.name)}**${notes.length ? ` (${notes.join(', ')})` : ''}`;
    if (!versions.length) {
      lines.push(`- ${name}: says nothing on this.`);
      continue;
    }
    lines.push(`- ${name}`);
    versions.forEach((v, i) => {
      const when = versions.length > 1 ? `${i < versions.length - 1 ? 'Earlier' : 'Latest'}, ${v.time}` : v.time;
      const source = story.sources[v.source];
      const where = source ? `${inline(carriedBy(story, account.id, v.source))}, ${inline(source.published)} · [original article](${destination(source.url)})` : inline(carriedBy(story, account.id, v.source));
      lines.push(`  - ${inline(when)}: ${inline(v.says)} “${inline(v.quote)}” — ${where}`);
    });
    const revision = verdicts ? lead.revisions?.find((r) => r.account === account.id) : undefined;
    if (revision) lines.push(`  - This passage ${inline(revision.note)}.`);
  }
  return lines;
}

function claimSection(item: ClaimOnPage, n: number): string {
  const { kind, claim, story, passages } = item;
  const text = KIND_TEXT[kind];
  const parts = [`## ${n}. ${text.symbol} ${text.label}: ${inline(claim ? claim.question : 'What goes beyond every account')}`];
  parts.push(`On this page${passages.length > 1 ? ` (${passages.length} passages)` : ''}:`);
  // With several passages each says how it stands: one may side with one account, the next with another.
  parts.push(passages.map((p) => (passages.length > 1 ? `> ${KIND_TEXT[kindOf(p)].symbol} ${inline(p.text)}` : quote(p.text))).join('\n>\n'));
  for (const p of passages.filter((x) => x.misattributed)) {
    const who = p.credits ? story.accounts.find((a) => a.id === p.credits)?.name ?? p.credits : 'an account';
    parts.push(`**Credited to ${inline(who)}, who did not say this.**${p.attribution ? ` ${inline(p.attribution)}` : ''}`);
  }
  if (!claim) {
    const elements = passages.flatMap((p) => p.elements ?? []);
    if (elements.length) parts.push(`Not in any account: ${elements.map((e) => `“${inline(e)}”`).join(', ')}.`);
    parts.push(`No account (${andList(story.accounts.map((a) => inline(a.name)))}) says this.`);
    return parts.join('\n\n');
  }
  const lead = leadPassage(passages)!;
  // The kind said what is wrong with the credit; this says how the claim itself stands.
  const explain = kind === 'misattributed' ? onTheClaimItself(lead.status) : text.explain;
  parts.push(`${inline(explain)}${kind !== 'contested' && accountsSplit(claim, story) ? ' The accounts disagree on this.' : ''}`);
  parts.push(accountLines(claim, story, lead, sharedVerdicts(passages)).join('\n'));
  if (claim.otherVoices.length) {
    const voices = claim.otherVoices.map((v) => {
      const source = story.sources[v.source];
      return `- ${inline(v.who)}: ${inline(v.says)}${source ? ` — ${inline(source.outlet)}, ${inline(source.published)} · [original article](${destination(source.url)})` : ''}`;
    });
    parts.push(['Other voices (not one of the accounts):', ...voices].join('\n'));
  }
  return parts.join('\n\n');
}

/**
 * This page's claims as Markdown a reader can paste into a note, a message or a newsroom chat:
 * the summary line, then each claim, disputes first (the order `claimsOnPage` gives), with the page's
 * passages quoted and each account's versions with outlet, date and link. Page and pack text is
 * escaped, so it reads as written wherever the Markdown is rendered.
 */
export function pageReport(page: ReportPage, items: readonly ClaimOnPage[]): string {
  const title = page.title.replace(/\s+/g, ' ').trim() || page.url;
  const stories = [...new Map(items.map((i) => [i.story.pack, i.story])).values()];
  const against = stories.map((s) => `${andList(s.accounts.map((a) => inline(a.name)))} on “${inline(s.title)}” (${inline(s.date)})`);
  const head = [`# Crosscheck: ${inline(title)}`, destination(page.url)];
  if (!items.length) return `${[...head, 'Crosscheck found no passage on this page about the stories it knows.'].join('\n\n')}\n`;
  head.push(`${summaryLine(items)} Checked against ${against.join('; ')}.`);
  return `${[...head, ...items.map((item, i) => claimSection(item, i + 1))].join('\n\n')}\n`;
}
