import { describe, expect, it } from 'vitest';
import { shortcutOf } from '../../../lib/reader/shortcuts';

describe('shortcutOf: the key a reader has for a command now', () => {
  const commands = [
    { name: '_execute_action', shortcut: 'Alt+Shift+C' },
    { name: 'toggle-highlights', shortcut: 'Ctrl+Shift+Y' },
    { name: 'add-note', shortcut: '' },
  ];
  it('gives the key the browser reports, not the manifest suggestion', () => {
    expect(shortcutOf(commands, 'toggle-highlights')).toBe('Ctrl+Shift+Y');
  });
  it('is null for a command whose key was removed or never assigned', () => {
    expect(shortcutOf(commands, 'add-note')).toBeNull();
    expect(shortcutOf(commands, 'next-flagged')).toBeNull();
    expect(shortcutOf([], 'add-note')).toBeNull();
  });
});
