/** A keyboard shortcut as `browser.commands.getAll()` gives it; `shortcut` is empty when none is set. */
export type Command = { name?: string; description?: string; shortcut?: string };

/**
 * The key a command has now, or null. Why not the manifest's suggested keys: a reader may have
 * changed one at chrome://extensions/shortcuts, and the browser drops a suggestion that clashes with
 * another extension's, so the text a reader sees must come from the browser.
 */
export function shortcutOf(commands: readonly Command[], name: string): string | null {
  const key = commands.find((c) => c.name === name)?.shortcut?.trim();
  return key ? key : null;
}
