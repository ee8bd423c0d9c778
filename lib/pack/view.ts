/**
 * What the card, the popup and the checker's text output show of a pack: its story, accounts and
 * sources (without their texts) and its claims (without their frames). zod-free: the content script
 * receives these in the background's answers and must not bundle the pack schema.
 */

export interface AccountView {
  id: string;
  name: string;
  about: string;
}

export interface SourceView {
  id: string;
  outlet: string;
  title: string;
  url: string;
  published: string;
  carries: { account: string; via: 'first-hand' | 'relay' }[];
}

export interface VersionView {
  account: string;
  position: string;
  says: string;
  quote: string;
  source: string;
  time: string;
}

export interface ClaimView {
  id: string;
  pack: string;
  question: string;
  summary: string;
  positions: { id: string; label: string }[];
  compatible: [string, string][];
  versions: VersionView[];
  otherVoices: { who: string; says: string; quote: string; source: string }[];
}

export interface StoryView {
  pack: string;
  title: string;
  date: string;
  summary: string;
  accounts: AccountView[];
  sources: Record<string, SourceView>;
}

interface PackLike {
  id: string;
  story: { title: string; date: string; summary: string };
  accounts: AccountView[];
  sources: SourceView[];
  claims: (Omit<ClaimView, 'pack'> & { frames?: unknown })[];
}

export function storyView(pack: PackLike): StoryView {
  return {
    pack: pack.id,
    ...pack.story,
    accounts: pack.accounts.map(({ id, name, about }) => ({ id, name, about })),
    sources: Object.fromEntries(pack.sources.map(({ id, outlet, title, url, published, carries }) => [id, { id, outlet, title, url, published, carries }])),
  };
}

export function claimView(pack: PackLike, claimId: string): ClaimView | undefined {
  const c = pack.claims.find((x) => x.id === claimId);
  if (!c) return undefined;
  const { id, question, summary, positions, compatible, versions, otherVoices } = c;
  return { id, pack: pack.id, question, summary, positions, compatible, versions, otherVoices };
}

/** The key of a claim across packs ("baku-2025/sharaa-attendance"). */
export const claimKey = (pack: string, claim: string): string => `${pack}/${claim}`;

/** How a source carries an account, in words a reader can check: "Samaa, as relayed by All Israel News". */
export function carriedBy(story: StoryView, account: string, sourceId: string): string {
  const name = story.accounts.find((a) => a.id === account)?.name ?? account;
  const source = story.sources[sourceId];
  if (!source) return name;
  const via = source.carries.find((c) => c.account === account)?.via;
  return via === 'relay' ? `${name}, as relayed by ${source.outlet}` : `${name}, in ${source.outlet}`;
}

/** An account's versions of a claim, oldest first; the last is the one verdicts are judged against. */
export const versionsOf = (claim: ClaimView, account: string): VersionView[] => claim.versions.filter((v) => v.account === account);
