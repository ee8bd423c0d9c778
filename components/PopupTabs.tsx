import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export type Tab<Id extends string> = { id: Id; label: string };

type Props<Id extends string> = {
  tabs: ReadonlyArray<Tab<Id>>;
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
};

export const tabId = (id: string) => `cc-tab-${id}`;
export const panelId = (id: string) => `cc-panel-${id}`;

/** Where an arrow, Home or End key moves from tab `at` of `count`; null for other keys. */
export function tabKeyTarget(key: string, at: number, count: number): number | null {
  if (key === 'ArrowRight') return (at + 1) % count;
  if (key === 'ArrowLeft') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * The ARIA tabs pattern (WAI-ARIA APG, "tabs with automatic activation"): one Tab stop for the whole
 * list (roving tabindex), arrows, Home and End move and select, each tab names the panel it controls.
 */
export function TabList<Id extends string>({ tabs, selected, onSelect, label }: Props<Id>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const next = tabKeyTarget(e.key, at, tabs.length);
    if (next === null) return;
    e.preventDefault();
    onSelect(tabs[next]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div class="cc-tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map(({ id, label: text }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={tabId(id)}
          aria-selected={selected === id}
          aria-controls={panelId(id)}
          tabIndex={selected === id ? 0 : -1}
          onClick={() => onSelect(id)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}

/** A tab's panel; the panels of tabs not shown stay in the document, hidden and empty, so every `aria-controls` points somewhere. */
export function TabPanel({ id, selected, children }: { id: string; selected: boolean; children?: ComponentChildren }) {
  return (
    <div class="cc-popup__body" role="tabpanel" id={panelId(id)} aria-labelledby={tabId(id)} hidden={!selected} tabIndex={0}>
      {selected && children}
    </div>
  );
}
