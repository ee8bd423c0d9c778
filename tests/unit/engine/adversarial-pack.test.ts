import { beforeAll, describe, expect, it, test } from 'vitest';
import { LANGUAGES } from '../../../lib/lang';
import { english } from '../../../lib/lang/en';
import { compilePack, type CompiledPack } from '../../../lib/match/compile-pack';
import { findPassages } from '../../../lib/match/find-passages';
import { compilePattern, phrasesRegex, type PhraseBook } from '../../../lib/match/pattern/compile';
import { findPattern, matchText } from '../../../lib/match/pattern/match-pattern';
import { STATUSES, type Passage } from '../../../lib/match/types';
import { PATTERN_LIMITS, parsePattern } from '../../../lib/pack/pattern-syntax';
import { PackSchema, type Pack } from '../../../lib/pack/schema';
import { adversarialPack, MAX, NEAR } from '../../fixtures/packs/adversarial/pack';

/**
 * The engine against a pack that is valid but hostile (tests/fixtures/packs/adversarial/pack.ts) and
 * against hostile text. No wall-clock assertion anywhere: a hang shows as vitest's timeout. The
 * timeouts given here are hang guards sized for the slowest machine we expect, not measurements.
 */

// Compiling the hostile pack for both languages takes seconds: once, before the tests.
const HOOK_TIMEOUT = 180_000;
// Each hostile text below is sized to take seconds with this pack; a hang takes far longer.
const TEXT_TIMEOUT = 120_000;

let pack: Pack;
let compiled: CompiledPack;
beforeAll(() => {
  pack = PackSchema.parse(adversarialPack());
  compiled = compilePack(pack, LANGUAGES);
  // findPassages compiles and caches the pack on first use.
  findPassages(STORY, pack);
}, HOOK_TIMEOUT);

// A sentence the pack reads (the keeper's absence, in the made-up story), so a hostile text is not silent by construction.
const STORY = 'The keeper did not attend the talks at Tarn Harbour, the harbour board said.';

/** Every pattern source of the pack, with where it sits. */
function patternSources(p: Pack): { where: string; lang: string; source: string }[] {
  const out: { where: string; lang: string; source: string }[] = [];
  const add = (where: string, byLang: Partial<Record<string, string[]>> | undefined) => {
    for (const [lang, list] of Object.entries(byLang ?? {})) for (const source of list ?? []) out.push({ where, lang, source });
  };
  add('event.occasion', p.event.occasion);
  p.event.lookalikes.forEach((l, i) => add(`event.lookalikes.${i}.cues`, l.cues));
  add('background', p.background);
  p.claims.forEach((c, i) =>
    c.frames.forEach((f, j) => {
      const at = `claims.${i}.frames.${j}`;
      if (f.type === 'agenda') {
        add(`${at}.topic`, f.topic);
        add(`${at}.near`, f.near);
      }
      if (f.type === 'relation') {
        add(`${at}.patterns`, f.patterns);
        add(`${at}.unless`, f.unless);
        for (const [lang, groups] of Object.entries(f.requires ?? {})) groups.forEach((g, k) => add(`${at}.requires.${lang}.${k}`, { [lang]: g }));
      }
    }),
  );
  return out;
}

