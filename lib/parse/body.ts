// The extent of one section's body: the siblings after its heading, up to the next heading.

/** Elements between `block` and `next` (exclusive) on the same level of the tree. */
export function bodyBlocks(block: Element, next: Element | undefined): Element[] {
  const blocks: Element[] = [];
  for (let node = block.nextSibling; node; node = node.nextSibling) {
    if (node === next) break;
    if (node.nodeType !== 1) continue;
    if (next && (node as Element).contains(next)) break;
    blocks.push(node as Element);
  }
  return blocks;
}
