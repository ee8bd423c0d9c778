import type { Revision, Verdict } from '../lib/match/types';
import { carriedBy, versionsOf, type ClaimView, type StoryView } from '../lib/pack/view';
import { VERDICT_TEXT } from './labels';

type Props = {
  claim: ClaimView;
  story: StoryView;
  /** Per-account verdicts for one passage; omitted where the table just presents the claim. */
  verdicts?: Record<string, Verdict>;
  /** Earlier versions the passage matches differently ("agrees with i24's first report"). */
  revisions?: Revision[];
  /** The account the passage credits, marked in its column. */
  credits?: string;
};

/**
 * The accounts side by side, each with its versions in order (an account that changed during the day
 * shows both, the latest last, which verdicts are judged against), and for each the outlet that
 * published it, its date and a link, saying when an account is known only through a relay. Every
 * version says when it was given. Quotes are text nodes (Preact never renders them as HTML) with
 * `dir="auto"`, so a quote in another script lays out in its own direction. The columns wrap to one
 * under another where there is no room for three (a narrow popup, a card on a phone-sized window).
 */
export function VersionsTable({ claim, story, verdicts, revisions = [], credits }: Props) {
  const latest = story.accounts.map((a) => versionsOf(claim, a.id).at(-1)?.position).filter(Boolean);
  const split = new Set(latest).size > 1;
  return (
    <ul class="cc-versions" aria-label="What each account says">
      {story.accounts.map((account) => {
        const versions = versionsOf(claim, account.id);
        const verdict = verdicts?.[account.id];
        const revision = revisions.find((r) => r.account === account.id);
        return (
          <li class={`cc-version${verdict ? ` cc-version--${verdict}` : ''}${credits === account.id ? ' cc-version--credited' : ''}`} key={account.id}>
            <div class="cc-version__head">
              <strong>{account.name}</strong>
              {verdict && (
                <span class={`cc-verdict cc-verdict--${verdict}`}>
                  <span aria-hidden="true">{VERDICT_TEXT[verdict].symbol}</span> {VERDICT_TEXT[verdict].label}
                </span>
              )}
            </div>
            {credits === account.id && <p class="cc-credited">The page cites {account.name} here.</p>}
            {versions.length === 0 && <p class="cc-silent">Says nothing on this.</p>}
            {versions.map((v, i) => {
              const source = story.sources[v.source];
              const superseded = i < versions.length - 1;
              return (
                <div class={`cc-v${superseded ? ' cc-v--earlier' : ''}`} key={`${v.source}-${i}`}>
                  <p class="cc-when">{versions.length > 1 ? `${superseded ? 'Earlier' : 'Latest'}: ${v.time}` : v.time}</p>
                  <p class="cc-says">
                    {v.says}
                    {!superseded && split && <span class="cc-differs" title="The accounts disagree on this"> · differs</span>}
                  </p>
                  <blockquote class="cc-quote" dir="auto">
                    “{v.quote}”
                  </blockquote>
                  <p class="cc-source">
                    {carriedBy(story, account.id, v.source)}
                    {source && (
                      <>
                        , {source.published} ·{' '}
                        <a href={source.url} target="_blank" rel="noopener noreferrer">
                          original article
                        </a>
                      </>
                    )}
                  </p>
                </div>
              );
            })}
            {revision && <p class="cc-revision">This passage {revision.note}.</p>}
          </li>
        );
      })}
      {claim.otherVoices.length > 0 && (
        <li class="cc-version cc-version--other">
          <div class="cc-version__head">
            <strong>Other voices (not one of the accounts)</strong>
          </div>
          {claim.otherVoices.map((v) => {
            const source = story.sources[v.source];
            return (
              <p class="cc-says" key={v.quote} dir="auto">
                {v.who}: {v.says}{' '}
                {source && (
                  <span class="cc-source">
                    (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.outlet}
                    </a>
                    , {source.published})
                  </span>
                )}
              </p>
            );
          })}
        </li>
      )}
    </ul>
  );
}
