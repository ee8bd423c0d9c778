import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';

// axe-core's own build, read from node_modules (no download): injected as a script into the page or frame audited.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core violation, reduced to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best-practice rules) on `target` and returns its violations.
 * `include` narrows the audit to a selector (e.g. an open shadow root's host); by default the whole document.
 */
export async function axeViolations(target: Page | Frame, include?: string): Promise<AxeViolation[]> {
  // Evaluated as DevTools source, not through eval() or a <script>: extension pages' CSP forbids both.
  if (!(await target.evaluate(() => !!(globalThis as { axe?: unknown }).axe))) await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (sel) => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
}

/** A one-line-per-rule summary for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${v.nodes.slice(0, 3).join(' ')}`).join('\n');
}
