import type { $ZodType } from 'zod/v4/core';
import type { MessageDef } from './protocol';
import type { Handlers, Sender } from './router';

type AnyDef = MessageDef<$ZodType, $ZodType>;

/**
 * True for a message from one of the extension's own documents (popup, options, the note frame
 * inside a page), judged by the sending document's address, which the browser fills in. A content
 * script's document is the web page; the note frame's is the extension's even inside that page's tab.
 * `origin` is `runtime.getURL('/')`.
 */
export const fromExtensionPage =
  (origin: string) =>
  (sender: Sender): boolean =>
    !!sender.frameUrl && sender.frameUrl.startsWith(origin);

/**
 * Wraps `handlers` so the listed message types are answered only for senders `allowed` accepts; any
 * other sender gets an error naming the message, and the handler never runs.
 */
export function onlyFrom<Defs extends Record<string, AnyDef>>(
  handlers: Handlers<Defs>,
  types: readonly (keyof Defs & string)[],
  allowed: (sender: Sender) => boolean,
): Handlers<Defs> {
  const gated = { ...handlers };
  for (const type of types) {
    const handler = handlers[type];
    gated[type] = ((payload, sender) => {
      if (!allowed(sender)) throw new Error(`"${type}" is answered for Crosscheck's own pages only`);
      return handler(payload, sender);
    }) as Handlers<Defs>[typeof type];
  }
  return gated;
}
