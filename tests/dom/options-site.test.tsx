// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Options } from '../../components/Options';
import { defaultSettings, type Settings } from '../../lib/settings/schema';

function mount() {
  const saved: Settings[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  render(<Options initial={defaultSettings()} save={async (s) => void saved.push(s)} />, root);
  const input = root.querySelector<HTMLInputElement>('input[name="site"]')!;
  const add = async (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
  };
  return { root, input, saved, add };
}
const flush = () => new Promise((r) => setTimeout(r, 0));
const describedBy = (input: HTMLInputElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)!);

afterEach(() => (document.body.innerHTML = ''));

describe('the options page’s site field', () => {
  it.each(['.com', 'com', 'not a site!'])('refuses %j next to the field, as an error, and saves nothing', async (text) => {
    const { input, saved, add } = mount();
    await add(text);
    expect(saved).toEqual([]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = describedBy(input).find((el) => el.classList.contains('cc-field-error'));
    expect(error?.textContent).toContain(`“${text}”`);
    // Right after the field, in the same form, not at the foot of the page.
    expect(error!.closest('form')).toBe(input.form);
    expect(input.value).toBe(text);
  });

  it('says what was saved when the address it was given is tidied to a site', async () => {
    const { root, input, saved, add } = mount();
    await add('https://www.Example.com/path');
    expect(saved.at(-1)?.disabledSites).toEqual(['example.com']);
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    const note = input.form!.querySelector('[aria-live]')!;
    expect(note.textContent).toBe('Saved as example.com.');
    expect(root.querySelector('.cc-sites')!.textContent).toContain('example.com');
  });

  it('clears the error once a good site is added', async () => {
    const { input, add } = mount();
    await add('.com');
    await add('afp.com');
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    expect(input.form!.querySelector('.cc-field-error')).toBeNull();
    expect(input.form!.querySelector('[aria-live]')!.textContent).toBe('Saved: afp.com.');
  });
});
