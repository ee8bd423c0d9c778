import type { NoteTag } from '../lib/notes/types';
import { TAG_LABELS, TAG_ORDER, type NotesFilter } from './notes-state';
import type { Claims } from './NoteItem';

/** Search and filters over every note My notes shows, this page's included. */
export function NoteFilters({ filter, claims, onChange }: { filter: NotesFilter; claims: Claims; onChange: (patch: Partial<NotesFilter>) => void }) {
  return (
    <div class="cc-note-filters" role="search" aria-label="Search your notes">
      <input type="search" aria-label="Search text" placeholder="Search quotes and notes" value={filter.text} onInput={(e) => onChange({ text: (e.target as HTMLInputElement).value })} />
      <input type="search" aria-label="Site" placeholder="Site, e.g. afp.com" value={filter.site} onInput={(e) => onChange({ site: (e.target as HTMLInputElement).value })} />
      <select aria-label="Tag" value={filter.tag} onChange={(e) => onChange({ tag: (e.target as HTMLSelectElement).value as NoteTag | '' })}>
        <option value="">Any tag</option>
        {TAG_ORDER.map((t) => (
          <option key={t} value={t}>
            {TAG_LABELS[t]}
          </option>
        ))}
      </select>
      <select aria-label="Claim" value={filter.claimId} onChange={(e) => onChange({ claimId: (e.target as HTMLSelectElement).value })}>
        <option value="">Any claim</option>
        {claims.map((c) => (
          <option key={c.id} value={c.id}>
            {c.question}
          </option>
        ))}
      </select>
    </div>
  );
}
