import { z } from 'zod';
import { parsePattern, patternRefs, wordsOnly } from './pattern-syntax';

/**
 * The claim pack: one story as data (sources, accounts, entities, the event and its look-alikes, the
 * claims and the frames that recognise them). The engine (lib/match/) knows no story; everything it
 * needs to read one comes from a pack. A pack may come from a user, so every field is bounded and every
 * cross-reference checked here, with messages that name the path and the problem.
 */

export const PACK_SCHEMA_VERSION = 1;
export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and -)').max(64);
const Text = (max = 2000) => z.string().trim().min(1, 'must not be empty').max(max);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-07-12');

/** A pattern in the pack's cue language (pattern-syntax.ts), checked when the pack is parsed. */
const Pattern = z.string().superRefine((source, ctx) => {
  const parsed = parsePattern(source);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: `pattern ${parsed.error}` });
});
const PHRASE_OPTIONAL_WORDS = 6;
const MAX_LEXICONS = 256;
/** A phrase: words only (alternatives, optional words and * allowed), no references or gaps. */
const Phrase = z.string().superRefine((source, ctx) => {
  const parsed = parsePattern(source);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: `phrase ${parsed.error}` });
  else if (!parsed.items.every(wordsOnly)) ctx.addIssue({ code: 'custom', message: 'a phrase is words only (no @, % or ~)' });
  // A phrase is one regex, and each optional word in it can be taken or skipped: k of them that can match
  // the same text make the regex try 2^k ways at every position ("quay? quay? … harbour" on "quay quay …").
  else if (parsed.items.filter((i) => i.kind === 'choice' && i.optional).length > PHRASE_OPTIONAL_WORDS)
    ctx.addIssue({ code: 'custom', message: `a phrase has at most ${PHRASE_OPTIONAL_WORDS} optional words` });
});
const PerLang = <T extends z.ZodType>(item: T, max: number) => z.partialRecord(z.enum(LANGS), z.array(item).max(max));

export const AccountSchema = z.strictObject({
  id: Id,
  /** Short name for the card and the popup ("AFP"). */
  name: Text(60),
  /** Who the account is ("a diplomatic source in Damascus, via AFP"). */
  about: Text(300),
  /** How copy names the account, per language: what attribution checks look for ("Agence France-Presse"). */
  names: PerLang(Phrase, 32),
});

export const SegmentSchema = z.strictObject({
  /** Whose words these are: an account id, or null for the publisher's own voice and other voices. */
  account: Id.nullable(),
  /** Who speaks, when not an account ("an Israeli official quoted by Ynet"). */
  voice: Text(200).optional(),
  /** Verbatim, untrimmed: a source's segments joined give its text exactly. */
  text: z.string().min(1).max(20000),
});

export const SourceSchema = z.strictObject({
  id: Id,
  /** The outlet that published this text. */
  outlet: Text(120),
  title: Text(300),
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).max(2000),
  /** When it was published, as precisely as known ("2025-07-12", "2025-07-12/13"). */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:\/\d{2})?$/, 'must be a date like 2025-07-12 or 2025-07-12/13'),
  /** Whose accounts it carries, and how: its own wire copy ("first-hand") or retold by this outlet ("relay"). */
  carries: z.array(z.strictObject({ account: Id, via: z.enum(['first-hand', 'relay']) })).max(16),
  lang: z.enum(LANGS),
  /** The text, split by whose words each part is. */
  segments: z.array(SegmentSchema).min(1).max(200),
});

export const EntitySchema = z.strictObject({
  id: Id,
  kind: z.enum(['person', 'group', 'organisation', 'country', 'place', 'event', 'thing']),
  /** Which side of the event the entity belongs to, if any (an id of `event.sides`). */
  side: Id.optional(),
  label: Text(120),
  /** Names, per language, in every spelling copy uses. */
  aliases: PerLang(Phrase, 64),
  /** Descriptions that stand for it ("the union's leader"). */
  titles: PerLang(Phrase, 32).optional(),
  /** The entity is also referred to by a personal pronoun (he/she) after being named. */
  pronoun: z.boolean().optional(),
  /** Its name alone makes a page worth reading for this story (the page pre-check). */
  key: z.boolean().optional(),
});

