import type { StoryView } from '../lib/pack/view';
import { Keys } from './Keys';
import { Legend } from './Legend';

import type { Command } from '../lib/reader/shortcuts';

type Props = {
  commands: Command[];
  stories: StoryView[];
  /** Where the options page is, for a plain link. */
  optionsUrl: string;
  /** The address `npm run demo` serves its pages at. */
  demoUrl: string;
};

/** The popup's shortcut has no description of its own in the manifest's `_execute_action` on every browser. */
const describe = (c: Command) => c.description || (c.name === '_execute_action' ? 'Open the Crosscheck popup' : c.name ?? '');

/**
 * The first-run page: which story Crosscheck follows, what its marks mean (the popup's legend), the
 * shortcuts as the browser has them now (a reader may have changed or lost one), where notes are
 * kept, and how to see it work on the demo pages.
 */
export function Welcome({ commands, stories, optionsUrl, demoUrl }: Props) {
  return (
    <main class="cc-welcome">
      <h1>Welcome to Crosscheck</h1>
      <p class="cc-welcome__lead">
        When a news article tells a story Crosscheck follows, it marks the passages that agree with, contradict or go beyond what the
        first-hand accounts said, and shows those accounts side by side.
      </p>
      {stories.length > 0 && (
        <section aria-labelledby="cc-welcome-stories">
          <h2 id="cc-welcome-stories">{stories.length === 1 ? 'The story it follows' : 'The stories it follows'}</h2>
          <ul>
            {stories.map((s) => (
              <li key={s.pack}>
                <strong>{s.title}</strong>, as told by {s.accounts.map((a) => a.name).join(', ')}.
              </li>
            ))}
          </ul>
        </section>
      )}
      <Legend />
      <section aria-labelledby="cc-welcome-keys">
        <h2 id="cc-welcome-keys">Keyboard shortcuts</h2>
        <dl class="cc-welcome__keys">
          {commands.map((c) => (
            <div key={c.name}>
              <dt>{c.shortcut ? <Keys shortcut={c.shortcut} /> : <span class="cc-welcome__unset">not set</span>}</dt>
              <dd>{describe(c)}</dd>
            </div>
          ))}
        </dl>
        <p class="cc-hint">
          On a page, <kbd>Tab</kbd> reaches each mark and <kbd>Enter</kbd> opens what the accounts said; <kbd>Esc</kbd> closes it. To change a
          shortcut, open <code>chrome://extensions/shortcuts</code> in the address bar.
        </p>
      </section>
      <section aria-labelledby="cc-welcome-privacy">
        <h2 id="cc-welcome-privacy">What stays with you</h2>
        <p>
          Nothing leaves your browser. Crosscheck reads pages inside the browser and sends them nowhere; the accounts it compares with come
          with it. Your notes stay in this browser’s storage, where web pages cannot read them, until you export them to a file.
        </p>
      </section>
      <section aria-labelledby="cc-welcome-try">
        <h2 id="cc-welcome-try">Try it on the demo pages</h2>
        <p>
          The demo articles are served from your own computer. In the Crosscheck folder, run <code>npm run demo</code>; it opens them at{' '}
          <code>{demoUrl}</code>. Or open any article about the story above.
        </p>
      </section>
      <p>
        <a href={optionsUrl}>Options</a>: which marks to show, sites to leave alone, light or dark colours, and other stories.
      </p>
    </main>
  );
}
