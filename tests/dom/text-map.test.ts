// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markUiHost } from '../../lib/dom/own-nodes';
import { BLOCK_SEPARATOR, buildTextMap } from '../../lib/dom/text-map';
import { findArticleRoot, normalizedLength } from '../../lib/dom/find-article-root';

function mount(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

describe('buildTextMap', () => {
  it.each([
    ['inline elements do not break text', 'Hello <b>bold</b> <a href="#">link</a> <span>x</span>.', 'Hello bold link x.'],
    ['paragraphs are separated', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['headings, list items and cells are separated', '<h2>T</h2><ul><li>a</li><li>b</li></ul><table><tr><td>c</td><td>d</td></tr></table>', 'T\na\nb\nc\nd'],
    ['br separates', 'line one<br>line two', 'line one\nline two'],
    ['nested blocks give one separator', '<div><div><p>A</p></div></div><section><blockquote>B</blockquote></section>', 'A\nB'],
    ['no leading or trailing separator', '<p>only</p>', 'only'],
    ['whitespace between blocks is kept verbatim', '<p>A</p>\n  <p>B</p>', 'A\n\n  \nB'],
    ['script, style, noscript, template are skipped', 'a<script>x=1</script><style>p{}</style><noscript>n</noscript><template>t</template>b', 'ab'],
    ['form controls are skipped', 'a<textarea>t</textarea><input value="v"><select><option>o</option></select><button>Share</button>b', 'ab'],
    ['svg, math, iframe, object are skipped', 'a<svg><text>s</text></svg><math><mi>m</mi></math><iframe>i</iframe><object>o</object>b', 'ab'],
    ['contenteditable is skipped', 'a<div contenteditable>e</div><div contenteditable="true">f</div><div contenteditable="plaintext-only">g</div>b', 'a\nb'],
    ['contenteditable="false" is text', 'a<span contenteditable="false">c</span>b', 'acb'],
    ['hidden and aria-hidden are skipped', 'a<span hidden>h</span><span aria-hidden="true">x</span>b', 'ab'],
    ['hidden="until-found" is readable', 'a<span hidden="until-found">f</span>b', 'afb'],
    ['a page element with Crosscheck’s UI attribute is page text', 'a<span data-crosscheck-ui="card">ui</span>b', 'auib'],
    ['a hidden block adds no separator', 'a<div hidden>x</div>b', 'ab'],
    ['hostile markup stays text', '&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>'],
  ])('%s', (_name, html, expected) => {
    expect(buildTextMap(mount(html)).text).toBe(expected);
  });

  it('can include aria-hidden text', () => {
    expect(buildTextMap(mount('a<span aria-hidden="true">x</span>b'), { includeAriaHidden: true }).text).toBe('axb');
  });

  it('is empty when the root is inside an editor', () => {
    const root = mount('<div contenteditable><p id="p">text</p></div>');
    expect(buildTextMap(root.querySelector('#p')!).text).toBe('');
  });

  it('does not change when Crosscheck UI is mounted', () => {
    const root = mount('<p>One.</p><p>Two.</p>');
    const before = buildTextMap(root).text;
    const host = document.createElement('div');
    markUiHost(host);
    host.textContent = 'card';
    root.insertBefore(host, root.lastChild);
    expect(buildTextMap(root).text).toBe(before);
  });

  it('is deterministic', () => {
    const root = mount('<p>One <b>two</b></p><ul><li>three</li></ul>');
    expect(buildTextMap(root).text).toBe(buildTextMap(root).text);
  });

  it('records each text node with its span', () => {
    const map = buildTextMap(mount('<p>ab<b>cd</b></p><p>ef</p>'));
    expect(map.nodes.map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['ab', 0, 2],
      ['cd', 2, 4],
      ['ef', 5, 7],
    ]);
    expect(map.text[4]).toBe(BLOCK_SEPARATOR);
  });
});

describe('rangeFor', () => {
  const html = '<p>The <b>quick</b> <a href="#">brown</a> fox.</p><p>Second <span>para</span>.</p>';

  it.each([
    ['within one node', 'The', 'The'],
    ['across <b> and <a>', 'quick brown', 'quick brown'],
    ['across <span>', 'Second para', 'Second para'],
    ['across a paragraph boundary', 'fox.\nSecond', 'fox.Second'],
  ])('maps a passage %s', (_name, passage, rangeText) => {
    const map = buildTextMap(mount(html));
    const start = map.text.indexOf(passage);
    const range = map.rangeFor(start, start + passage.length)!;
    expect(range.toString()).toBe(rangeText);
  });

  it.each([
    [-1, 3],
    [3, 3],
    [5, 2],
    [0, 10_000],
  ])('returns null for [%i, %i)', (start, end) => {
    expect(buildTextMap(mount(html)).rangeFor(start, end)).toBeNull();
  });

  it('returns null for a separator alone', () => {
    const map = buildTextMap(mount('<p>a</p><p>b</p>'));
    expect(map.rangeFor(1, 2)).toBeNull();
  });

  it.each([
    ['Arabic', '<p dir="rtl">قال <b>الوزير</b> إن الاجتماع عقد في باكو</p>', 'الوزير إن'],
    ['Hebrew', '<p dir="rtl">השר <i>אמר</i> כי הפגישה התקיימה בבאקו</p>', 'אמר כי'],
    ['mixed with Latin and emoji', '<p>Baku 🇦🇿 <b>باكو</b> — meeting</p>', '🇦🇿 باكو'],
  ])('maps %s text by UTF-16 offsets', (_name, fragment, passage) => {
    const map = buildTextMap(mount(fragment));
    const start = map.text.indexOf(passage);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = map.rangeFor(start, start + passage.length)!;
    expect(range.toString()).toBe(passage);
    expect(map.offsetOf(range.startContainer, range.startOffset)).toBe(start);
    expect(map.offsetOf(range.endContainer, range.endOffset)).toBe(start + passage.length);
  });
});

describe('offsetOf', () => {
  it('maps text points and element points', () => {
    const root = mount('<p id="a">ab<b>cd</b></p><input><p id="b">ef</p>');
    const map = buildTextMap(root);
    const b = root.querySelector('b')!;
    expect(map.offsetOf(b.firstChild!, 1)).toBe(3);
    expect(map.offsetOf(root.querySelector('#a')!, 1)).toBe(2); // before <b>
    expect(map.offsetOf(root.querySelector('#a')!, 2)).toBe(5); // after <b>: next text is "ef"
    expect(map.offsetOf(root.querySelector('input')!, 0)).toBe(5);
    expect(map.offsetOf(root, 0)).toBe(0);
    expect(map.offsetOf(root, root.childNodes.length)).toBe(7);
  });

  it('clips points outside the root and rejects other trees', () => {
    document.body.innerHTML = '<p id="before">x</p><div id="root"><p>in</p></div><p id="after">y</p>';
    const map = buildTextMap(document.getElementById('root')!);
    expect(map.offsetOf(document.getElementById('before')!.firstChild!, 0)).toBe(0);
    expect(map.offsetOf(document.getElementById('after')!.firstChild!, 1)).toBe(2);
    expect(map.offsetOf(document.createElement('div'), 0)).toBeNull();
  });
});

describe('scale', () => {
  it('walks 5000 levels of nesting without overflowing the stack', () => {
    const root = mount('');
    let el: HTMLElement = root;
    for (let i = 0; i < 5000; i++) {
      const child = document.createElement(i % 2 ? 'span' : 'div');
      el.appendChild(child);
      el = child;
    }
    el.textContent = 'deep';
    root.appendChild(document.createTextNode('tail'));
    const map = buildTextMap(root);
    expect(map.text).toBe('deep\ntail');
    expect(map.rangeFor(0, 4)!.toString()).toBe('deep');
  });

  it('handles a single 1 MB text node', () => {
    const big = 'word '.repeat(200_000);
    const root = mount('');
    root.appendChild(document.createTextNode(big));
    const map = buildTextMap(root);
    expect(map.text.length).toBe(1_000_000);
    expect(map.rangeFor(999_000, 999_004)!.toString()).toBe('word');
  });

  // Speed is measured by `npm run bench` in Chromium, not here (happy-dom, shared noisy machines).
  it('maps a 100k-word page', () => {
    const para = '<p>Lorem <b>ipsum</b> dolor sit <a href="#">amet</a>, consectetur adipiscing elit.</p>';
    const root = mount(para.repeat(12_500)); // 8 words each
    const map = buildTextMap(root);
    expect(map.nodes.length).toBe(12_500 * 5);
    expect(map.text.split(/\s+/).length).toBe(100_000);
    const start = map.text.lastIndexOf('ipsum');
    expect(map.rangeFor(start, start + 5)!.toString()).toBe('ipsum');
  });
});

describe('findArticleRoot', () => {
  const long = 'x'.repeat(300);
  it.each([
    ['the longest article', `<article id="a">${long}</article><article id="b">${long}${long}</article>`, 'b'],
    ['main when articles are teasers', `<article>short</article><main id="m">${long}</main>`, 'm'],
    ['role=main without main', `<div role="main" id="r">${long}</div>`, 'r'],
    ['body as a last resort', `<div>${long}</div>`, 'BODY'],
  ])('picks %s', (_name, html, expected) => {
    document.body.innerHTML = html;
    const root = findArticleRoot(document);
    expect(root.id || root.tagName).toBe(expected);
  });
});

describe('normalizedLength', () => {
  it.each(['', ' ', '   ', 'a', ' a ', '\n\n  a  b\t\tc \n', 'a\u00a0\u00a0b', 'x'.repeat(50) + '\n    \n' + 'y'.repeat(10), ' \n lead and trail \n '])(
    'measures %j as the collapsed, trimmed text would be',
    (text) => expect(normalizedLength(text)).toBe(text.replace(/\s+/g, ' ').trim().length),
  );
});

describe('findArticleRoot with one article', () => {
  it('takes it when its prose is long enough, however many text nodes it has', () => {
    document.body.innerHTML = `<main id="m"><article id="a">${'<p>ten chars.</p>\n   '.repeat(25)}</article></main>`;
    expect(findArticleRoot(document).id).toBe('a');
  });

  it('does not count indentation as prose', () => {
    document.body.innerHTML = `<main id="m">${'x'.repeat(300)}<article id="a">${'\n' + ' '.repeat(400)}<p>short teaser</p>${' '.repeat(400)}</article></main>`;
    expect(findArticleRoot(document).id).toBe('m');
  });

  it('takes an article inside a page element with Crosscheck’s UI attribute like any other (our UI lives in a shadow root)', () => {
    document.body.innerHTML = `<main id="m">${'x'.repeat(300)}</main><div data-crosscheck-ui="card"><article id="a">${'y'.repeat(300)}</article></div>`;
    expect(findArticleRoot(document).id).toBe('a');
  });
});

describe('buildTextMap on composed trees and unseen elements', () => {
  it('reads an open shadow root in place of its host’s children, and maps back to its text nodes', () => {
    const root = mount('<p>Before.</p><div id="host"><span>light child</span></div><p>After.</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside the shadow.</p>';
    const map = buildTextMap(root);
    expect(map.text).toBe(['Before.', 'Inside the shadow.', 'After.'].join(BLOCK_SEPARATOR));
    const at = map.text.indexOf('Inside');
    const range = map.rangeFor(at, at + 'Inside'.length)!;
    expect(range.startContainer.getRootNode()).toBe(shadow);
    expect(range.toString()).toBe('Inside');
  });

  it('reads a slot as the light children assigned to it, or its fallback when none are', () => {
    const root = mount('<div id="host"><span slot="title">Assigned title</span></div><div id="empty"></div>');
    const host = document.getElementById('host')!.attachShadow({ mode: 'open' });
    host.innerHTML = '<h2><slot name="title">Fallback</slot></h2>';
    const empty = document.getElementById('empty')!.attachShadow({ mode: 'open' });
    empty.innerHTML = '<p><slot>Fallback text</slot></p>';
    expect(buildTextMap(root).text).toBe(['Assigned title', 'Fallback text'].join(BLOCK_SEPARATOR));
  });

  it('leaves out what the caller says the reader cannot see, with the elements under it', () => {
    const root = mount('<p>did<span class="x"> not <b>ever</b></span> attend</p><p class="x">Gone.</p><p>Kept.</p>');
    const map = buildTextMap(root, { unseen: (el) => el.classList.contains('x') });
    expect(map.text).toBe(['did attend', 'Kept.'].join(BLOCK_SEPARATOR));
  });
});
