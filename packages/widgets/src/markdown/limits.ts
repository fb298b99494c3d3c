/**
 * How much of a comment's Markdown is rendered as structure. A comment is up to 10,000 characters
 * written by anyone and rendered in every staff browser that opens the ticket, so its cost must
 * not grow with how cleverly it is nested. Past these limits the text is shown as written.
 */
export const MARKDOWN_LIMITS = {
  /** Blockquotes and lists inside each other; a deeper `>` or `-` is shown as text. */
  blockNesting: 8,
  /** Emphasis, strikethrough and links inside each other; deeper markers are shown as text. */
  inlineNesting: 8,
  /** Rendered elements per comment; from the block that would pass it, the rest is plain text. */
  renderedNodes: 2_000,
  /** Characters of plain text the parser scans at once (its autolink lookahead is quadratic in a run without spaces). */
  textRun: 256,
} as const;
