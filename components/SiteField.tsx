import { useState } from 'preact/hooks';
import { readSiteInput } from '../lib/settings/site-input';

type Props = {
  sites: readonly string[];
  /** Adds the site; rejects with the reason when it cannot be saved. */
  onAdd: (site: string) => Promise<void>;
};

const ERROR_ID = 'cc-site-error';
const SAVED_ID = 'cc-site-saved';

/**
 * "Add a site" for the never-run list: the reason a site is refused sits right under the field, tied
 * to it (aria-invalid, aria-describedby), and what was saved is said as saved ("Saved as
 * example.com."), so a pasted address tidied to its site is no surprise.
 */
export function SiteField({ sites, onAdd }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(null);
    const read = readSiteInput(text);
    if (!read.ok) return setError(read.problem);
    setError(null);
    if (sites.includes(read.site)) {
      setSaved(`${read.site} is already in the list.`);
      return setText('');
    }
    try {
      await onAdd(read.site);
      setSaved(read.changed ? `Saved as ${read.site}.` : `Saved: ${read.site}.`);
      setText('');
    } catch (err) {
      setError(`Could not save ${read.site}: ${(err as Error).message}`);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} class="cc-site-form" noValidate>
      <div class="cc-row">
        <label for="cc-site-input">Site</label>
        <input
          id="cc-site-input"
          name="site"
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
          placeholder="example.com"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? ERROR_ID : SAVED_ID}
        />
        <button type="submit">Add</button>
      </div>
      {error && (
        <p id={ERROR_ID} class="cc-field-error" role="alert">
          {error}
        </p>
      )}
      <p id={SAVED_ID} class="cc-field-saved" aria-live="polite">
        {saved}
      </p>
    </form>
  );
}
