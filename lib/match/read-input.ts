/**
 * Decodes a file's bytes as the checker's input, refusing what is not text.
 * Pure (bytes in, string or error out) so the rule is testable without a filesystem.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}
