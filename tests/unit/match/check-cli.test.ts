import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, test } from 'vitest';

const run = promisify(execFile);
const REPO = path.resolve(__dirname, '../../..');
const WIRE = path.join(REPO, 'tests/fixtures/articles/other-outlet-wire.txt');

async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path.join(REPO, 'node_modules/.bin/tsx'), ['scripts/check.ts', ...args], { cwd: REPO });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

// The contract's fields, then those added since (see lib/match/types.ts): a reader of the old output is unaffected.
const OPTIONAL_KEYS = ['start', 'end', 'text', 'claim', 'verdicts', 'status', 'evidence', 'position', 'pack', 'cues', 'revisions', 'credits', 'misattributed', 'attribution', 'elements'];

describe('npm run check', () => {
  it('prints one JSON object with the passage keys (every old one, and only known new ones), offsets slicing the .txt file', async () => {
    const { code, stdout } = await check('--json', WIRE);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['passages']);
    const content = readFileSync(WIRE, 'utf8');
    expect(out.passages.length).toBeGreaterThan(10);
    for (const p of out.passages) {
      for (const key of ['start', 'end', 'text', 'claim', 'verdicts', 'status', 'evidence']) expect(p).toHaveProperty(key);
      for (const key of Object.keys(p)) expect(OPTIONAL_KEYS).toContain(key);
      expect(content.slice(p.start, p.end)).toBe(p.text);
    }
    expect(new Set(out.passages.map((p: any) => p.status))).toEqual(new Set(['agrees', 'contradicts', 'contested', 'unsourced']));
  });

  it('reads a hard-wrapped .txt as its paragraphs, offsets still slicing the file as it is', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-'));
    const file = path.join(dir, 'wrapped.txt');
    const wrapped = readFileSync(WIRE, 'utf8')
      .split(/\n+/)
      .map((para) => para.replace(/(.{1,68})(?: |$)/g, '$1\n').trimEnd())
      .join('\n\n');
    writeFileSync(file, wrapped);
    const [plain, folded] = [JSON.parse((await check('--json', WIRE)).stdout), JSON.parse((await check('--json', file)).stdout)];
    const key = (p: any) => `${p.claim}:${p.status}`;
    expect(folded.passages.map(key).sort()).toEqual(plain.passages.map(key).sort());
    for (const p of folded.passages) expect(wrapped.slice(p.start, p.end)).toBe(p.text);
    expect(folded.passages.some((p: any) => p.text.includes('\n'))).toBe(true);
  });

  it('reads HTML through Readability, leaving menus out', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-'));
    const file = path.join(dir, 'page.html');
    const body = readFileSync(WIRE, 'utf8').split(/\n+/).map((p) => `<p>${p}</p>`).join('\n');
    writeFileSync(file, `<html><head><title>Wire</title></head><body><nav><a href="/">Home</a> Syria Israel Baku menu</nav><article>${body}</article><footer>© Wire</footer></body></html>`);
    const { code, stdout } = await check('--json', file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).passages.length).toBeGreaterThan(10);
  });

  it('wraps several files in {"files":[…]}', async () => {
    const { stdout } = await check('--json', WIRE, WIRE);
    expect(JSON.parse(stdout).files).toHaveLength(2);
  });

  test.each([
    ['a missing file', () => '/nonexistent/file.txt', /no such file/],
    ['a directory', () => REPO, /is a directory/],
    ['a binary file', () => write('bin.txt', Buffer.from([0x61, 0x00, 0x62])), /binary file/],
    ['invalid UTF-8', () => write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])), /not valid UTF-8/],
  ])('fails with one line on stderr for %s', async (_name, make, message) => {
    const { code, stderr } = await check(make());
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

function write(name: string, bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'check-')), name);
  writeFileSync(file, bytes);
  return file;
}
