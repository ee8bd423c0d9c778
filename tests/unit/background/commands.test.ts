import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { COMMAND_MESSAGES, commandMessage } from '../../../entrypoints/background/commands';
import { tabMessages } from '../../../lib/messaging/tab-messages';

describe('keyboard shortcuts', () => {
  const manifest = typeof config.manifest === 'function' ? config.manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' } as never) : config.manifest;
  const commands = Object.keys((manifest as { commands: Record<string, unknown> }).commands);

  it('every shortcut in the manifest but the popup one is forwarded as a tab message the content script knows', () => {
    const forwarded = commands.filter((c) => c !== '_execute_action');
    expect(forwarded.sort()).toEqual(Object.keys(COMMAND_MESSAGES).sort());
    const messages = tabMessages();
    for (const command of forwarded) {
      const message = commandMessage(command)!;
      expect(Object.keys(messages)).toContain(message.type);
      expect(() => messages[message.type].request.parse(message.payload)).not.toThrow();
    }
  });

  it('unknown or inherited names are ignored', () => {
    expect(commandMessage('_execute_action')).toBeNull();
    expect(commandMessage('toString')).toBeNull();
    expect(commandMessage('')).toBeNull();
  });
});
