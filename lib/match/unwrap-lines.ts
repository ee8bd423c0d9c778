/**
 * Plain-text articles are often hard-wrapped (e-mail, wire copy, `fold`, terminal pastes): a line
 * break every ~70 characters, mid-sentence. The sentence splitter treats a line as a paragraph, so a
 * wrapped sentence would be cut in pieces and its claim missed. This joins wrapped lines back into
 * paragraphs without moving any character: each joined break ("\n", or "\r\n") becomes as many
 * spaces, so offsets into the result are offsets into the original text.
 *
 * Only a text that looks wrapped is touched: at least three lines, and half of those that run on
 * into another line, come near the longest such line, and none is longer than a wrapped line could be. Lines
 * well short of the width (a headline, a byline, a short paragraph's end) keep their break.
 */
const MAX_WRAP_WIDTH = 100;
const FULL_LINE = 0.6;
const WRAPPED_SHARE = 0.5;
const MIN_WRAPPED_LINES = 3;

export function unwrapHardWrappedLines(text: string): string {
  const lines: { start: number; end: number; breakEnd: number }[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    lines.push({ start: m.index, end: m.index + m[1]!.length, breakEnd: m.index + m[0].length });
    if (!m[0].length) break;
  }
  const width = (i: number) => text.slice(lines[i]!.start, lines[i]!.end).trimEnd().length;
  const runsOn = (i: number) => i + 1 < lines.length && width(i) > 0 && width(i + 1) > 0;
  const candidates = lines.map((_, i) => i).filter(runsOn);
  if (candidates.length < 2) return text;
  const wrapAt = Math.max(...candidates.map(width));
  if (wrapAt > MAX_WRAP_WIDTH) return text;
  const full = candidates.filter((i) => width(i) >= FULL_LINE * wrapAt);
  if (full.length < MIN_WRAPPED_LINES || full.length < WRAPPED_SHARE * candidates.length) return text;
  let out = '';
  let at = 0;
  for (const i of full) {
    const { end, breakEnd } = lines[i]!;
    out += text.slice(at, end) + ' '.repeat(breakEnd - end);
    at = breakEnd;
  }
  return out + text.slice(at);
}
