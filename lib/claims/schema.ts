import { z } from 'zod';
import { SOURCE_IDS } from './sources';

/** The three primary accounts every claim is compared against. */
export { SOURCE_IDS, SOURCE_LABELS, type SourceId } from './sources';
export const SourceIdSchema = z.enum(SOURCE_IDS);

/** A seed file name as it stands in ../shared/seeds (e.g. `000_689fe36888664186.txt`). */
const SeedFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name like 000_689fe36888664186.txt');

/** One account's version of a claim: its stance, in plain words, with a verbatim quote and where it is reported. */
export const AccountVersionSchema = z.strictObject({
  /** Stance id, one of the claim's `positions` (what the matcher compares). */
  position: z.string().min(1),
  /** The account's version in our own words. */
  says: z.string().min(1),
  /** Verbatim text from `seed`; a test proves it occurs there. */
  quote: z.string().min(1),
  seed: SeedFile,
});
export type AccountVersion = z.infer<typeof AccountVersionSchema>;

/** A voice other than AFP, i24 and Samaa that the seeds carry (an Ynet official, an earlier report…). */
export const OtherVoiceSchema = z.strictObject({
  who: z.string().min(1),
  says: z.string().min(1),
  quote: z.string().min(1),
  seed: SeedFile,
});
export type OtherVoice = z.infer<typeof OtherVoiceSchema>;

export const PositionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  label: z.string().min(1),
});

export const ClaimSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    /** The question the claim answers, in plain words. */
    question: z.string().min(1),
    /** The claim itself, in our own words, for the card and the popup. */
    summary: z.string().min(1),
    /** The stances a passage can take on the question. */
    positions: z.array(PositionSchema).min(1),
    /** Pairs of stances that do not contradict each other (e.g. "attended" and "expected to attend"). */
    compatible: z.array(z.tuple([z.string(), z.string()])).default([]),
    accounts: z.strictObject({
      afp: AccountVersionSchema.nullable(),
      i24: AccountVersionSchema.nullable(),
      samaa: AccountVersionSchema.nullable(),
    }),
    /** Voices other than the three accounts; a claim that only these back is unsourced. */
    otherVoices: z.array(OtherVoiceSchema).default([]),
  })
  .superRefine((claim, ctx) => {
    const ids = new Set(claim.positions.map((p) => p.id));
    for (const source of SOURCE_IDS) {
      const version = claim.accounts[source];
      if (version && !ids.has(version.position)) {
        ctx.addIssue({
          code: 'custom',
          path: ['accounts', source, 'position'],
          message: `"${version.position}" is not one of this claim's positions (${[...ids].join(', ')})`,
        });
      }
    }
    claim.compatible.forEach((pair, i) =>
      pair.forEach((id, j) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['compatible', i, j], message: `unknown position "${id}"` });
      }),
    );
  });
export type Claim = z.infer<typeof ClaimSchema>;

export const ClaimSetSchema = z
  .strictObject({
    version: z.literal(1),
    story: z.strictObject({ title: z.string().min(1), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), summary: z.string().min(1) }),
    /** What each seed file is: outlet and headline. */
    seeds: z.record(SeedFile, z.strictObject({ outlet: z.string().min(1), title: z.string().min(1) })),
    claims: z.array(ClaimSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.claims.forEach((claim, i) => {
      if (seen.has(claim.id)) ctx.addIssue({ code: 'custom', path: ['claims', i, 'id'], message: `duplicate claim id "${claim.id}"` });
      seen.add(claim.id);
    });
  });
export type ClaimSet = z.infer<typeof ClaimSetSchema>;
