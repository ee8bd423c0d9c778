import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { parsePattern } from '../../../lib/pack/pattern-syntax';

/**
 * The engine (lib/match/) is generic: no file of it, in code or in comments, names a person, place
 * or outlet of a story; its examples use the made-up port-strike story of the tests. The bundled
 * story's names are read from its pack (every entity's aliases and titles and every account's names,
 * in every language), so a name the pack gains is checked too.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const ENGINE = path.join(ROOT, 'lib/match');

/**
 * Words of the pack's phrases that name nothing of the story: function words, titles, roles and the
 * words of government, the military and the news. Without them the engine's own plain words would
 * count ("from", "state", "leader", "minister", "official", "agency", "channel", "head", "capital").
 * A name, a nationality, a place adjective or a language's own word for one of them ("syrian",
 * "azeri", "french", "السوري") is a story word. Words under four letters count only as a whole
 * one-word name ("AFP", "i24", "HTS"); shorter ones ("US", "UN") and parts ("al-", "abu") never do.
 */
const COMMON_EN = new Set(
  `the and for from has had his new top
   adviser advisor affairs agency aide aides army assembly assigned based broadcaster capital channel
   chose close confidant country defence defense deployed deposed dictator diplomat dispatched drones
   emissaries emissary envoy envoys fallen figure figures forces foreign former general government
   head heights interim jets leader liaison military minister nation national nations network news
   official officials ousted outlet patrolled personal picked president press prime regime
   representative representatives republic ruler security senior sent sham soldiers south special state
   states station strategic strip tasked toppled transitional troops trusted united warplanes wire`.split(/\s+/),
);
const COMMON_AR = new Set(
  `إلى عن من الله
   أمنية أمنيون أمنيين الأمم الأممي الأممية الأمن الأنباء الاحتلال الاستراتيجية الانتقالي الانتقالية
   البائد الجمعية الجمهورية الجيش الحكومة الخارجية الخاص الدبلوماسية الرئيس السابق الشؤون الصحافة العاصمة
   العامة العربية الفار القاعدة القطاع القناة القوات القومي المبعوث المتحدة المخلوع المرحلة النظام
   الوزراء الوكالة الولايات تحرير تنظيم جيش خارجية خاص خاصا رئيس شخصيات قطاع قناة للأمم للمرحلة
   مبعوث مبعوثا مرتفعات مسؤولون مسؤولين مستشار ممثل ممثلا ممثلين نظام نيوز هضبة هيئة وزير وعسكرية
   وعسكريون وعسكريين وكالة`.split(/\s+/),
);

const LETTERS = /[\p{L}\p{N}]/gu;

/** A story word: one the pattern syntax spells out (`a|b`, `word?`, `stem*`), split at hyphens and dots, without a possessive. */
interface StoryWord {
  word: string;
  prefix: boolean;
  lang: string;
}

function storyWords(): StoryWord[] {
  const words = new Map<string, StoryWord>();
  const add = (lang: string, phrase: string) => {
    const parsed = parsePattern(phrase);
    if ('error' in parsed) throw new Error(`pack phrase "${phrase}": ${parsed.error}`);
    const items = parsed.items.filter((i) => i.kind === 'choice');
    const oneWord = items.length === 1 && items[0]!.choices.length === 1;
    for (const item of items) {
      for (const choice of item.choices) {
        if (choice.kind !== 'word') continue;
        const text = choice.text.toLowerCase();
        for (const part of text.replace(/['’]s$/u, '').split(/[-.]/)) {
          // A phrase of one word is a whole name ("AFP", "i24", "HTS"): it counts from three letters.
          const size = part.match(LETTERS)?.length ?? 0;
          if (size < (oneWord && part === text ? 3 : 4)) continue;
          if ((lang === 'ar' ? COMMON_AR : COMMON_EN).has(part) || COMMON_EN.has(part)) continue;
          const key = `${part}${choice.prefix ? '*' : ''}`;
          if (!words.has(key)) words.set(key, { word: part, prefix: choice.prefix, lang });
        }
      }
    }
  };
  for (const entity of bakuPackData.entities) {
    for (const [lang, phrases] of Object.entries(entity.aliases)) for (const p of phrases ?? []) add(lang, p);
    for (const [lang, phrases] of Object.entries(entity.titles ?? {})) for (const p of phrases ?? []) add(lang, p);
  }
  for (const account of bakuPackData.accounts) {
    add('en', (account.name.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? []).join(' '));
    for (const [lang, phrases] of Object.entries(account.names)) for (const p of phrases ?? []) add(lang, p);
  }
  return [...words.values()];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every `file:line:word` of the engine where a story word stands as a whole word (any case). */
function namesInEngine(words: StoryWord[]): string[] {
  const longestFirst = [...words].sort((a, b) => b.word.length - a.word.length);
  const alternatives = longestFirst.map((w) => `${escape(w.word)}${w.prefix ? '[\\p{L}\\p{M}\\p{N}]*' : ''}`);
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
  const found: string[] = [];
  for (const file of filesUnder(ENGINE)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(re)) found.push(`${path.relative(ROOT, file)}:${i + 1}:${m[0]}`);
      });
  }
  return found;
}

describe('the engine is story-free', () => {
  const words = storyWords();

  it('reads the bundled story\'s names from its pack, in English and in Arabic', () => {
    const en = words.filter((w) => w.lang === 'en').map((w) => w.word);
    const ar = words.filter((w) => w.lang === 'ar').map((w) => w.word);
    expect(en).toEqual(expect.arrayContaining(['sharaa', 'aliyev', 'baku', 'azerbaijani', 'syria', 'syrian', 'afp', 'i24', 'samaa', 'pakistan', 'heydar', 'dermer']));
    expect(ar).toEqual(expect.arrayContaining(['الشرع', 'باكو', 'سما', 'علييف']));
    // Titles, roles and the words of the news name no one: they are not story words.
    expect(en.filter((w) => ['the', 'president', 'minister', 'officials', 'envoy', 'news', 'agency', 'state'].includes(w))).toEqual([]);
  });

  it('no file of the engine names a person, place or outlet of the bundled story', () => {
    expect(namesInEngine(words)).toEqual([]);
  });
});
