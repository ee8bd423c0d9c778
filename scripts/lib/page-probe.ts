/**
 * Code the bench runs inside a page, written as TypeScript modules in scripts/lib/page-probes/ and
 * bundled here into one script that sets a global. Not `page.evaluate(fn)`: tsx names inner functions
 * through a helper (`__name`) that the page does not have; esbuild, without keepNames, adds none.
 */
import { build } from 'esbuild';
import path from 'node:path';

const cache = new Map<string, string>();

/**
 * A script that, evaluated in a page, sets `globalThis[globalName]` to the module's exports. `entry` is
 * a path under scripts/lib/page-probes/ or any module path (resolved from the repository).
 */
export async function probeScript(entry: string, globalName: string): Promise<string> {
  const key = `${entry}\n${globalName}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = await build({
    entryPoints: [path.resolve(import.meta.dirname, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'es2022',
    platform: 'browser',
    logLevel: 'silent',
  });
  const code = `${result.outputFiles[0]!.text}\nglobalThis.${globalName} = ${globalName};`;
  cache.set(key, code);
  return code;
}
