import type { Claim } from '../lib/claims/schema';
import { SOURCE_IDS, SOURCE_LABELS, type SourceId } from '../lib/claims/sources';
import type { Verdict } from '../lib/match/types';
import { VERDICT_TEXT } from './labels';

type Props = {
  claim: Claim;
  /** Per-account verdicts for one passage; omitted where the table just presents the claim. */
  verdicts?: Record<SourceId, Verdict>;
  /** Seed file → outlet, to say where each quote is reported. */
  seeds?: Record<string, { outlet: string }>;
};

/**
 * The three accounts side by side. Quotes are rendered as text nodes by Preact, never as HTML.
 * Where the accounts take different positions the column carries a "differs" mark.
 */
export function VersionsTable({ claim, verdicts, seeds }: Props) {
  const positions = new Set(SOURCE_IDS.map((s) => claim.accounts[s]?.position).filter(Boolean));
  const split = positions.size > 1;
  return (
    <div class="cc-versions" role="list" aria-label="What each account says">
      {SOURCE_IDS.map((source) => {
        const version = claim.accounts[source];
        const verdict = verdicts?.[source];
        return (
          <section class={`cc-version${verdict ? ` cc-version--${verdict}` : ''}`} role="listitem" key={source}>
            <header>
              <strong>{SOURCE_LABELS[source]}</strong>
              {verdict && (
                <span class={`cc-verdict cc-verdict--${verdict}`}>
                  <span aria-hidden="true">{VERDICT_TEXT[verdict].symbol}</span> {VERDICT_TEXT[verdict].label}
                </span>
              )}
            </header>
            {version ? (
              <>
                <p class="cc-says">
                  {version.says}
                  {split && <span class="cc-differs" title="The accounts disagree on this"> · differs</span>}
                </p>
                <blockquote class="cc-quote">“{version.quote}”</blockquote>
                <p class="cc-source">
                  reported in {seeds?.[version.seed]?.outlet ?? 'seed'} <code>{version.seed}</code>
                </p>
              </>
            ) : (
              <p class="cc-silent">Says nothing on this.</p>
            )}
          </section>
        );
      })}
      {claim.otherVoices.length > 0 && (
        <section class="cc-version cc-version--other" role="listitem">
          <header>
            <strong>Other voices</strong>
          </header>
          {claim.otherVoices.map((v) => (
            <p class="cc-says" key={v.quote}>
              {v.who}: {v.says} <span class="cc-source">({seeds?.[v.seed]?.outlet ?? v.seed})</span>
            </p>
          ))}
        </section>
      )}
    </div>
  );
}
