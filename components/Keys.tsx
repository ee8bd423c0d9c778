/** "Alt+Shift+H" → its keys, each in a <kbd>. */
export function Keys({ shortcut }: { shortcut: string }) {
  const keys = shortcut.split('+');
  return (
    <>
      {keys.map((k, i) => (
        <span key={i}>
          {i > 0 && '+'}
          <kbd>{k}</kbd>
        </span>
      ))}
    </>
  );
}
