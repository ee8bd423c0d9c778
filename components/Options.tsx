import { useState } from 'preact/hooks';
import { STATUSES } from '../lib/match/types';
import type { Settings } from '../lib/settings/schema';
import { THEMES } from '../lib/settings/site';
import { STATUS_TEXT } from './labels';
import { Legend } from './Legend';
import { PacksSection } from './PacksSection';
import { SiteField } from './SiteField';

type Props = { initial: Settings; save: (s: Settings) => Promise<void> };

/** Options: which statuses to highlight, sites where Crosscheck never runs, and the colour scheme. */
export function Options({ initial, save }: Props) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);

  const update = async (next: Settings) => {
    setSettings(next);
    try {
      await save(next);
      setStatus('Saved. Open pages update at once.');
    } catch (err) {
      setStatus(`Could not save: ${(err as Error).message}`);
    }
  };

  return (
    <main class="cc-options">
      <h1>Crosscheck options</h1>
      <fieldset>
        <legend>Highlight passages that…</legend>
        {STATUSES.map((s) => (
          <label key={s} class="cc-row">
            <input
              type="checkbox"
              checked={settings.statuses[s]}
              onChange={(e) => void update({ ...settings, statuses: { ...settings.statuses, [s]: (e.target as HTMLInputElement).checked } })}
            />
            <span class={`cc-badge cc-badge--${s}`}>
              <span aria-hidden="true">{STATUS_TEXT[s].symbol}</span> {STATUS_TEXT[s].label}
            </span>
            <span class="cc-hint">{STATUS_TEXT[s].explain}</span>
          </label>
        ))}
      </fieldset>
      <Legend note="Misattributed passages are marked whichever statuses are switched on: they credit an account with what it did not say." />
      <fieldset>
        <legend>Never run on these sites</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="cc-hint">No sites yet. Switch a site off from the popup, or add it here.</p>
        ) : (
          <ul class="cc-sites">
            {settings.disabledSites.map((s) => (
              <li key={s}>
                {s}{' '}
                <button type="button" onClick={() => void update({ ...settings, disabledSites: settings.disabledSites.filter((x) => x !== s) })}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <SiteField
          sites={settings.disabledSites}
          onAdd={async (site) => {
            const next = { ...settings, disabledSites: [...settings.disabledSites, site].sort() };
            setSettings(next);
            await save(next);
          }}
        />
      </fieldset>
      <PacksSection />
      <fieldset>
        <legend>Colours</legend>
        {THEMES.map((t) => (
          <label key={t} class="cc-row">
            <input type="radio" name="theme" checked={settings.theme === t} onChange={() => void update({ ...settings, theme: t })} />
            {t === 'system' ? 'Follow the system (light or dark)' : t === 'light' ? 'Always light' : 'Always dark'}
          </label>
        ))}
      </fieldset>
      <p class="cc-hint" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
