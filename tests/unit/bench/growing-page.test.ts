import { describe, expect, it } from 'vitest';
import { growingPage, scriptJson } from '../../../scripts/lib/growing-page';
import { readSeeds } from '../../../scripts/lib/seeds';

describe('growingPage', () => {
  const page = growingPage(readSeeds(), { steps: 3, wordsPerStep: 200, intervalMs: 50 });

  it('carries one section per step, of about the words asked', () => {
    expect(page.stepWords).toHaveLength(3);
    for (const w of page.stepWords) expect(w).toBeGreaterThanOrEqual(200);
    expect(page.html).toContain('setInterval');
    expect(page.html).toContain('}, 50);');
  });

  it('never closes its own script early', () => {
    expect(scriptJson(['</script><!--'])).toBe('["\\u003c/script>\\u003c!--"]');
    expect(page.html.match(/<\/script>/g)).toHaveLength(1);
  });
});