export const LookalikeSchema = z.strictObject({
  id: Id,
  label: Text(200),
  date: IsoDate.optional(),
  /** Places and participants that belong to it and not to the event. */
  places: z.array(Id).max(16).default([]),
  participants: z.array(Id).max(16).default([]),
  /** Words that say a passage is about it ("again", "second round"), per language. */
  cues: PerLang(Pattern, 64).default({}),
});

export const EventSchema = z.strictObject({
  label: Text(200),
  date: IsoDate,
  /** Entity ids: the place (city first) and the sides that met. */
  places: z.array(Id).min(1).max(16),
  sides: z.array(z.strictObject({ id: Id, members: z.array(Id).min(1).max(32) })).min(2).max(4),
  /** Who took part or is said to have (entity ids), besides the sides' members. */
  participants: z.array(Id).max(32).default([]),
  /** The occasion, as copy says it ("on the sidelines of ~6 %visit"), per language. */
  occasion: PerLang(Pattern, 32).default({}),
  lookalikes: z.array(LookalikeSchema).max(32).default([]),
});

/** The frames: small generic readings the engine knows, which a claim fills with its own entities and cues. */
export const FrameSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('presence'),
    /** Entities whose presence at the event the claim is about. */
    who: z.array(Id).min(1).max(8),
    /** `subject`: the entity must be the subject of a presence verb; `member`: naming it in a clause about the meeting is enough. */
    mode: z.enum(['subject', 'member']).default('subject'),
    positions: z.strictObject({ present: Id, absent: Id.optional(), expected: Id.optional(), notExpected: Id.optional() }),
  }),
  z.strictObject({ type: z.literal('count'), positions: z.strictObject({ one: Id, several: Id }) }),
  z.strictObject({ type: z.literal('date'), positions: z.strictObject({ same: Id, other: Id.optional() }) }),
  z.strictObject({ type: z.literal('place'), positions: z.strictObject({ same: Id }) }),
  z.strictObject({
    type: z.literal('agenda'),
    /** What names the topic; `near` is a looser cue that only counts within a few words of the agenda verb. */
    topic: PerLang(Pattern, 64),
    near: PerLang(Pattern, 16).optional(),
    positions: z.strictObject({ on: Id, off: Id.optional() }),
  }),
  z.strictObject({
    type: z.literal('relation'),
    /** The statement itself (who did what to whom); any one pattern. */
    patterns: PerLang(Pattern, 64),
    /** Each group must match somewhere in the sentence (cheap gates and context words). */
    requires: PerLang(z.array(Pattern).min(1).max(16), 8).optional(),
    /** Any of these within the relation or just before it makes it about something else. */
    unless: PerLang(Pattern, 32).optional(),
    /** `background`: a standing fact, read on any page; `event`: about the event, silent on another meeting. */
    scope: z.enum(['background', 'event']).default('background'),
    /** The claim is itself a negative statement, so a negator is part of it, not a denial. */
    negative: z.boolean().default(false),
    /** The statement must sit in one clause: no subordinating word inside it ("the talks come as X marks a milestone" is X's). */
    sameClause: z.boolean().default(false),
    positions: z.strictObject({ affirmed: Id, denied: Id.optional() }),
  }),
]);
export type Frame = z.infer<typeof FrameSchema>;

export const VersionSchema = z.strictObject({
  account: Id,
  position: Id,
  /** The account's version in the pack author's words. */
  says: Text(600),
  /** Verbatim from the source's segment of that account; a test proves it occurs there. */
  quote: Text(600),
  source: Id,
  /** When the account said it ("2025-07-12, before the meeting"). Versions are listed in order, latest last. */
  time: Text(120),
});
export type Version = z.infer<typeof VersionSchema>;