describe('the hostile pack', () => {
  it('is valid against PackSchema', () => {
    expect(PackSchema.safeParse(adversarialPack()).success).toBe(true);
  });

  it('fills the schema’s lists to their maxima', () => {
    const named = pack.entities.find((e) => e.id === 'lanterns')!;
    const relation = pack.claims[0]!.frames[0]!;
    expect(pack.accounts).toHaveLength(MAX.accounts);
    expect(pack.accounts.every((a) => a.names.en!.length === MAX.accountNames)).toBe(true);
    expect(pack.entities).toHaveLength(MAX.entities);
    expect(named.aliases.en).toHaveLength(MAX.aliases);
    expect(named.aliases.ar).toHaveLength(MAX.aliases);
    expect(named.titles!.en).toHaveLength(MAX.titles);
    expect(pack.lexicons.quays!.en).toHaveLength(MAX.lexiconPhrases);
    expect(pack.claims[0]!.frames).toHaveLength(MAX.frames);
    expect(relation.type === 'relation' && relation.patterns.en!.length).toBe(MAX.relationPatterns);
    expect(relation.type === 'relation' && relation.requires!.en!.map((g) => g.length)).toEqual(Array(MAX.requiresGroups).fill(MAX.requiresPerGroup));
    expect(pack.background.en).toHaveLength(MAX.background);
  });

  it('reaches each limit of the pattern language somewhere', () => {
    const parsed = patternSources(pack).map(({ source }) => ({ source, p: parsePattern(source) }));
    const items = parsed.flatMap(({ p }) => ('items' in p ? [p.items] : []));
    expect(parsed.every(({ p }) => 'items' in p)).toBe(true);
    expect(Math.max(...items.map((i) => i.length))).toBe(PATTERN_LIMITS.items);
    expect(Math.max(...items.map((i) => i.filter((x) => x.kind === 'gap').length))).toBe(PATTERN_LIMITS.gaps);
    expect(Math.max(...items.flatMap((i) => i.map((x) => (x.kind === 'gap' ? x.max : 0))))).toBe(PATTERN_LIMITS.gapWords);
    expect(Math.max(...items.flatMap((i) => i.map((x) => (x.kind === 'choice' ? x.choices.length : 0))))).toBe(PATTERN_LIMITS.alternatives);
    expect(Math.max(...items.map((i) => i.filter((x) => x.kind === 'choice' && x.optional).length))).toBe(PATTERN_LIMITS.items - 1);
    expect(Math.max(...parsed.map(({ source }) => source.length))).toBeGreaterThan(PATTERN_LIMITS.chars - 20);
  });
});

/** The checks every passage must pass, on any input. */
function expectWellFormed(passages: Passage[], text: string): void {
  const isHigh = (i: number) => /[\uD800-\uDBFF]/.test(text[i] ?? '');
  const isLow = (i: number) => /[\uDC00-\uDFFF]/.test(text[i] ?? '');
  const accounts = pack.accounts.map((a) => a.id).sort();
  for (const p of passages) {
    expect(Number.isInteger(p.start) && Number.isInteger(p.end)).toBe(true);
    expect(0 <= p.start && p.start < p.end && p.end <= text.length).toBe(true);
    expect(text.slice(p.start, p.end)).toBe(p.text);
    // Never between the two halves of a surrogate pair.
    expect(isHigh(p.start - 1) && isLow(p.start)).toBe(false);
    expect(isHigh(p.end - 1) && isLow(p.end)).toBe(false);
    expect(p.evidence.length).toBeGreaterThan(0);
    expect(p.evidence.every((e) => typeof e === 'string' && e.length > 0)).toBe(true);
    expect(STATUSES).toContain(p.status);
    expect(p.pack).toBe('adversarial');
    expect(Object.keys(p.verdicts).sort()).toEqual(accounts);
    if (p.claim === null) {
      expect(p.status).toBe('unsourced');
      expect(p.elements!.length).toBeGreaterThan(0);
    } else {
      expect(p.claim).toBe('quay-open');
      expect(['open', 'shut']).toContain(p.position);
    }
    for (const c of p.cues ?? []) expect(p.start <= c.start && c.start < c.end && c.end <= p.end).toBe(true);
  }
}

const MB = 1_000_000;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const NEAR_MISSES = 'The Lantern kept the quai at Tarn Harbor, qvay and quey near Tarn Harb. Lanterne, quaa, quiy; tarn-harbour? The keepr did not atend.\n';

