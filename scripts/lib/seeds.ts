import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The three seed articles the claim set quotes, as copies inside the repository
 * (`tests/fixtures/seeds/`, sources in its SOURCES.md), so a clone with nothing beside it has them.
 * Every test and script reads them through this module.
 */
export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/seeds');

/** The seed files' names (`000_689fe36888664186.txt`, …), sorted; SOURCES.md is not one. */
export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f))
    .sort();
}

/** One seed's text, as published (no trimming). */
export function readSeed(file: string): string {
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

/** Every seed's text, in file order. */
export function readSeeds(): string[] {
  return seedFiles().map(readSeed);
}
