import type { Status } from '../lib/match/types';
import { STATUS_TEXT } from './labels';

/** A status as symbol + word, never colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  const t = STATUS_TEXT[status];
  return (
    <span class={`cc-badge cc-badge--${status}`} title={t.explain}>
      <span aria-hidden="true">{t.symbol}</span> {t.label}
    </span>
  );
}
