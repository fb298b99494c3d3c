/**
 * How deeply elements matching `selector` sit inside each other below `root`. It uses nothing from
 * its module, so the bundle's browser tests hand it to Playwright's `evaluate`, which runs its
 * source in the page, and the jsdom tests call it directly: one count for both.
 */
export function nestingDepth(root: Element, selector: string): number {
  let deepest = 0;
  for (const element of root.querySelectorAll(selector)) {
    let depth = 0;
    for (let at: Element | null = element; at && at !== root; at = at.parentElement) if (at.matches(selector)) depth += 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