describe('findPassages with the hostile pack, on hostile text', () => {
  // [what, the text, whether the story sentences in it must still be found]
  const texts: [string, () => string, boolean][] = [
    ['2 MB of near misses of its names and words, the story before and after', () => `${STORY}\n${fill(NEAR_MISSES, 2 * MB)}\n${STORY}`, true],
    ['one huge sentence: 1 MB on one line without a stop, the story at both ends', () => `${STORY} ${fill('and the lantern bearers walked along the old stone wall ', MB)} ${STORY}`, true],
    ['a 1 MB word without spaces between two story sentences', () => `${STORY} ${'q'.repeat(MB)} ${STORY}`, true],
    ['a 1 MB word made of the pack’s own words, run together', () => `${STORY} ${fill('quayquays', MB)} ${STORY}`, true],
    ['1 MB with right-to-left and embedding marks around every word', () => fill(`${STORY.replace(/ /g, ' \u200F\u202B ')} `, MB), false],
    ['right-to-left marks at the edges of every sentence', () => fill(`\u200F${STORY}\u200E \u202B`, 64_000), true],
    ['lone surrogates around every sentence', () => fill(`\uD800${STORY}\uDC00 \uDBFF. `, 16_000), true],
    ['emoji (surrogate pairs) between every word', () => fill(`${STORY.replace(/ /g, ' \uD83D\uDEA2 ')} `, 16_000), false],
    ['Arabic near misses of its Arabic names', () => `${STORY}\n${fill('رصيف الميناء رصيفا ميناءً، ارصفة المينا. ', 8_000)}`, true],
    ['a page where every word is one of its near misses', () => `${STORY}\n${fill(`${NEAR.join(' ')} `, 3_000)}`, true],
    ['32 KB of story sentences', () => fill(`${STORY} `, 32_000), true],
  ];

  test.each(texts)(
    '%s: completes, with well-formed passages',
    (_name, make, findsStory) => {
      const text = make();
      const passages = findPassages(text, pack);
      expectWellFormed(passages, text);
      if (findsStory) expect(passages.some((p) => p.claim === 'quay-open' && p.text.includes('keeper did not attend'))).toBe(true);
    },
    TEXT_TIMEOUT,
  );

  test.each([
    ['empty', ''],
    ['only separators', '\n\u2028\u2029\r\n'.repeat(5000)],
    ['only the key name', 'Lanterns'],
    ['the story without spaces', STORY.replace(/ /g, '')],
  ])('%s: completes, with well-formed passages', (_name, text) => {
    expectWellFormed(findPassages(text, pack), text);
  });
});

/**
 * The shape of a regex source, read just far enough to see quantifiers and what they apply to:
 * escapes, classes, groups (lookarounds too) and alternations. Enough for the sources the engine
 * builds; not a full parser.
 */
interface Node {
  group: boolean;
  look: boolean;
  min: number;
  max: number;
  inner: Node[];
  source: string;
}

