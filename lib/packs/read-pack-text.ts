/**
 * A pack file's text → its JSON value, refusing what is too large to be a pack before any parsing.
 * Errors are for a person to act on: how large the file is against the limit, or where the JSON breaks.
 */

/** Largest pack file accepted: the Baku pack is 74 KB, so this leaves room for stories 25 times its size. */
export const MAX_PACK_BYTES = 2_000_000;

/** "1.2 MB", "74 KB": sizes as a person reads them. */
export const formatBytes = (n: number): string => (n >= 1_000_000 ? `${Number((n / 1_000_000).toFixed(1))} MB` : `${Math.max(1, Math.round(n / 1000))} KB`);

/** The size check alone, for a caller that knows the file's size before reading it (the options page). */
export function tooLarge(bytes: number): string | null {
  if (bytes <= MAX_PACK_BYTES) return null;
  const exact = (n: number) => `${n.toLocaleString('en')} bytes`;
  return `The file is ${formatBytes(bytes)} (${exact(bytes)}); a pack may be at most ${formatBytes(MAX_PACK_BYTES)} (${exact(MAX_PACK_BYTES)}).`;
}

/** Line and column (from 1) of a string offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Parses the text as JSON. Throws `The file is not JSON: … (line L, column C).`: engines name the
 * place differently ("at position 1234", "(line 3 column 2)", or nothing), so it is worked out here.
 */
export function readPackText(text: string): unknown {
  // Counted in UTF-16 units, which never exceed the file's UTF-8 bytes: a file over the limit in
  // units is over it in bytes too.
  const large = tooLarge(text.length);
  if (large) throw new Error(large);
  if (!text.trim()) throw new Error('The file is empty.');
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    return JSON.parse(bom ? text.slice(1) : text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /at position (\d+)/.exec(message);
    const problem = message.replace(/^JSON\.parse: /, '').replace(/\s*(?:in JSON\s*)?at position \d+.*$/s, '').replace(/ in JSON$/, '')
      // V8 quotes the file's start, line breaks and all: one line reads better, in a message as in a log.
      .replace(/\s+/g, ' ');
    const where = at ? lineAndColumn(text, Number(at[1]) + bom) : null;
    throw new Error(`The file is not JSON: ${problem}${where ? ` (line ${where.line}, column ${where.column})` : ''}.`);
  }
}
