/** Notes handlers: wired once the notes repository lands. */
export function createNoteHandlersForBackground() {
  return {};
}
