// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markUiHost } from '../../lib/dom/own-nodes';
import { highlightRanges } from '../../lib/dom/highlighter';
import { buildTextMap } from '../../lib/dom/text-map';
import { watchForNewText } from '../../lib/dom/watch-changes';

let root: HTMLElement;
let controller: AbortController;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  document.body.innerHTML = '<div id="root"><p>Existing text.</p></div>';
  root = document.getElementById('root')!;
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

/** Lets MutationObserver deliver, then advances fake time. */
async function wait(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function addParagraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  root.append(p);
  return p;
}

describe('watchForNewText', () => {
  it('reports added text after the debounce, coalesced to top-most nodes', async () => {
    const onChange = vi.fn();
    watchForNewText(root, onChange, { debounceMs: 500, signal: controller.signal });
    const p = addParagraph('New paragraph.');
    const b = document.createElement('b');
    b.textContent = ' bold';
    p.append(b);
    await wait(400);
    expect(onChange).not.toHaveBeenCalled();
    await wait(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith([p]);
  });

  it('restarts the debounce on every change, up to maxWaitMs', async () => {
    const onChange = vi.fn();
    watchForNewText(root, onChange, { debounceMs: 500, maxWaitMs: 2000, signal: controller.signal });
    // A page that rebuilds itself every 300 ms never goes quiet for 500 ms.
    for (let i = 0; i < 6; i++) {
      root.replaceChildren();
      addParagraph(`Rebuild ${i}`);
      await wait(300);
    }
    expect(onChange).toHaveBeenCalledTimes(0);
    await wait(300); // 2100 ms after the first change
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].map((n: Node) => n.textContent)).toEqual(['Rebuild 5']);
  });

  it('caps callbacks per minute and delivers the rest later', async () => {
    const onChange = vi.fn();
    watchForNewText(root, onChange, { debounceMs: 100, maxChecksPerMinute: 3, signal: controller.signal });
    for (let i = 0; i < 5; i++) {
      addParagraph(`Item ${i}`);
      await wait(1000);
    }
    expect(onChange).toHaveBeenCalledTimes(3);
    await wait(60_000);
    expect(onChange).toHaveBeenCalledTimes(4);
    expect(onChange.mock.calls[3]![0].map((n: Node) => n.textContent)).toEqual(['Item 3', 'Item 4']);
  });

  it('reports text edits in place', async () => {
    const onChange = vi.fn();
    watchForNewText(root, onChange, { debounceMs: 50, signal: controller.signal });
    const text = root.querySelector('p')!.firstChild as Text;
    text.data = 'Edited text.';
    await wait(100);
    expect(onChange).toHaveBeenCalledWith([text]);
  });

  it.each([
    ['a script', () => root.append(Object.assign(document.createElement('script'), { textContent: 'x=1' }))],
    ['whitespace', () => root.append(document.createTextNode('  \n '))],
    ['an empty element', () => root.append(document.createElement('div'))],
    ['a node removed again', () => addParagraph('gone').remove()],
    ['a removal', () => root.querySelector('p')!.remove()],
    ['Crosscheck UI', () => {
      const host = Object.assign(document.createElement('div'), { textContent: 'card' });
      markUiHost(host);
      root.append(host);
    }],
    ['text inside Crosscheck UI', () => {
      const host = document.createElement('div');
      markUiHost(host);
      root.append(host);
      return Promise.resolve().then(() => host.append('more'));
    }],
  ])('ignores %s', async (_name, change) => {
    const onChange = vi.fn();
    watchForNewText(root, onChange, { debounceMs: 50, signal: controller.signal });
    await change();
    await wait(100);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores its own highlighting and destroy, even from inside the callback', async () => {
    const seen: Node[][] = [];
    let highlights: { destroy(): void }[] = [];
    watchForNewText(
      root,
      (added) => {
        seen.push(added);
        // What the content script does: re-read the text and highlight it.
        const map = buildTextMap(root);
        highlights.push(highlightRanges(document, map, [{ start: 0, end: map.text.length, attrs: { 'data-crosscheck-id': 'x' } }]));
      },
      { debounceMs: 50, signal: controller.signal },
    );
    addParagraph('Fresh claim.');
    await wait(100);
    expect(seen).toHaveLength(1);
    await wait(5000);
    expect(seen).toHaveLength(1);
    expect(root.querySelectorAll('mark').length).toBeGreaterThan(0);
    for (const h of highlights) h.destroy();
    highlights = [];
    await wait(5000);
    expect(seen).toHaveLength(1);
    expect(root.querySelector('mark')).toBeNull();
  });

  it('stops when the signal aborts, dropping pending changes', async () => {
    const onChange = vi.fn();
    watchForNewText(root, onChange, { debounceMs: 50, signal: controller.signal });
    addParagraph('Before abort.');
    await Promise.resolve();
    controller.abort();
    await wait(100);
    addParagraph('After abort.');
    await wait(100);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does nothing with an already aborted signal', async () => {
    const onChange = vi.fn();
    controller.abort();
    watchForNewText(root, onChange, { debounceMs: 50, signal: controller.signal });
    addParagraph('Text.');
    await wait(100);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops on destroy()', async () => {
    const onChange = vi.fn();
    const watcher = watchForNewText(root, onChange, { debounceMs: 50 });
    watcher.destroy();
    addParagraph('Text.');
    await wait(100);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('survives a throwing callback', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onChange = vi.fn(() => {
      throw new Error('boom');
    });
    watchForNewText(root, onChange, { debounceMs: 50, signal: controller.signal });
    addParagraph('One.');
    await wait(100);
    addParagraph('Two.');
    await wait(100);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
