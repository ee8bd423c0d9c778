import path from 'node:path';

/** The seed articles, copied into the repository as fixtures (see tests/fixtures/seeds/SOURCES.md). */
export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/seeds');
