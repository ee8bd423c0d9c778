import type { ScriptContext } from './script-context';

/**
 * What the small content script (in the manifest, every page) hands the full one (injected by the
 * background when needed). Both run in the extension's isolated world, so this is a plain object on
 * its global; the page's own scripts cannot see it. The full script also runs without one: on a page
 * opened before Crosscheck was installed, the popup or a shortcut injects it directly.
 */
export interface Handover {
  /** The settings as stored (unparsed), when the small script had to read them already. */
  settings?: { stored: unknown };
  /** The page passed the pre-check already (the full script need not run it again). */
  aboutStory: boolean;
  /** The reader selected text before the full script ran: its notes UI shows the Add-note button at once. */
  selectionPending: boolean;
  /** Stops the small script's watchers: the full script has its own. */
  stopLight(): void;
}

const HANDOVER_KEY = '__crosscheckHandover';
const FULL_KEY = '__crosscheckFull';
type Globals = Record<string, unknown>;

/** The handover of the small script running in this page, if any. */
export const currentHandover = (): Handover | undefined => (globalThis as Globals)[HANDOVER_KEY] as Handover | undefined;

/** Publishes the small script's handover. */
export const publishHandover = (handover: Handover): void => {
  (globalThis as Globals)[HANDOVER_KEY] = handover;
};

/**
 * The handover a small script shares with the other one in this page (the manifest's, and the one
 * for imported packs while it is registered): both run in the extension's isolated world, in either
 * order. The first publishes it; the second adds its own stop, so the full script stops both.
 */
export function joinHandover(stop: () => void): Handover {
  const existing = currentHandover();
  if (!existing) {
    const handover: Handover = { aboutStory: false, selectionPending: false, stopLight: stop };
    publishHandover(handover);
    return handover;
  }
  const before = existing.stopLight;
  existing.stopLight = () => {
    before();
    stop();
  };
  return existing;
}

/**
 * The context of the full script already running in this page, if any: a second injection (the small
 * script and the popup may both ask) finds it and does nothing. After an extension reload the old
 * one's context is no longer valid, and the new script starts (which stops the old one).
 */
export const runningFullScript = (): ScriptContext | undefined => (globalThis as Globals)[FULL_KEY] as ScriptContext | undefined;

export const publishFullScript = (ctx: ScriptContext): void => {
  (globalThis as Globals)[FULL_KEY] = ctx;
};
