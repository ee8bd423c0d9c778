import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { SEEDS_DIR, readSeed, seedFiles } from '../../../scripts/lib/seeds';

/**
 * The pack quotes three published articles; the repository keeps copies of them
 * (tests/fixtures/seeds) so it needs nothing beside it. These are the texts the pack quotes,
 * unchanged since they were taken: the hashes in SOURCES.md were taken from the originals.
 */
const sources = readFileSync(path.join(SEEDS_DIR, 'SOURCES.md'), 'utf8');
const listedHashes = new Map([...sources.matchAll(/^([0-9a-f]{64}) {2}(\S+\.txt)$/gm)].map((m) => [m[2]!, m[1]!]));
// The seeds whose text is one of the pack's sources, word for word (its segments joined).
const sourceTexts = new Set(bakuPackData.sources.map((s) => s.segments.map((x) => x.text).join('')));
const quotedSeeds = new Set(seedFiles().filter((f) => sourceTexts.has(readSeed(f))));

describe('the seed fixtures', () => {
  it('are the files the pack quotes, no more and no fewer', () => {
    expect(seedFiles()).toEqual([...quotedSeeds].sort());
  });

  it.each(seedFiles())('%s is byte for byte the copy SOURCES.md lists', (file) => {
    const bytes = readFileSync(path.join(SEEDS_DIR, file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(listedHashes.get(file));
  });

  it.each(seedFiles())('%s has its publisher, address and date in SOURCES.md', (file) => {
    const row = sources.split('\n').find((line) => line.startsWith(`| \`${file}\``));
    expect(row).toBeDefined();
    const [, , publisher, address, date, account] = row!.split('|').map((cell) => cell.trim());
    expect(publisher).not.toBe('');
    expect(address).toMatch(/^https:\/\/\S+$/);
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(account).toMatch(/\*\*(AFP|Samaa|i24 News)\*\*/);
  });

  it('are read as published: UTF-8 text, not trimmed or re-wrapped', () => {
    for (const file of seedFiles()) {
      const text = readSeed(file);
      expect(Buffer.from(text, 'utf8').equals(readFileSync(path.join(SEEDS_DIR, file)))).toBe(true);
      expect(text.length).toBeGreaterThan(1000);
    }
  });
});
