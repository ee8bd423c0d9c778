// @vitest-environment happy-dom
import { describe, expect, it, test } from 'vitest';
import { markedRuns, pristineCopy, readText, wrapRuns, type TextRun } from '../../scripts/lib/page-probes/wrap-floor';

function mount(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

const mark = (id: number, text: string) => `<mark data-crosscheck-id="cc-${id}" title="x">${text}</mark>`;

describe('readText', () => {
  it('lists text nodes with their starts in the concatenated text', () => {
    const { nodes, starts, length } = readText(mount('<p>ab</p><p>c<b>de</b></p>'));
    expect(nodes.map((n) => n.data)).toEqual(['ab', 'c', 'de']);
    expect(starts).toEqual([0, 2, 3]);
    expect(length).toBe(5);
  });
});

describe('markedRuns', () => {
  test.each<[string, string, TextRun[]]>([
    ['one mark in a paragraph', `<p>Hello ${mark(0, 'big')} world</p>`, [{ start: 6, end: 9 }]],
    ['a passage across two text nodes gives a run per mark', `<p>a ${mark(0, 'bc')}<b>${mark(0, 'de')}</b> f</p>`, [{ start: 2, end: 4 }, { start: 4, end: 6 }]],
    ['nested marks give nested runs, outer first', `<p>${mark(0, `ab${mark(1, 'cd')}`)}e</p>`, [{ start: 0, end: 4 }, { start: 2, end: 4 }]],
    ['marks of other tools are not ours', '<p>a <mark>b</mark> c</p>', []],
  ])('%s', (_, html, runs) => expect(markedRuns(mount(html))).toEqual(runs));
});

describe('pristineCopy', () => {
  it('takes the marks and UI hosts out and joins the text again', () => {
    const root = mount(`<p>Hello ${mark(0, 'big')} world</p><div data-crosscheck-ui="card"></div>`);
    const copy = pristineCopy(root);
    expect(copy.innerHTML).toBe('<p>Hello big world</p>');
    expect(copy.querySelector('p')!.childNodes).toHaveLength(1);
    expect(root.querySelectorAll('mark')).toHaveLength(1);
  });
});

describe('wrapRuns', () => {
  test.each<[string, string, TextRun[], string]>([
    ['one run', '<p>Hello big world</p>', [{ start: 6, end: 9 }], '<p>Hello <mark>big</mark> world</p>'],
    ['two runs in one node', '<p>abcdef</p>', [{ start: 0, end: 2 }, { start: 4, end: 6 }], '<p><mark>ab</mark>cd<mark>ef</mark></p>'],
    ['runs in different nodes', '<p>ab</p><p>cd</p>', [{ start: 1, end: 2 }, { start: 2, end: 3 }], '<p>a<mark>b</mark></p><p><mark>c</mark>d</p>'],
    ['nested runs', '<p>abcde</p>', [{ start: 0, end: 4 }, { start: 2, end: 4 }], '<p><mark>ab<mark>cd</mark></mark>e</p>'],
    ['a whole node', '<p>x</p><p>yz</p>', [{ start: 1, end: 3 }], '<p>x</p><p><mark>yz</mark></p>'],
  ])('%s', (_, html, runs, expected) => {
    const root = mount(html);
    expect(wrapRuns(root, runs)).toBe(runs.length);
    expect(root.innerHTML).toBe(expected);
    expect(root.querySelector('mark')!.attributes).toHaveLength(0);
  });

  it('wraps what Crosscheck wrapped, on the pristine copy', () => {
    const root = mount(`<p>One ${mark(0, 'two')} three</p><p>${mark(1, 'four')} five ${mark(2, 'six')}</p>`);
    const copy = pristineCopy(root);
    wrapRuns(copy, markedRuns(root));
    expect(copy.innerHTML).toBe('<p>One <mark>two</mark> three</p><p><mark>four</mark> five <mark>six</mark></p>');
  });
});
