import type { MarkKind } from '../lib/reader/kinds';
import { KIND_TEXT } from './labels';

/** A status (or misattribution) as symbol + word, never colour alone. */
export function StatusBadge({ status }: { status: MarkKind }) {
  const t = KIND_TEXT[status];
  return (
    <span class={`cc-badge cc-badge--${status}`} title={t.explain}>
      <span aria-hidden="true">{t.symbol}</span> {t.label}
    </span>
  );
}
