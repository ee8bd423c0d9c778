// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { leadingText } from '../../lib/dom/leading-text';

describe('leadingText', () => {
  it.each([10, 100, 1000, 100_000])('reads whole text nodes up to at least %i characters, as a prefix of textContent', (size) => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>paragraph <b>${i}</b> text</p>\n<script>var x=${i}</script>`).join('');
    const all = document.body.textContent!;
    const lead = leadingText(document.body, size);
    expect(all.startsWith(lead)).toBe(true);
    expect(lead.length).toBe(Math.min(all.length, lead.length));
    expect(lead.length >= Math.min(size, all.length)).toBe(true);
  });

  it('is empty for an empty body', () => {
    document.body.innerHTML = '';
    expect(leadingText(document.body, 100)).toBe('');
  });
});
