import { describe, expect, it } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { findPassages } from '../../../lib/match/find-passages';
import { unwrapHardWrappedLines } from '../../../lib/match/unwrap-lines';
import { readSeed } from '../../../scripts/lib/seeds';

/** Greedy wrap at `width`, as `fold -s` or an e-mail client would. */
function wrap(text: string, width: number, eol = '\n'): string {
  return text
    .split('\n')
    .map((para) => {
      const lines: string[] = [];
      let line = '';
      for (const word of para.split(' ')) {
        if (line && line.length + 1 + word.length > width) lines.push(line), (line = word);
        else line = line ? `${line} ${word}` : word;
      }
      return [...lines, line].join(eol);
    })
    .join(eol + eol);
}

const seed = readSeed('004_6c024d025d3bac50.txt').trim();
const key = (p: { claim: string | null; status: string }) => `${p.claim}:${p.status}`;

describe('unwrapHardWrappedLines', () => {
  it.each([72, 60, 80])('a seed wrapped at %i columns is read as the unwrapped seed', (width) => {
    const wrapped = wrap(seed, width);
    const unwrapped = unwrapHardWrappedLines(wrapped);
    expect(unwrapped.length).toBe(wrapped.length);
    const expected = findPassages(seed.split('\n').join('\n\n'), bakuPackData).map(key).sort();
    expect(expected.length).toBeGreaterThan(5);
    // Without unwrapping, claims are lost (this is what the function is for).
    expect(findPassages(wrapped, bakuPackData).length).toBeLessThan(expected.length);
    expect(findPassages(unwrapped, bakuPackData).map(key).sort()).toEqual(expected);
  });

  it('keeps offsets: only line breaks change, each into as many spaces', () => {
    const wrapped = wrap(seed, 70, '\r\n');
    const unwrapped = unwrapHardWrappedLines(wrapped);
    expect(unwrapped.length).toBe(wrapped.length);
    for (let i = 0; i < wrapped.length; i++) {
      if (unwrapped[i] !== wrapped[i]) expect([wrapped[i], unwrapped[i]]).toSatisfy(([a, b]) => /[\r\n]/.test(a!) && b === ' ');
    }
    expect(unwrapped).toContain('\r\n\r\n'); // paragraph breaks stay
  });

  it('leaves unwrapped text alone: long paragraph lines, a headline and a byline', () => {
    expect(unwrapHardWrappedLines(seed)).toBe(seed);
    const page = `Syria and Israel meet in Baku\nBy staff\n${'A long paragraph that runs well past any wrap width, '.repeat(4)}\nShort end.`;
    expect(unwrapHardWrappedLines(page)).toBe(page);
  });

  it('keeps deliberate short lines (a headline, a list) inside a wrapped text', () => {
    const text = `Officials met in Baku\n\n${wrap('A Syrian and an Israeli official met face to face in Baku on Saturday, during President Ahmed al-Sharaa’s visit to Azerbaijan, a source close to the Syrian presidency told the broadcaster on Sunday.', 60)}\n\n- one\n- two`;
    const out = unwrapHardWrappedLines(text);
    expect(out.startsWith('Officials met in Baku\n\n')).toBe(true);
    expect(out).toContain('- one\n- two');
    expect(out.split('\n\n')[1]).not.toContain('\n');
  });

  it('does not join a short list or two short lines', () => {
    for (const t of ['Baku talks\nSyria, Israel\nWho was there', 'A line of some length here, about fifty chars\nand another']) expect(unwrapHardWrappedLines(t)).toBe(t);
  });

  it('does nothing to empty, one-line or blank-only input', () => {
    for (const t of ['', 'one line', '\n\n\n', 'a\n', '\r\n']) expect(unwrapHardWrappedLines(t)).toBe(t);
  });
});
