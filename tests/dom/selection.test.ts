// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectionToOffsets } from '../../lib/dom/selection';
import { buildTextMap } from '../../lib/dom/text-map';

function setup() {
  document.body.innerHTML =
    '<p id="outside">Outside.</p><div id="root"><p>The <b>quick</b> brown fox.</p><input value="x"><p>Second <a href="#">line</a>.</p><p dir="rtl">قال <b>المتحدث</b> إن</p></div>';
  const root = document.getElementById('root')!;
  const map = buildTextMap(root);
  const $ = (sel: string) => document.querySelector(sel)!;
  const range = (sc: Node, so: number, ec: Node, eo: number) => {
    const r = document.createRange();
    r.setStart(sc, so);
    r.setEnd(ec, eo);
    return r;
  };
  return { root, map, $, range };
}

describe('selectionToOffsets', () => {
  it.each([
    ['inside one text node', ({ $, range }: Ctx) => range($('b').firstChild!, 1, $('b').firstChild!, 4), 'uic'],
    ['across <b>', ({ $, range }: Ctx) => range($('p:nth-child(1)', ).firstChild!, 0, $('b').firstChild!, 5), 'The quick'],
    ['across paragraphs, trimmed', ({ root, range }: Ctx) => range(root, 0, root.querySelector('a')!.firstChild!, 4), 'The quick brown fox.\nSecond line'],
    ['element boundary points', ({ root, range }: Ctx) => range(root.children[0]!, 1, root.children[2]!, 1), 'quick brown fox.\nSecond'],
    ['starting in an input', ({ $, range }: Ctx) => range($('input'), 0, $('#root a').firstChild!, 4), 'Second line'],
    ['RTL text', ({ $, range }: Ctx) => range($('p[dir] b').firstChild!, 0, $('p[dir]').lastChild!, 3), 'المتحدث إن'],
    ['starting outside the root', ({ $, range }: Ctx) => range($('#outside').firstChild!, 2, $('b').firstChild!, 5), 'The quick'],
  ])('maps a selection %s', (_name, make, expected) => {
    const ctx = setup();
    const offsets = selectionToOffsets(ctx.map, make(ctx))!;
    expect(ctx.map.text.slice(offsets.start, offsets.end)).toBe(expected);
  });

  it('round-trips through rangeFor', () => {
    const { map } = setup();
    const start = map.text.indexOf('quick brown');
    const range = map.rangeFor(start, start + 'quick brown fox.\nSecond'.length)!;
    expect(selectionToOffsets(map, range)).toEqual({ start, end: start + 'quick brown fox.\nSecond'.length });
  });

  it('reads a live Selection', () => {
    const { map, $, range } = setup();
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range($('#root a').firstChild!, 0, $('#root a').firstChild!, 4));
    const offsets = selectionToOffsets(map, selection)!;
    expect(map.text.slice(offsets.start, offsets.end)).toBe('line');
  });

  it.each([
    ['null', () => null],
    ['an empty Selection', () => {
      document.getSelection()!.removeAllRanges();
      return document.getSelection();
    }],
    ['a collapsed range', ({ $, range }: Ctx) => range($('b').firstChild!, 2, $('b').firstChild!, 2)],
    ['only whitespace', ({ $, range }: Ctx) => range($('p').firstChild!, 3, $('p').firstChild!, 4)],
    ['only the input', ({ $, range }: Ctx) => range($('#root'), 1, $('#root'), 2)],
    ['only outside the root', ({ $, range }: Ctx) => range($('#outside').firstChild!, 0, $('#outside').firstChild!, 3)],
    ['a detached node', ({ range }: Ctx) => {
      const t = document.createTextNode('detached');
      return range(t, 0, t, 3);
    }],
  ])('returns null for %s', (_name, make) => {
    const ctx = setup();
    expect(selectionToOffsets(ctx.map, make(ctx as Ctx))).toBeNull();
  });
});

type Ctx = ReturnType<typeof setup>;
