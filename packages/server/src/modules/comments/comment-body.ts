import { z } from 'zod';

export const COMMENT_BODY_MAX_LENGTH = 10_000;

/** What the comment schema says of the body (the API says them in the reader's language by these words). */
export const COMMENT_MESSAGES = {
  notText: 'A comment is text.',
  empty: 'A comment cannot be empty; write something before sending it.',
  tooLong: `A comment can be at most ${COMMENT_BODY_MAX_LENGTH.toLocaleString('en')} characters long; shorten it or split it into several comments.`,
} as const;

/** A comment's Markdown text, trimmed so a comment of only blank lines counts as empty. */
export const CommentBody = z
  .string(COMMENT_MESSAGES.notText)
  .trim()
  .min(1, COMMENT_MESSAGES.empty)
  .max(COMMENT_BODY_MAX_LENGTH, COMMENT_MESSAGES.tooLong);
