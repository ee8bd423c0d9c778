// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { markUiHost } from '../../lib/dom/own-nodes';
import { highlightRanges, isCrosscheckNode, MARK_TAG, type HighlightItem } from '../../lib/dom/highlighter';
import { buildTextMap, type TextMap } from '../../lib/dom/text-map';

// Not `new URL(…, import.meta.url)`: happy-dom replaces the global URL.
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/html', name), 'utf8');

function mount(html: string): { root: HTMLElement; map: TextMap } {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  const root = document.getElementById('root')!;
  return { root, map: buildTextMap(root) };
}

/** Item for the `nth` occurrence of `passage` in the map's text. */
function itemFor(map: TextMap, passage: string, attrs: Record<string, string> = {}, nth = 0): HighlightItem {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = map.text.indexOf(passage, start + 1);
  if (start < 0) throw new Error(`fixture lacks "${passage}"`);
  return { start, end: start + passage.length, attrs };
}

const textOf = (els: HTMLElement[]) => els.map((e) => e.textContent).join('');

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('highlightRanges', () => {
  it.each([
    ['<b>', 'in <b>Baku</b> on', 'in Baku on', 3],
    ['<a>', 'met <a href="#">according to</a> two', 'met according to two', 3],
    ['<span>', 'the <span class="k">talks</span> took', 'the talks took', 3],
    ['nested inline', 'a <b>b <i>c</i></b> d', 'a b c d', 4],
  ])('wraps a passage spanning %s', (_name, html, passage, markCount) => {
    const { map } = mount(html);
    const h = highlightRanges(document, map, [itemFor(map, passage)]);
    expect(h.elements[0]).toHaveLength(markCount);
    expect(textOf(h.elements[0]!)).toBe(passage);
    expect(h.elements[0]!.every((el) => el.localName === MARK_TAG)).toBe(true);
  });

  it('never wraps inside inputs, textareas, selects, editors, scripts, styles or svg', () => {
    const { root, map } = mount(fixture('form-and-editor.html'));
    highlightRanges(document, map, [{ start: 0, end: map.text.length }]);
    for (const el of Array.from(root.querySelectorAll(MARK_TAG))) {
      expect(el.closest('[contenteditable], script, style, svg, textarea, select, input')).toBeNull();
    }
    expect(root.querySelector('textarea')!.textContent).toBe('the talks began');
    expect(root.querySelector('script')!.textContent).toBe('var s = "the talks began";');
    expect(root.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
  });

  it.each([
    ['list', '<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>'],
    ['table', '<table>\n<tbody>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n</tbody>\n</table>'],
    ['spaces between inline elements', '<b>x</b>   <i>y</i>'],
  ])('skips whitespace-only runs in a %s', (_name, html) => {
    const { root, map } = mount(html);
    const h = highlightRanges(document, map, [{ start: 0, end: map.text.length }]);
    for (const el of h.elements[0]!) expect(el.textContent!.trim()).not.toBe('');
    for (const el of Array.from(root.querySelectorAll(MARK_TAG))) {
      expect(['ul', 'tbody', 'tr', 'table']).not.toContain(el.parentElement!.localName);
    }
  });

  it('leaves an item covering only whitespace without marks', () => {
    const { map } = mount('<b>x</b>   <i>y</i>');
    const h = highlightRanges(document, map, [{ start: 1, end: 4 }]);
    expect(h.elements).toEqual([[]]);
  });

  it.each([
    ['partial overlap', 'The quick brown', 'brown fox jumps'],
    ['one inside the other', 'quick brown fox jumps', 'brown fox'],
    ['identical', 'brown fox', 'brown fox'],
    ['across an inline element', 'quick <b>brown', 'brown fox'],
  ])('highlights overlapping items (%s) by nesting', (_name, a, b) => {
    const { root, map } = mount('The quick <b>brown</b> fox jumps.');
    const before = root.innerHTML;
    const clean = (s: string) => s.replace(/<\/?b>/g, '');
    const h = highlightRanges(document, map, [
      itemFor(map, clean(a), { 'data-crosscheck-id': 'a' }),
      itemFor(map, clean(b), { 'data-crosscheck-id': 'b' }),
    ]);
    expect(textOf(h.elements[0]!)).toBe(clean(a));
    expect(textOf(h.elements[1]!)).toBe(clean(b));
    expect(root.textContent).toBe('The quick brown fox jumps.');
    // Every piece of text sits inside the marks of exactly the items covering it.
    const shared = h.elements[1]!.filter((el) => el.parentElement!.closest('[data-crosscheck-id="a"]'));
    expect(shared.length).toBeGreaterThan(0);
    h.destroy();
    expect(root.innerHTML).toBe(before);
  });

  it('sets data attributes on every mark and focus attributes on the first only', () => {
    const { map } = mount('in <b>Baku</b> on Saturday');
    const h = highlightRanges(document, map, [
      itemFor(map, 'in Baku on', {
        'data-crosscheck-status': 'contradicts',
        'data-crosscheck-claim': 'c1',
        'data-crosscheck-id': 'p1',
        role: 'mark',
        'aria-label': 'Contradicted by two sources',
      }),
    ]);
    const [first, ...rest] = h.elements[0]!;
    expect(first!.getAttribute('tabindex')).toBe('0');
    expect(first!.getAttribute('role')).toBe('mark');
    expect(first!.getAttribute('aria-label')).toBe('Contradicted by two sources');
    for (const el of [first!, ...rest]) {
      expect(el.dataset.crosscheckStatus).toBe('contradicts');
      expect(el.dataset.crosscheckClaim).toBe('c1');
      expect(el.dataset.crosscheckId).toBe('p1');
    }
    for (const el of rest) {
      expect(el.hasAttribute('tabindex') || el.hasAttribute('role') || el.hasAttribute('aria-label')).toBe(false);
    }
  });

  it('applies className to every mark', () => {
    const { map } = mount('a <b>b</b> c');
    const h = highlightRanges(document, map, [{ start: 0, end: 5, className: 'cc-x' }]);
    expect(h.elements[0]!.every((el) => el.className === 'cc-x')).toBe(true);
  });

  it.each(['onclick', 'style', 'href', 'class'])('refuses attribute %s before touching the page', (name) => {
    const { root, map } = mount('text <b>here</b>');
    const before = root.innerHTML;
    expect(() =>
      highlightRanges(document, map, [{ start: 0, end: 3 }, { start: 0, end: 4, attrs: { [name]: 'x' } }]),
    ).toThrow(TypeError);
    expect(root.innerHTML).toBe(before);
  });

  it('keeps hostile markup in the page text as text', () => {
    const { root, map } = mount('Markup: &lt;img src=x onerror=alert(1)&gt; end');
    const h = highlightRanges(document, map, [itemFor(map, '<img src=x onerror=alert(1)>')]);
    expect(root.querySelector('img')).toBeNull();
    expect(h.elements[0]![0]!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(h.elements[0]![0]!.childNodes[0]!.nodeType).toBe(3);
  });

  it('highlights RTL passages by offset', () => {
    const { map } = mount('<p dir="rtl">قال <b>المتحدث</b> إن الاجتماع عقد في باكو.</p><p>השר <i>אמר</i> כי הפגישה</p>');
    const h = highlightRanges(document, map, [itemFor(map, 'المتحدث إن'), itemFor(map, 'אמר כי')]);
    expect(textOf(h.elements[0]!)).toBe('المتحدث إن');
    expect(textOf(h.elements[1]!)).toBe('אמר כי');
  });

  it.each([
    ['empty', 3, 3],
    ['reversed', 5, 2],
    ['out of bounds', 1000, 2000],
  ])('returns no marks for an %s item', (_name, start, end) => {
    const { root, map } = mount('some text');
    const h = highlightRanges(document, map, [{ start, end }]);
    expect(h.elements).toEqual([[]]);
    expect(root.querySelector(MARK_TAG)).toBeNull();
  });

  it('skips text nodes the page changed after the map was built', () => {
    const { root, map } = mount('<p>old text</p><p>kept text</p>');
    root.querySelector('p')!.firstChild!.textContent = 'new';
    const h = highlightRanges(document, map, [{ start: 0, end: map.text.length }]);
    expect(textOf(h.elements[0]!)).toBe('kept text');
  });
});

describe('destroy', () => {
  const fixtures = ['news-article.html', 'form-and-editor.html'];
  const itemSets: [string, (map: TextMap) => HighlightItem[]][] = [
    ['everything', (m) => [{ start: 0, end: m.text.length }]],
    ['every 7th char, 5 long', (m) => Array.from({ length: m.text.length / 7 }, (_, i) => ({ start: i * 7, end: i * 7 + 5 }))],
    ['overlapping windows', (m) => Array.from({ length: m.text.length / 10 }, (_, i) => ({ start: i * 10, end: i * 10 + 25 }))],
    ['single characters', (m) => Array.from({ length: m.text.length }, (_, i) => ({ start: i, end: i + 1 }))],
  ];

  it.each(fixtures.flatMap((f) => itemSets.map(([name, make]) => [f, name, make] as const)))(
    'restores %s exactly after highlighting %s',
    (file, _name, make) => {
      const { root, map } = mount(fixture(file));
      const before = root.innerHTML;
      const textNodes = map.nodes.map((s) => s.node);
      const h = highlightRanges(document, map, make(map));
      expect(root.querySelector(MARK_TAG)).not.toBeNull();
      expect(buildTextMap(root).text).toBe(map.text);
      h.destroy();
      expect(root.innerHTML).toBe(before);
      expect(root.querySelector(MARK_TAG)).toBeNull();
      // The page's own text nodes are back, not copies.
      expect(buildTextMap(root).nodes.map((s) => s.node)).toEqual(textNodes);
      expect(textNodes.every((n, i) => n === buildTextMap(root).nodes[i]!.node)).toBe(true);
    },
  );

  it('does not merge adjacent text nodes the page made (as React does)', () => {
    const { root, map } = mount('');
    const p = document.createElement('p');
    const hello = document.createTextNode('Hello ');
    const name = document.createTextNode('Ada');
    p.append(hello, name);
    root.append(p);
    const fresh = buildTextMap(root);
    const h = highlightRanges(document, fresh, [{ start: 2, end: 8 }]);
    h.destroy();
    expect(Array.from(p.childNodes)).toEqual([hello, name]);
    expect(map.text).toBe('');
  });

  it('is idempotent', () => {
    const { root, map } = mount('one <b>two</b> three');
    const before = root.innerHTML;
    const h = highlightRanges(document, map, [{ start: 2, end: 9 }]);
    h.destroy();
    h.destroy();
    expect(root.innerHTML).toBe(before);
  });

  it('keeps an edit the page made to highlighted text', () => {
    const { root, map } = mount('<p>alpha beta</p>');
    const h = highlightRanges(document, map, [{ start: 0, end: 5 }]);
    h.elements[0]![0]!.firstChild!.textContent = 'ALPHA';
    h.destroy();
    expect(root.innerHTML).toBe('<p>ALPHA beta</p>');
  });

  it('copes with the page removing highlighted content', () => {
    const { root, map } = mount('<p>alpha</p><p>beta</p>');
    const h = highlightRanges(document, map, [{ start: 0, end: map.text.length }]);
    root.firstElementChild!.remove();
    expect(() => h.destroy()).not.toThrow();
    expect(root.innerHTML).toBe('<p>beta</p>');
  });

  it('undoes two stacked highlighters in either order', () => {
    for (const order of [[0, 1], [1, 0]]) {
      const { root, map } = mount('one <b>two</b> three');
      const before = root.innerHTML;
      const first = highlightRanges(document, map, [{ start: 0, end: 9 }]);
      const second = highlightRanges(document, buildTextMap(root), [{ start: 4, end: 13 }]);
      const both = [first, second];
      for (const i of order) both[i]!.destroy();
      expect(root.innerHTML).toBe(before);
    }
  });
});

describe('isCrosscheckNode', () => {
  it('recognises marks, their text, split-off pieces and UI, not page nodes', () => {
    const { root, map } = mount('<p>alpha beta gamma</p><div id="ui"><span>ui</span></div><div data-crosscheck-ui="card"><span>forged</span></div>');
    markUiHost(root.querySelector('#ui')!);
    const p = root.querySelector('p')!;
    const h = highlightRanges(document, map, [{ start: 6, end: 10 }]);
    const [before, mark, after] = Array.from(p.childNodes);
    expect(isCrosscheckNode(mark)).toBe(true);
    expect(isCrosscheckNode(mark!.firstChild)).toBe(true);
    expect(isCrosscheckNode(before)).toBe(true);
    expect(isCrosscheckNode(after)).toBe(true);
    expect(isCrosscheckNode(root.querySelector('#ui span'))).toBe(true);
    // Our attribute on a page element makes nothing ours: only what we made is.
    expect(isCrosscheckNode(root.querySelector('[data-crosscheck-ui] span'))).toBe(false);
    expect(isCrosscheckNode(p)).toBe(false);
    h.destroy();
    expect(isCrosscheckNode(p.firstChild)).toBe(false);
  });
});

describe('scale', () => {
  // Speed is measured by `npm run bench` in Chromium, not here (happy-dom, shared noisy machines).
  it('adds and removes 1000 highlights on a long page, restoring it exactly', () => {
    const para = '<p>Officials <b>met</b> in Baku on Saturday, <a href="#">sources</a> said, and talks went on.</p>';
    const { root, map } = mount(para.repeat(2000));
    const before = root.innerHTML;
    const items = Array.from({ length: 1000 }, (_, i) => itemFor(map, 'met in Baku', { 'data-crosscheck-id': `p${i}` }, i * 2));
    const h = highlightRanges(document, map, items);
    expect(h.elements.every((els) => els.length === 2)).toBe(true);
    h.destroy();
    expect(root.innerHTML).toBe(before);
  });

  it('highlights inside a single 1 MB text node', () => {
    const { root, map } = mount(`<p>${'word '.repeat(200_000)}</p>`);
    const before = root.innerHTML;
    const h = highlightRanges(document, map, [
      { start: 10, end: 14 },
      { start: 500_000, end: 500_004 },
      { start: 999_990, end: 999_994 },
    ]);
    expect(h.elements.map((els) => els[0]!.textContent)).toEqual(['word', 'word', 'word']);
    h.destroy();
    expect(root.innerHTML).toBe(before);
  });
});

describe('highlightRanges: first and last marks', () => {
  it('puts lastAttrs on the last mark only, and role/aria/tabindex on the first only', () => {
    const { map } = mount('the <b>talks</b> in <i>Baku</i> ended');
    const h = highlightRanges(document, map, [
      { ...itemFor(map, 'talks in Baku', { 'data-crosscheck-status': 'agrees', role: 'mark', 'aria-description': 'd' }), lastAttrs: { 'data-crosscheck-last': '' } },
    ]);
    const marks = h.elements[0]!;
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.map((m) => m.hasAttribute('data-crosscheck-last'))).toEqual(marks.map((_, i) => i === marks.length - 1));
    expect(marks.map((m) => m.getAttribute('role'))).toEqual(marks.map((_, i) => (i === 0 ? 'mark' : null)));
    expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(marks.map((_, i) => (i === 0 ? '0' : null)));
    expect(marks.every((m) => m.getAttribute('data-crosscheck-status') === 'agrees')).toBe(true);
  });

  it.each(['role', 'tabindex', 'onclick'])('refuses %s in lastAttrs before touching the page', (name) => {
    const { root, map } = mount('text <b>here</b>');
    const before = root.innerHTML;
    expect(() => highlightRanges(document, map, [{ start: 0, end: 4, lastAttrs: { [name]: 'x' } }])).toThrow(TypeError);
    expect(root.innerHTML).toBe(before);
  });
});

describe('highlightRanges: several passages in one text node', () => {
  const html = 'One sentence here. Two sentences here. Three here.';
  it('wraps each, keeps the text between them, and destroy() restores the node itself', () => {
    const { root, map } = mount(html);
    const original = root.firstChild;
    const items = ['One sentence here.', 'Two sentences here.', 'Three here.'].map((p, i) => itemFor(map, p, { 'data-crosscheck-id': `p${i}` }));
    const h = highlightRanges(document, map, items);
    expect(h.elements.map(textOf)).toEqual(['One sentence here.', 'Two sentences here.', 'Three here.']);
    expect(root.textContent).toBe(html);
    expect(root.childNodes).toHaveLength(5); // mark, " ", mark, " ", mark
    h.destroy();
    expect(root.innerHTML).toBe(html);
    expect(root.firstChild).toBe(original);
  });

  it('leaves a whitespace-only passage unwrapped next to real ones', () => {
    const { root, map } = mount('A.   B.');
    const h = highlightRanges(document, map, [{ start: 0, end: 2 }, { start: 2, end: 5 }, { start: 5, end: 7 }]);
    expect(h.elements.map((e) => e.length)).toEqual([1, 0, 1]);
    expect(root.textContent).toBe('A.   B.');
    h.destroy();
    expect(root.innerHTML).toBe('A.   B.');
  });

  it('nests overlapping passages (the general path) and restores them', () => {
    const { root, map } = mount(html);
    const h = highlightRanges(document, map, [itemFor(map, 'One sentence here. Two'), itemFor(map, 'here. Two sentences')]);
    expect(textOf(h.elements[0]!)).toBe('One sentence here. Two');
    expect(textOf(h.elements[1]!)).toBe('here. Two sentences');
    expect(root.textContent).toBe(html);
    h.destroy();
    expect(root.innerHTML).toBe(html);
  });
});
