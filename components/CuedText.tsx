import { cueSegments } from '../lib/reader/group-marks';

type Props = {
  /** Page text; rendered as text nodes, never parsed. */
  text: string;
  /** The offset of `text` in the offsets `cues` use. */
  start: number;
  cues: readonly { start: number; end: number }[];
};

/**
 * A passage quoted with the words it matched on marked inside it, so the reader sees why Crosscheck
 * read it as it did. `dir="auto"`: a quote takes the direction of its own text (an Arabic sentence
 * in an English card, or the reverse), whatever the page's.
 */
export function CuedText({ text, start, cues }: Props) {
  return (
    <blockquote class="cc-passage" dir="auto">
      {cueSegments(text, start, cues).map((seg, i) => (seg.cue ? <mark class="cc-cue" key={i}>{seg.text}</mark> : seg.text))}
    </blockquote>
  );
}
