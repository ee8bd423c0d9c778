import { KINDS, type MarkKind } from './kinds';

/**
 * How each kind of mark looks, for the page's marks and for the legend that explains them, so the two
 * cannot drift apart. Agreement is quiet (a thin underline, no fill, no badge); the rest stand out
 * with a fill, a thick underline of their own style and a badge. The line styles differ for every kind,
 * so the marks are told apart without colour. Colours are mid-tones that read on light and dark pages
 * alike (the page's scheme is not ours to know); fills are translucent for the same reason.
 */
export interface MarkLook {
  /** Background behind the passage; null for none. */
  fill: string | null;
  line: 'solid' | 'wavy' | 'double' | 'dotted' | 'dashed';
  color: string;
  thickness: string;
  /** Background of the symbol badge after the passage; null for no badge. */
  badge: string | null;
}

export const MARK_LOOK: Record<MarkKind, MarkLook> = {
  misattributed: { fill: 'rgba(176,48,170,.18)', line: 'dashed', color: 'rgba(182,52,176,.95)', thickness: '2px', badge: '#8d2a89' },
  contradicts: { fill: 'rgba(215,50,40,.17)', line: 'wavy', color: 'rgba(214,48,38,.95)', thickness: '2px', badge: '#b3261e' },
  contested: { fill: 'rgba(235,150,20,.2)', line: 'double', color: 'rgba(214,132,0,.95)', thickness: '3px', badge: '#8f5700' },
  unsourced: { fill: 'rgba(80,110,200,.16)', line: 'dotted', color: 'rgba(84,116,220,.95)', thickness: '2px', badge: '#3d5a99' },
  agrees: { fill: null, line: 'solid', color: 'rgba(46,157,90,.85)', thickness: '1px', badge: null },
};

/** The CSS declarations of a kind's passage (fill and underline), each ending in `suffix` (e.g. " !important"). */
export function markDeclarations(kind: MarkKind, suffix = ''): string {
  const look = MARK_LOOK[kind];
  return [
    `background: ${look.fill ?? 'none'}${suffix}`,
    `text-decoration: underline ${look.line} ${look.color}${suffix}`,
    `text-decoration-thickness: ${look.thickness}${suffix}`,
  ].join('; ');
}

/** The kinds that get a badge, most serious first. */
export const BADGED_KINDS: readonly MarkKind[] = KINDS.filter((k) => MARK_LOOK[k].badge);
