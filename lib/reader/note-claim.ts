import type { MarkGroup } from './group-marks';

/**
 * The claim a new note is most likely about, from the marks its selection touches: the most serious
 * claim of the one mark it lies in (a mark's sections come most serious first). None when the
 * selection reaches over several marks, lies outside every mark, or the mark only goes beyond every
 * account (a section with no claim of a pack), since guessing there would file the note wrongly.
 */
export function claimToPreselect(groups: readonly Pick<MarkGroup, 'sections'>[]): string | null {
  if (groups.length !== 1) return null;
  const section = groups[0]!.sections.find((s) => s.passages.some((p) => p.claim));
  return section?.key ?? null;
}
