import { KINDS, KIND_TEXT, type MarkKind } from '../lib/reader/kinds';
import { MARK_LOOK } from '../lib/reader/mark-style';

/** A sample of a mark as the page shows it: the same fill, underline and badge (from mark-style.ts). */
function Sample({ kind, count }: { kind: MarkKind; count?: number }) {
  const look = MARK_LOOK[kind];
  const style = {
    background: look.fill ?? 'none',
    textDecorationLine: 'underline',
    textDecorationStyle: look.line,
    textDecorationColor: look.color,
    textDecorationThickness: look.thickness,
  };
  return (
    <span class="cc-legend__sample" aria-hidden="true">
      <span class="cc-legend__text" style={style}>
        a passage
      </span>
      {look.badge && (
        <span class="cc-legend__badge" style={{ background: look.badge }}>
          {KIND_TEXT[kind].symbol}
          {count ? `\u00a0${count}` : ''}
        </span>
      )}
    </span>
  );
}

/**
 * What each mark in the page means, drawn the way the page draws it, in order of seriousness. Shown
 * in the popup and on the options page.
 */
export function Legend({ note }: { note?: string }) {
  return (
    <section class="cc-legend" aria-labelledby="cc-legend-title">
      <h2 id="cc-legend-title">What the marks mean</h2>
      <dl>
        {KINDS.map((kind) => (
          <div class={`cc-legend__row cc-legend__row--${kind}`} key={kind} data-kind={kind}>
            <dt>
              <Sample kind={kind} />
              <strong>{KIND_TEXT[kind].label}</strong>
            </dt>
            <dd>{KIND_TEXT[kind].legend}</dd>
          </div>
        ))}
        <div class="cc-legend__row cc-legend__row--count" data-kind="count">
          <dt>
            <Sample kind="contested" count={3} />
            <strong>Several claims</strong>
          </dt>
          <dd>One sentence carries three claims: the mark shows the most serious, its card lists them all.</dd>
        </div>
      </dl>
      {note && <p class="cc-legend__note">{note}</p>}
    </section>
  );
}
