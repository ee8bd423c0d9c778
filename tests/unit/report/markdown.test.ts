import { describe, expect, it, test } from 'vitest';
import { claimsOnPage } from '../../../lib/reader/claims-on-page';
import { pageReport } from '../../../lib/report/markdown';
import { passage } from '../reader/make-passage';
import { CLAIMS, STORIES } from '../reader/tale';

const PAGE = { url: 'https://page.example/story?a=1', title: 'Envoys meet' };
const report = (passages: Parameters<typeof claimsOnPage>[0], page = PAGE) => pageReport(page, claimsOnPage(passages, CLAIMS, STORIES));

const contested = passage(28, 60, {
  claim: 'count',
  status: 'contested',
  verdicts: { north: 'agrees', south: 'contradicts' },
  revisions: [{ account: 'south', verdict: 'agrees', note: 'agrees with South TV’s first report (2030-01-02), which it later revised' }],
});
const misattributed = passage(0, 27, {
  claim: 'date',
  status: 'agrees',
  misattributed: true,
  credits: 'north',
  attribution: 'North Wire says nothing on this; it is South TV’s account.',
  verdicts: { north: 'silent', south: 'agrees' },
});
const open = passage(61, 78, { claim: null, status: 'unsourced', elements: ['Nobody else'], verdicts: {} });
const agrees = passage(0, 27, { claim: 'venue' });

describe('pageReport', () => {
  const md = report([agrees, open, contested, misattributed]);
  const headings = md.split('\n').filter((l) => l.startsWith('#'));

  it('starts with the page, its link and the summary line', () => {
    expect(md.split('\n\n').slice(0, 3)).toEqual([
      '# Crosscheck: Envoys meet',
      '<https://page.example/story?a=1>',
      '2 points in dispute on this page, 1 that no account backs, 1 in agreement with the accounts. Checked against North Wire and South TV on “Envoys meet at the lake” (2030-01-02).',
    ]);
  });

  it('puts disputes first: misattributed, contested, unsourced, then agreeing', () => {
    expect(headings.slice(1)).toEqual([
      '## 1. ! Misattributed: On what day did they meet?',
      '## 2. ⇄ Contested: How many times did they meet?',
      '## 3. ? Unsourced: What goes beyond every account',
      '## 4. ✓ Agrees: Where did the envoys meet?',
    ]);
  });

  test.each([
    ['quotes the page’s passage', '> They spoke twice, a source said.'],
    ['gives each account’s verdict', '- **South TV** (✗ contradicts)'],
    ['gives each version in order, with its time, outlet, date and link', '  - Earlier, 2030-01-02, first report: South first said once. “one meeting” — South TV, as relayed by Relay Daily, 2030-01-03 · [original article](<https://relay.example/a_(b)>)'],
    ['marks the latest version', '  - Latest, 2030-01-03, later: South later said twice.'],
    ['says when an account is first-hand', '— North Wire, in North Wire, 2030-01-02 · [original article](<https://north.example/envoys>)'],
    ['carries the revision note', '  - This passage agrees with South TV’s first report (2030-01-02), which it later revised.'],
    ['says who was credited wrongly, and what they said', '**Credited to North Wire, who did not say this.** North Wire says nothing on this; it is South TV’s account.'],
    ['marks the credited account', '- **North Wire** (– silent, cited by the page): says nothing on this.'],
    ['says how the claim itself stands after a misattribution', 'On the claim itself, every account that speaks to this says the same.'],
    ['names what no account carries', 'Not in any account: “Nobody else”.'],
    ['says an account is silent', '- **South TV** (– silent): says nothing on this.'],
  ])('%s', (_name, line) => {
    expect(md).toContain(line);
  });

  it('escapes page and pack text, so it reads as written once rendered', () => {
    const md = report([passage(0, 27, { claim: 'count', text: 'They met *twice* <b>here</b> [1](x)' })], { url: 'https://x.example/a b<c>', title: '# Breaking | news' });
    expect(md).toContain('# Crosscheck: \\# Breaking \\| news');
    expect(md).toContain('<https://x.example/a%20b%3Cc%3E>');
    expect(md).toContain('> They met \\*twice\\* \\<b\\>here\\</b\\> \\[1\\](x)');
    expect(md).toContain('“they met \\*twice\\*”');
  });

  it('keeps a passage across lines on one quoted line', () => {
    expect(report([passage(0, 27, { text: 'The envoys\nmet\n\n# at the lake.' })])).toContain('> The envoys met # at the lake.');
  });

  it('quotes every passage on a claim, each with how it stands, and leaves verdicts out when they differ', () => {
    const md = report([passage(0, 27, { claim: 'count' }), passage(28, 60, { claim: 'count', status: 'contradicts', verdicts: { north: 'contradicts', south: 'silent' } })]);
    expect(md).toContain('On this page (2 passages):\n\n> ✓ The envoys met at the lake.\n>\n> ✗ They spoke twice, a source said.');
    expect(md).toContain('- **North Wire**\n');
  });

  it('says plainly when the page has nothing', () => {
    expect(report([])).toBe('# Crosscheck: Envoys meet\n\n<https://page.example/story?a=1>\n\nCrosscheck found no passage on this page about the stories it knows.\n');
  });

  it('uses the address when the page has no title', () => {
    expect(report([agrees], { url: 'https://u.example/', title: '  ' })).toMatch(/^# Crosscheck: https:\/\/u.example\//);
  });
});
