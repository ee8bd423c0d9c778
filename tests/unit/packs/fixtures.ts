import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PackStorage } from '../../../lib/packs/store';

export const PACKS_DIR = path.resolve(import.meta.dirname, '../../fixtures/packs');
/** The made-up port-strike story (three claims), valid against lib/pack/schema.ts. */
export const portStrikeText = (): string => readFileSync(path.join(PACKS_DIR, 'port-strike-2025.json'), 'utf8');
/** The same pack with one quote that its source does not contain (claims.1.versions.1.quote). */
export const brokenPortStrikeText = (): string => readFileSync(path.join(PACKS_DIR, 'port-strike-quote-not-verbatim.json'), 'utf8');
/** The port-strike pack under another id and title, for a second imported pack. */
export const otherPackText = (id: string, title: string): string => {
  const pack = JSON.parse(portStrikeText());
  return JSON.stringify({ ...pack, id, story: { ...pack.story, title } });
};
export const PORT_ID = 'carrow-port-strike-2025';

/**
 * `storage.local` as a plain map: values are copied in and out as the browser does (it stores JSON),
 * and `failNextSet` makes the next write fail the way a full storage does.
 */
export function memoryStorage(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  let failure: Error | null = null;
  const area: PackStorage & { data: Map<string, unknown>; failNextSet(err: Error): void; writes: number } = {
    data,
    writes: 0,
    failNextSet: (err) => void (failure = err),
    async get(keys) {
      return Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      if (failure) {
        const err = failure;
        failure = null;
        throw err;
      }
      area.writes++;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
  };
  return area;
}
