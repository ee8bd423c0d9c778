import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The content script runs in every page, so what it imports is part of its cost (issue 5: under
 * 2 ms and 40 KB gzipped). This follows value imports (not `import type`) from an entrypoint and
 * checks what each part bundles: the small content script every page gets, the full script injected
 * only into pages that need it, and (for both) that the heavy parts stay in the background and the
 * extension pages.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const LIGHT = path.join(ROOT, 'entrypoints/crosscheck-light/index.ts');
const FULL = path.join(ROOT, 'entrypoints/crosscheck-page/index.ts');
const IMPORTED = path.join(ROOT, 'entrypoints/crosscheck-imported/index.ts');

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec.replace(/\?inline$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith(path.sep) && /\.(tsx?|css|json)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every file and package an entrypoint reaches through value imports. */
function graphOf(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
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

const HEAVY_LIBS = /^(dexie|wink|@mozilla\/readability)/;
// The derived pre-check (assets/packs/precheck.json, the bundled packs' names) is the one asset a page gets.
const NEVER_IN_A_PAGE = /^assets\/(?!packs\/precheck\.json$)|^lib\/packs\/(?!content-keys)|^lib\/(notes\/(db|repository)|match\/(?!precheck|types)|claims\/(schema|load)|pack\/(schema|load))|^components\/(Popup|Options|NotesView|ClaimList)|^entrypoints\/(popup|options|background|note-frame)/;

describe('the small content script (every page)', () => {
  const graph = graphOf(LIGHT);

  it('follows the graph from the entrypoint', () => {
    expect(graph.files).toContain('entrypoints/crosscheck-light/light.ts');
    expect(graph.files).toContain('lib/pack/precheck.ts');
    expect(graph.files).toContain('assets/packs/precheck.json');
  });

  it('bundles no pack, no database and no matcher', () => {
    expect(graph.packages.filter((p) => HEAVY_LIBS.test(p))).toEqual([]);
    expect(graph.files.filter((f) => NEVER_IN_A_PAGE.test(f))).toEqual([]);
  });

  it('bundles no Preact, no UI, no zod and no page checker: those are in the full script', () => {
    expect(graph.packages.filter((p) => /^(preact|@preact\/|zod)/.test(p))).toEqual([]);
    expect(graph.files.filter((f) => /\.(tsx|css)$|^components\/|entrypoints\/crosscheck-page\/(card|notes\/|page-checker|tab-router|start|mount-shadow-ui|ui-css|highlight-style|index)|^lib\/messaging\/(tab-messages|router|protocol|passage-schema)|^lib\/settings\/(schema|store)/.test(f))).toEqual([]);
  });

  it('never imports the full script', () => {
    expect(graph.files).not.toContain('entrypoints/crosscheck-page/index.ts');
  });
});

describe('the small content script for imported packs (every page, while one is on)', () => {
  const graph = graphOf(IMPORTED);

  it('runs the manifest script\'s code with a pre-check read from storage, not its own copy', () => {
    expect(graph.files).toContain('entrypoints/crosscheck-light/light.ts');
    expect(graph.files).toContain('lib/packs/content-keys.ts');
  });

  it('bundles neither the bundled packs\' pre-check nor zod, Preact, a pack or the full script', () => {
    expect(graph.files.filter((f) => /\.json$|^lib\/dom\/page-precheck|\.tsx$|^components\//.test(f))).toEqual([]);
    expect(graph.packages.filter((p) => /^(preact|@preact\/|zod)/.test(p) || HEAVY_LIBS.test(p))).toEqual([]);
    expect(graph.files.filter((f) => NEVER_IN_A_PAGE.test(f))).toEqual([]);
    expect(graph.files).not.toContain('entrypoints/crosscheck-page/index.ts');
  });
});

describe('the full content script (injected when needed)', () => {
  const graph = graphOf(FULL);

  it('follows the graph from the entrypoint', () => {
    expect(graph.files).toContain('entrypoints/crosscheck-page/page-checker.ts');
    expect(graph.files).toContain('lib/messaging/tab-messages.ts');
    expect(graph.files).toContain('entrypoints/crosscheck-page/card.tsx');
  });

  it('validates with zod/mini only (full zod and its JSON-schema code stay out)', () => {
    expect(graph.packages).toContain('zod/mini');
    expect(graph.packages).not.toContain('zod');
  });

  it('has no note editor and no note card: what the reader wrote is shown only in the note frame', () => {
    expect(graph.files.filter((f) => /^components\/(NoteEditor|NoteFrame|use-focus-on-open)|notes\/editor|^lib\/(messaging\/note-frame-messages|notes\/frame-)/.test(f))).toEqual([]);
    expect(graph.files).toContain('entrypoints/crosscheck-page/notes/note-frame-host.ts');
  });

  it('bundles no database, no NLP model, no claim set and no popup or options UI', () => {
    expect(graph.packages.filter((p) => HEAVY_LIBS.test(p))).toEqual([]);
    expect(graph.files.filter((f) => NEVER_IN_A_PAGE.test(f))).toEqual([]);
  });
});

describe('the note frame (an extension page inside the page)', () => {
  const graph = graphOf(path.join(ROOT, 'entrypoints/note-frame/main.tsx'));

  it('holds the editor and the note card', () => {
    expect(graph.files).toContain('components/NoteFrame.tsx');
    expect(graph.files).toContain('components/NoteEditor.tsx');
  });

  it('never opens the database itself: it asks the background', () => {
    expect(graph.packages.filter((p) => HEAVY_LIBS.test(p))).toEqual([]);
    expect(graph.files.filter((f) => /^lib\/notes\/(db|repository)/.test(f))).toEqual([]);
  });
});

describe('the background (the matcher runs there)', () => {
  const graph = graphOf(path.join(ROOT, 'entrypoints/background/index.ts'));

  it('follows the graph to the language modules', () => {
    expect(graph.files).toContain('lib/lang/sentences.ts');
  });

  it('bundles no NLP library: sentences come from Intl.Segmenter, wink-nlp is only for the benchmarks', () => {
    expect(graph.packages.filter((p) => p.startsWith('wink'))).toEqual([]);
  });
});