function shapeOf(source: string): Node[] {
  let i = 0;
  const seq = (): Node[] => {
    const out: Node[] = [];
    while (i < source.length && source[i] !== ')') {
      const start = i;
      const ch = source[i]!;
      let node: Node;
      if (ch === '|') {
        i += 1;
        continue;
      }
      if (ch === '\\') {
        i += 2;
        if (/[pPuk]/.test(source[i - 1]!) && /[{<]/.test(source[i] ?? '')) i = source.indexOf(source[i] === '{' ? '}' : '>', i) + 1;
        else if (source[i - 1] === 'u') i += 4;
        else if (source[i - 1] === 'x') i += 2;
        node = { group: false, look: false, min: 1, max: 1, inner: [], source: source.slice(start, i) };
      } else if (ch === '[') {
        i += 1;
        if (source[i] === '^') i += 1;
        while (source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        i += 1;
        node = { group: false, look: false, min: 1, max: 1, inner: [], source: source.slice(start, i) };
      } else if (ch === '(') {
        const look = /^\(\?(?:[=!]|<[=!])/.test(source.slice(i));
        const head = /^\((?:\?(?::|[=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i))![0];
        i += head.length;
        const inner = seq();
        if (source[i] !== ')') throw new Error(`unclosed group in ${source}`);
        i += 1;
        node = { group: true, look, min: 1, max: 1, inner, source: source.slice(start, i) };
      } else {
        i += 1;
        node = { group: false, look: false, min: 1, max: 1, inner: [], source: ch };
      }
      const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i));
      if (q) {
        i += q[0].length;
        if (q[1]) [node.min, node.max] = q[1] === '*' ? [0, Infinity] : q[1] === '+' ? [1, Infinity] : [0, 1];
        else [node.min, node.max] = [Number(q[2]), q[3] ? (q[4] ? Number(q[4]) : Infinity) : Number(q[2])];
        node.source = source.slice(start, i);
      }
      out.push(node);
    }
    return out;
  };
  const nodes = seq();
  if (i !== source.length) throw new Error(`unbalanced ")" in ${source}`);
  return nodes;
}

const quantified = (n: Node) => n.min !== 1 || n.max !== 1;
const walk = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...walk(n.inner)]);
const holdsUnbounded = (n: Node) => walk(n.inner).some((x) => x.max === Infinity);
const holdsQuantifier = (n: Node) => walk(n.inner).some(quantified);

/** `(…+)+`, `(…*)*`, `(…+){2,}`: a group repeated without bound around another quantifier. */
const nestedUnbounded = (source: string) => walk(shapeOf(source)).filter((n) => n.group && n.max === Infinity && holdsQuantifier(n)).map((n) => n.source);
/** Any group repeated without bound: every unbounded quantifier should apply to one character or class. */
const unboundedGroups = (source: string) => walk(shapeOf(source)).filter((n) => n.group && n.max === Infinity).map((n) => n.source);
/** A quantified group (even `?` or `{1,3}`) holding an unbounded quantifier: `(?:a\s+)?`. */
const quantifiedHoldingUnbounded = (source: string) => walk(shapeOf(source)).filter((n) => n.group && quantified(n) && holdsUnbounded(n)).map((n) => n.source);

describe('the regex shape checks (on their own)', () => {
  test.each([
    ['(a+)+', true, true, true],
    ['(?:a*)*', true, true, true],
    ['(?:(?:a+))+', true, true, true],
    ['(?:ab)+', false, true, false],
    ['(?:a|b){2,}', false, true, false],
    ['(?:a\\s+)?', false, false, true],
    ['(?:a{1,3}){1,5}', false, false, false],
    ['a\\s+b[\\p{L}\\p{N}]*', false, false, false],
    ['[(+)]+', false, false, false],
    ['\\(a+\\)+', false, false, false],
    ['(?<![\\p{L}\\p{N}])(?:x|y)(?![\\p{L}\\p{N}])', false, false, false],
    ['(?<name>a)\\k<name>+', false, false, false],
  ])('%s: nested unbounded %s, unbounded group %s, quantified group holding unbounded %s', (source, nested, unbounded, holding) => {
    expect(nestedUnbounded(source).length > 0).toBe(nested);
    expect(unboundedGroups(source).length > 0).toBe(unbounded);
    expect(quantifiedHoldingUnbounded(source).length > 0).toBe(holding);
  });
});

describe('what the hostile pack compiles to', () => {
  /** Every compiled slot regex source of every pattern of the pack, in every language it has. */
  const slotSources = () =>
    patternSources(pack).flatMap(({ where, lang, source }) => {
      const cl = compiled.langs.get(lang as 'en' | 'ar')!;
      return cl.compile(source).slots.flatMap((slot, i) => (slot.re ? [{ at: `${where} [${lang}] "${source}" slot ${i}`, re: slot.re.source }] : []));
    });
  /** The phrase regexes: entities, account names and the gate. */
  const phraseSources = () =>
    [...compiled.langs.values()].flatMap((cl) => [
      ...[...cl.entity].map(([id, re]) => ({ at: `${cl.lang.id} entity ${id}`, re: re.source })),
      ...[...cl.accountNames].map(([id, re]) => ({ at: `${cl.lang.id} account ${id}`, re: re.source })),
      { at: `${cl.lang.id} gate`, re: cl.gate.source },
    ]);

  it('compiles every pattern to slots with a regex', () => {
    const slots = slotSources();
    expect(slots.length).toBeGreaterThan(1000);
    expect(new Set(slots.map((s) => s.at.split(' ')[0]!.split('.')[0]))).toEqual(new Set(['event', 'background', 'claims']));
  });

  test.each([
    ['slot', () => slotSources()],
    ['phrase', () => phraseSources()],
  ])('has no %s regex with a nested unbounded quantifier ((…+)+, (…*)*)', (_kind, sources) => {
    expect(sources().flatMap(({ at, re }) => nestedUnbounded(re).map((g) => `${at}: ${g}`))).toEqual([]);
  });

  test.each([
    ['slot', () => slotSources()],
    ['phrase', () => phraseSources()],
  ])('repeats no group without bound in a %s regex: unbounded quantifiers apply to one character or class', (_kind, sources) => {
    expect(sources().flatMap(({ at, re }) => unboundedGroups(re).map((g) => `${at}: ${g}`))).toEqual([]);
  });

  // An optional phrase word compiles to (?:word(?:'s?)?\s+)?: a quantified group holding \s+. Optional words that
  // can take the same text make the regex try 2^k ways per position (thirteen took seconds on 100 KB of "quay
  // quay …"). The pack's bound on optional words per phrase is what keeps k small, so that is what is checked.
  it('refuses a phrase of seven optional words, naming the bound; six still compile', () => {
    const withAlias = (alias: string) => {
      const p = structuredClone(adversarialPack()) as { entities: { aliases: Record<string, string[]> }[] };
      p.entities[0]!.aliases.en = [alias];
      return PackSchema.safeParse(p);
    };
    const seven = withAlias([...Array(7).fill('quay?'), 'harbour'].join(' '));
    expect(seven.success).toBe(false);
    expect(seven.error!.issues.map((x) => `${x.path.join('.')}: ${x.message}`)).toContain('entities.0.aliases.en.0: a phrase has at most 6 optional words');
    expect(withAlias([...Array(6).fill('quay?'), 'harbour'].join(' ')).success).toBe(true);
  });

  it('has no phrase with more optional words than the bound', () => {
    const phrases = [...pack.entities.flatMap((e) => [...Object.values(e.aliases), ...Object.values(e.titles ?? {})]), ...Object.values(pack.lexicons).flatMap((l) => Object.values(l))].flat() as string[];
    const optional = (p: string) => { const r = parsePattern(p); return 'error' in r ? 0 : r.items.filter((i) => i.kind === 'choice' && i.optional).length; };
    expect(Math.max(...phrases.map(optional))).toBeLessThanOrEqual(6);
  });
});

/** Word starts that count how often the chain asks how many words lie between two matches (each count reads `length` twice). */
function countingStarts(starts: Int32Array): { starts: Int32Array; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(starts, {
    get(target, prop) {
      if (prop === 'length') reads += 1;
      return Reflect.get(target, prop);
    },
  });
  return { starts: proxy, reads: () => reads };
}

describe('the cost of chaining a pattern’s items', () => {
  const book: PhraseBook = { entity: () => [], lexicon: () => [] };
  /** How many word counts findPattern makes on `n` near-miss words for a pattern of adjacent prefix items. */
  const work = (n: number, pattern: string) => {
    const f = english.fold(Array.from({ length: n }, (_, i) => NEAR[i % NEAR.length]).join(' ')).text;
    const counting = countingStarts(english.wordStarts(f));
    findPattern(compilePattern(english, pattern, book), matchText(f, counting.starts));
    return counting.reads();
  };

  it('counts words only through the word starts it is given (so the count below measures the chain)', () => {
    expect(work(40, 'quay* quay*')).toBeGreaterThan(0);
  });

  // Each match looks back only through the states that end just before it, so a sentence whose words all match
  // costs about matches × items word counts, not (matches)² per item.
  test.each(['quay* quay*', 'quay* ~20 quay* ~20 quay*', 'quay? quays? quayside? quay*'])('grows linearly with the matches in a sentence: "%s"', (pattern) => {
    expect(work(200, pattern)).toBeLessThanOrEqual(2.5 * work(100, pattern));
  });
});
