// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Legend } from '../../components/Legend';
import { HIGHLIGHT_CSS } from '../../entrypoints/crosscheck-page/highlight-style';
import { KINDS, KIND_TEXT } from '../../lib/reader/kinds';
import { MARK_LOOK, markDeclarations } from '../../lib/reader/mark-style';

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Legend note="A note." />, root);
  return root;
}

afterEach(() => (document.body.innerHTML = ''));

describe('Legend', () => {
  it('lists every kind of mark, most serious first, then the count', () => {
    const rows = [...mount().querySelectorAll('.cc-legend__row')].map((r) => r.getAttribute('data-kind'));
    expect(rows).toEqual(['misattributed', 'contradicts', 'contested', 'unsourced', 'agrees', 'count']);
  });

  it('draws each kind with the page’s underline style and symbol', () => {
    const root = mount();
    for (const kind of KINDS) {
      const row = root.querySelector(`[data-kind="${kind}"]`)!;
      const sample = row.querySelector('.cc-legend__text') as HTMLElement;
      expect(sample.style.textDecorationStyle).toBe(MARK_LOOK[kind].line);
      expect(sample.style.textDecorationThickness).toBe(MARK_LOOK[kind].thickness);
      expect(row.querySelector('.cc-legend__badge')?.textContent ?? null).toBe(kind === 'agrees' ? null : KIND_TEXT[kind].symbol);
      expect(row.textContent).toContain(KIND_TEXT[kind].label);
      expect(row.querySelector('dd')!.textContent).toBe(KIND_TEXT[kind].legend);
    }
  });

  it('shows the count badge as the page does', () => {
    expect(mount().querySelector('[data-kind="count"] .cc-legend__badge')!.textContent).toBe('⇄\u00a03');
  });

  it('says the same as the page: the page’s style sheet has each look the legend draws', () => {
    for (const kind of KINDS) expect(HIGHLIGHT_CSS).toContain(`[data-crosscheck-status="${kind}"] { ${markDeclarations(kind, ' !important')}; }`);
    // Agreement is quiet on the page: no fill, no badge.
    expect(markDeclarations('agrees')).toContain('background: none');
    expect(HIGHLIGHT_CSS).toContain('[data-crosscheck-status="agrees"][data-crosscheck-last]::after { content: none !important; }');
  });

  it('tells the kinds apart without colour: every kind has its own line style', () => {
    expect(new Set(KINDS.map((k) => MARK_LOOK[k].line)).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((k) => KIND_TEXT[k].symbol)).size).toBe(KINDS.length);
  });

  it('carries a note when given one', () => {
    expect(mount().querySelector('.cc-legend__note')!.textContent).toBe('A note.');
  });
});
