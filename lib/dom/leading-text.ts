/**
 * The first `size` or so characters of the text under `root` (whole text nodes, as `textContent`
 * has them, so the result is a prefix of `root.textContent`), read without touching the rest.
 */
export function leadingText(root: Node, size: number): string {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  while (length < size && walker.nextNode()) {
    const data = (walker.currentNode as Text).data;
    parts.push(data);
    length += data.length;
  }
  return parts.join('');
}