export const ClaimSchema = z.strictObject({
  id: Id,
  question: Text(300),
  summary: Text(600),
  positions: z.array(z.strictObject({ id: Id, label: Text(200) })).min(1).max(12),
  /** Pairs of positions that do not contradict each other. */
  compatible: z.array(z.tuple([Id, Id])).max(32).default([]),
  /** Every account's versions, oldest first; an account with none is silent on the claim. */
  versions: z.array(VersionSchema).max(32),
  /** Voices other than the accounts; a claim only these back is unsourced. */
  otherVoices: z.array(z.strictObject({ who: Text(200), says: Text(600), quote: Text(600), source: Id })).max(16).default([]),
  frames: z.array(FrameSchema).min(1).max(8),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const PackSchema = z
  .strictObject({
    schemaVersion: z.literal(PACK_SCHEMA_VERSION, { message: `must be ${PACK_SCHEMA_VERSION} (this version of Crosscheck reads pack schema ${PACK_SCHEMA_VERSION})` }),
    id: Id,
    story: z.strictObject({ title: Text(300), date: IsoDate, summary: Text(1200) }),
    languages: z.array(z.enum(LANGS)).min(1).max(LANGS.length).refine((l) => new Set(l).size === l.length, 'lists a language twice'),
    accounts: z.array(AccountSchema).min(1).max(8),
    sources: z.array(SourceSchema).min(1).max(32),
    entities: z.array(EntitySchema).min(1).max(400),
    lexicons: z.record(Id, PerLang(Phrase, 200)).refine((l) => Object.keys(l).length <= MAX_LEXICONS, `has more than ${MAX_LEXICONS} lexicons`).default({}),
    event: EventSchema,
    /** Common knowledge of the story: never "unsourced" (the war, a leader's fall), per language. */
    background: PerLang(Pattern, 128).default({}),
    claims: z.array(ClaimSchema).min(1).max(400),
  })
  .superRefine(checkReferences);
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;

type Ctx = z.RefinementCtx;

/** Every id a pack refers to must exist, and every version must sit on one of its claim's positions. */
function checkReferences(pack: z.infer<typeof PackSchema>, ctx: Ctx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const unique = (ids: string[], path: (i: number) => (string | number)[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => (seen.has(id) ? issue(path(i), `duplicate ${what} id "${id}"`) : seen.add(id)));
    return seen;
  };
  const accounts = unique(pack.accounts.map((a) => a.id), (i) => ['accounts', i, 'id'], 'account');
  const sources = unique(pack.sources.map((s) => s.id), (i) => ['sources', i, 'id'], 'source');
  const entities = unique(pack.entities.map((e) => e.id), (i) => ['entities', i, 'id'], 'entity');
  unique(pack.claims.map((c) => c.id), (i) => ['claims', i, 'id'], 'claim');
  const lexicons = new Set(Object.keys(pack.lexicons));
  const entity = (id: string, path: (string | number)[]) => entities.has(id) || issue(path, `unknown entity "${id}"`);
  const patternList = (list: readonly string[], path: (string | number)[]) =>
    list.forEach((source, i) => {
      const parsed = parsePattern(source);
      if ('error' in parsed) return;
      const refs = patternRefs(parsed);
      refs.entities.forEach((id) => entity(id, [...path, i]));
      refs.lexicons.forEach((id) => lexicons.has(id) || issue([...path, i], `unknown lexicon "${id}"`));
    });
  const patterns = (byLang: Partial<Record<Lang, string[]>> | undefined, path: (string | number)[]) => {
    for (const [lang, list] of Object.entries(byLang ?? {})) patternList(list, [...path, lang]);
  };

  pack.sources.forEach((source, i) => {
    source.carries.forEach((c, j) => accounts.has(c.account) || issue(['sources', i, 'carries', j, 'account'], `unknown account "${c.account}"`));
    source.segments.forEach((s, j) => {
      if (s.account === null) return;
      if (!accounts.has(s.account)) issue(['sources', i, 'segments', j, 'account'], `unknown account "${s.account}"`);
      else if (!source.carries.some((c) => c.account === s.account)) {
        issue(['sources', i, 'segments', j, 'account'], `"${s.account}" speaks in this source but is not in its "carries"`);
      }
    });
  });
  pack.entities.forEach((e, i) => {
    if (e.side && !pack.event.sides.some((s) => s.id === e.side)) issue(['entities', i, 'side'], `unknown side "${e.side}"`);
    if (!Object.values(e.aliases).some((list) => list.length > 0)) issue(['entities', i, 'aliases'], 'needs at least one alias');
  });
  pack.event.places.forEach((id, i) => entity(id, ['event', 'places', i]));
  pack.event.participants.forEach((id, i) => entity(id, ['event', 'participants', i]));
  pack.event.sides.forEach((side, i) => side.members.forEach((id, j) => entity(id, ['event', 'sides', i, 'members', j])));
  patterns(pack.event.occasion, ['event', 'occasion']);
  pack.event.lookalikes.forEach((l, i) => {
    l.places.forEach((id, j) => entity(id, ['event', 'lookalikes', i, 'places', j]));
    l.participants.forEach((id, j) => entity(id, ['event', 'lookalikes', i, 'participants', j]));
    patterns(l.cues, ['event', 'lookalikes', i, 'cues']);
  });
  patterns(pack.background, ['background']);

  pack.claims.forEach((claim, c) => {
    const positions = new Set(claim.positions.map((p) => p.id));
    const position = (id: string | undefined, path: (string | number)[]) =>
      id === undefined || positions.has(id) || issue(path, `"${id}" is not one of this claim's positions (${[...positions].join(', ')})`);
    claim.compatible.forEach((pair, i) => pair.forEach((id, j) => position(id, ['claims', c, 'compatible', i, j])));
    claim.versions.forEach((v, i) => {
      const path = ['claims', c, 'versions', i];
      position(v.position, [...path, 'position']);
      if (!accounts.has(v.account)) issue([...path, 'account'], `unknown account "${v.account}"`);
      const source = pack.sources.find((s) => s.id === v.source);
      if (!sources.has(v.source) || !source) return void issue([...path, 'source'], `unknown source "${v.source}"`);
      if (!source.carries.some((x) => x.account === v.account)) issue([...path, 'source'], `source "${v.source}" does not carry ${v.account}'s account`);
      else if (!source.segments.some((s) => s.account === v.account && s.text.includes(v.quote))) {
        issue([...path, 'quote'], `not found verbatim in ${v.account}'s words in source "${v.source}"`);
      }
    });
    claim.otherVoices.forEach((v, i) => sources.has(v.source) || issue(['claims', c, 'otherVoices', i, 'source'], `unknown source "${v.source}"`));
    claim.frames.forEach((frame, f) => {
      const path = ['claims', c, 'frames', f];
      Object.entries(frame.positions).forEach(([key, id]) => position(id as string | undefined, [...path, 'positions', key]));
      if (frame.type === 'presence') frame.who.forEach((id, i) => entity(id, [...path, 'who', i]));
      if (frame.type === 'agenda') {
        patterns(frame.topic, [...path, 'topic']);
        patterns(frame.near, [...path, 'near']);
      }
      if (frame.type === 'relation') {
        patterns(frame.patterns, [...path, 'patterns']);
        patterns(frame.unless, [...path, 'unless']);
        // Paths as the pack writes them: requires.en[1][0].
        for (const [lang, groups] of Object.entries(frame.requires ?? {})) groups.forEach((g, i) => patternList(g, [...path, 'requires', lang, i]));
      }
    });
  });
}
