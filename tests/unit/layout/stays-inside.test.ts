import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { pathsOutside } from './paths-outside';

/**
 * A fresh clone with nothing beside it must pass `npm test` and run the demo: no test, script or
 * extension file may read a path outside the repository (the seed articles once came from a folder
 * beside it; they are fixtures now, tests/fixtures/seeds).
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CODE_DIRS = ['tests', 'scripts', 'lib', 'entrypoints', 'components'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

describe('pathsOutside', () => {
  // A made-up repository inside this one: its parent folders exist, so absolute paths can be told apart.
  const repo = path.join(ROOT, 'tests/fixtures');
  const file = path.join(repo, 'unit/a.test.ts');
  test.each([
    ['a resolve from the file’s folder that climbs past the root', `const d = path.resolve(__dirname, '../../../data/x.txt');`, 1],
    ['a resolve from a constant that is the root', `const R = path.resolve(import.meta.dirname, '..');\nconst d = path.resolve(R, '../data');`, 1],
    ['a join of single steps', `const d = path.join(__dirname, '..', '..', 'data');`, 1],
    ['a resolve from the working directory', `const d = resolve(process.cwd(), '../data');`, 1],
    ['a path handed straight to a read, from the working directory', `readFileSync('../data/x.txt', 'utf8');`, 1],
    ['an import from outside', `import { x } from '../../../elsewhere/mod';`, 1],
    ['a dynamic import from outside', `const m = await import('../../../elsewhere/mod');`, 1],
    // The folder's name is spliced in so that this file does not itself read as a climb into it.
    ['a climb through a folder named shared, whatever the base', `const d = path.resolve(base(), '../${'shared'}/x');`, 1],
    ['an absolute path that exists outside', `readFileSync('${path.join(ROOT, 'package.json')}');`, 1],
    ['a resolve that stays inside', `const d = path.resolve(__dirname, '../pages');`, 0],
    ['an import from inside', `import { x } from '../pages/mod';`, 0],
    ['a climb in a comment', `// once read ../../../../${'shared'}/x\nconst a = 1;`, 0],
    ['a climb in a block comment', `/** Reads ../../../data. */\nexport const a = 1;`, 0],
    ['a URL path', `await page.goto('/index.html');`, 0],
    ['a system tool', `const BIN = '/usr/bin/tool';`, 0],
    ['a climb that is data, not a path handed to anything', `const m = { id: '../../x' };`, 0],
    ['two dots alone as data', `test.each([['..', '']]);`, 0],
    ['a base that cannot be told, without shared', `const d = path.resolve(base(), '../x');`, 0],
  ])('%s', (_name, source, count) => {
    expect(pathsOutside(source, file, repo)).toHaveLength(count);
  });

  it('names the line and where the path leads', () => {
    const [found] = pathsOutside(`const a = 1;\nconst d = path.resolve(__dirname, '../../../data');`, file, repo);
    expect(found).toEqual({ line: 2, code: `path.resolve(__dirname, '../../../data')`, resolved: path.join(ROOT, 'data') });
  });
});

describe('the repository stands alone', () => {
  it.each(CODE_DIRS)('no TypeScript file under %s/ reads a path outside the repository', (dir) => {
    const files = filesUnder(path.join(ROOT, dir)).filter((f) => /\.(c|m)?tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((f) => pathsOutside(readFileSync(f, 'utf8'), f, ROOT).map((x) => `${path.relative(ROOT, f)}:${x.line} ${x.code} → ${x.resolved}`));
    expect(found).toEqual([]);
  });

  it('neither do the configuration files at the root', () => {
    const files = readdirSync(ROOT).filter((f) => /\.config\.ts$/.test(f)).map((f) => path.join(ROOT, f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    const found = files.flatMap((f) => pathsOutside(readFileSync(f, 'utf8'), f, ROOT).map((x) => `${path.relative(ROOT, f)}:${x.line} ${x.code}`));
    expect(found).toEqual([]);
  });

  it('no shell script, CI step or npm script climbs out of the repository', () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const texts: [string, string][] = [
      ...Object.entries(scripts).map(([name, cmd]): [string, string] => [`npm run ${name}`, cmd]),
      ...filesUnder(path.join(ROOT, 'scripts'))
        .filter((f) => f.endsWith('.sh'))
        .map((f): [string, string] => [path.relative(ROOT, f), readFileSync(f, 'utf8')]),
      ['.ci/run', readFileSync(path.join(ROOT, '.ci/run'), 'utf8')],
    ];
    // The scripts start from their own folder (`cd "$(dirname "$0")/.."`); one `..` from scripts/ or
    // .ci/ is the root, and anything past it, or a folder named shared beside it, is outside.
    const outside = /\.\.\/\.\.|\.\.\/shared\b|\/shared\/seeds/;
    expect(texts.filter(([, text]) => outside.test(text)).map(([name]) => name)).toEqual([]);
  });
});
