import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The content script runs in every page, so what it imports is part of its cost (issue 5: under
 * 40 KB gzipped). This follows its value imports (not `import type`) from the entrypoint and checks
 * that the heavy parts stay in the background and the extension pages.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const ENTRY = path.join(ROOT, 'entrypoints/content/index.ts');

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith(path.sep) && /\.(tsx?|css|json)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every file and package the entrypoint reaches through value imports. */
function contentGraph(): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [ENTRY];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      if (m[1]) continue; // type-only: erased at build time
      const spec = m[2]!;
      if (spec.startsWith('.')) {
        const target = resolve(file, spec);
        if (target) queue.push(target);
      } else packages.add(spec);
    }
  }
  return { files: [...files].map((f) => path.relative(ROOT, f)), packages: [...packages].sort() };
}

describe('the content script bundle', () => {
  const graph = contentGraph();

  it('follows the graph from the entrypoint', () => {
    expect(graph.files).toContain('entrypoints/content/page-checker.ts');
    expect(graph.files).toContain('lib/messaging/tab-messages.ts');
  });

  it('validates with zod/mini only (full zod and its JSON-schema code stay out)', () => {
    expect(graph.packages).toContain('zod/mini');
    expect(graph.packages).not.toContain('zod');
  });

  it('bundles no database, no NLP model, no claim set and no popup or options UI', () => {
    expect(graph.packages.filter((p) => /^(dexie|wink|@mozilla\/readability)/.test(p))).toEqual([]);
    expect(graph.files.filter((f) => /\.json$|^assets\/|^lib\/(notes\/(db|repository)|match\/(?!precheck|types)|claims\/(schema|load))|^components\/(Popup|Options|NotesView|ClaimList)|^entrypoints\/(popup|options|background)/.test(f))).toEqual([]);
  });
});
