import { TAG_LABELS } from '../../lib/notes/tag-labels';
import type { MarkdownLabels } from '../../lib/export/markdown';
import { createNotesDb } from '../../lib/notes/db';
import { createNoteRepository } from '../../lib/notes/repository';
import type { Pack } from '../../lib/pack/schema';
import { claimKey } from '../../lib/pack/view';

/** The notes database lives in the extension's origin, opened here and nowhere a page can reach. */
export function openNoteRepository() {
  return createNoteRepository(createNotesDb());
}

/**
 * The words the popup shows, for the Markdown export: its tag labels, and each claim's question
 * from the packs that are on (a claim no such pack has is shown by its key).
 */
export function markdownLabels(packs: () => Promise<readonly Pack[]>): () => Promise<MarkdownLabels> {
  return async () => {
    const questions = new Map((await packs()).flatMap((p) => p.claims.map((c) => [claimKey(p.id, c.id), c.question] as const)));
    return { tag: TAG_LABELS, claim: (id) => questions.get(id) };
  };
}
