// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkCard } from '../../components/MarkCard';
import { groupPassages } from '../../lib/reader/group-marks';
import { passage, TEXT } from '../unit/reader/make-passage';
import { CLAIMS, STORIES } from '../unit/reader/tale';

// TEXT: "The envoys met at the lake." [0,27) "They spoke twice, a source said." [28,60)
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

function mount(passages: Parameters<typeof groupPassages>[0], notes = { count: 0, opened: [] as number[] }) {
  const root = document.createElement('div');
  document.body.append(root);
  const [group] = groupPassages(passages);
  render(
    <MarkCard
      group={group!}
      claimOf={(key) => CLAIMS[key] ?? null}
      storyOf={(pack) => STORIES[pack]}
      notes={notes.count}
      onOpenNote={(i) => notes.opened.push(i)}
      onClose={() => undefined}
    />,
    root,
  );
  return root;
}

afterEach(() => (document.body.innerHTML = ''));

describe('MarkCard', () => {
  it('is a dialog named by its heading: the kind for one claim, the count for several', () => {
    for (const [passages, heading] of [
      [[passage(28, 60, { claim: 'count', status: 'contested' })], 'Crosscheck: ⇄ Contested'],
      [[passage(0, 27), passage(0, 27, { claim: 'date', status: 'contradicts' })], 'Crosscheck: 2 claims in this passage, most serious first'],
    ] as const) {
      const root = mount([...passages]);
      const card = root.querySelector('[role="dialog"]')!;
      const title = root.querySelector('h2')!;
      expect(title.textContent).toBe(heading);
      expect(card.getAttribute('aria-labelledby')).toBe(title.id);
      document.body.innerHTML = '';
    }
  });

  it('offers the reader’s notes on the passage by button, without their text', () => {
    const notes = { count: 2, opened: [] as number[] };
    const root = mount([passage(0, 27)], notes);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.cc-open-note')];
    expect(buttons.map((b) => b.textContent)).toEqual(['✎ Your note 1 on this passage', '✎ Your note 2 on this passage']);
    buttons[1]!.click();
    expect(notes.opened).toEqual([1]);
    expect(mount([passage(0, 27)]).querySelector('.cc-open-note')).toBeNull();
  });

  it('quotes the passage with the cue words marked inside it', () => {
    const root = mount([passage(28, 60, { claim: 'count', status: 'contested', cues: [at('twice'), at('a source')] })]);
    const quote = root.querySelector('.cc-passage')!;
    expect(quote.textContent).toBe('They spoke twice, a source said.');
    expect([...quote.querySelectorAll('mark.cc-cue')].map((m) => m.textContent)).toEqual(['twice', 'a source']);
    expect(quote.getAttribute('dir')).toBe('auto');
  });

  it('builds page text as text: markup in it is never parsed', () => {
    const text = '<img src=x onerror=alert(1)> met';
    const root = mount([{ ...passage(0, text.length, { cues: [{ start: 29, end: 32 }] }), text }]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.cc-passage')!.textContent).toBe(text);
    expect(root.querySelector('mark.cc-cue')!.textContent).toBe('met');
  });

  it('lists one section per claim, most serious first, with agreement folded away', () => {
    const root = mount([
      passage(0, 27, { claim: 'venue' }),
      passage(0, 27, { claim: 'count', status: 'contested' }),
      passage(0, 27, { claim: 'date', status: 'contradicts' }),
    ]);
    expect([...root.querySelectorAll('.cc-section')].map((s) => s.getAttribute('data-claim'))).toEqual(['tale/date', 'tale/count', 'tale/venue']);
    expect(root.querySelector('.cc-count')!.textContent).toContain('3 claims');
    const fold = root.querySelector('details.cc-fold')!;
    expect(fold.hasAttribute('open')).toBe(false);
    expect(fold.querySelector('summary')!.textContent).toBe('Also agrees: Where did the envoys meet?');
  });

  it('shows every version with its time, the credited account marked, and the revision note', () => {
    const root = mount([
      passage(28, 60, {
        claim: 'count',
        status: 'contested',
        credits: 'south',
        verdicts: { north: 'agrees', south: 'contradicts' },
        revisions: [{ account: 'south', verdict: 'agrees', note: 'agrees with South TV’s first report, which it later revised' }],
      }),
    ]);
    expect([...root.querySelectorAll('.cc-when')].map((w) => w.textContent)).toEqual(['2030-01-02', 'Earlier: 2030-01-02, first report', 'Latest: 2030-01-03, later']);
    const credited = root.querySelector('.cc-version--credited')!;
    expect(credited.textContent).toContain('South TV');
    expect(credited.textContent).toContain('The page cites South TV here.');
    expect(root.querySelector('.cc-revision')!.textContent).toBe('This passage agrees with South TV’s first report, which it later revised.');
    expect([...root.querySelectorAll('.cc-source a')].map((a) => a.getAttribute('href'))).toContain('https://relay.example/a_(b)');
    expect(root.textContent).toContain('South TV, as relayed by Relay Daily');
  });

  it('says who a misattributed passage credits, and what that account said', () => {
    const root = mount([passage(0, 27, { claim: 'date', misattributed: true, credits: 'north', attribution: 'It is South TV’s account.' })]);
    expect(root.querySelector('.cc-badge')!.textContent).toContain('Misattributed');
    expect(root.querySelector('.cc-misattributed')!.textContent).toBe('The page credits this to North Wire, who did not say it. It is South TV’s account.');
  });

  it('for what goes beyond every account, names the elements and marks them in the quote', () => {
    const root = mount([passage(28, 60, { claim: null, status: 'unsourced', elements: ['a source'] })]);
    expect(root.querySelector('.cc-question')!.textContent).toBe('Goes beyond every account');
    expect(root.querySelector('.cc-elements')!.textContent).toBe('“a source”');
    expect(root.querySelector('mark.cc-cue')!.textContent).toBe('a source');
  });

  it('speaks English left to right on any page, quotes in their own direction', () => {
    const root = mount([passage(0, 27)]);
    expect(root.querySelector('.cc-card')!.getAttribute('dir')).toBe('ltr');
    expect([...root.querySelectorAll('.cc-quote')].every((q) => q.getAttribute('dir') === 'auto')).toBe(true);
  });
});
