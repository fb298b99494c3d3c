import { z } from 'zod';

export const COMMENT_BODY_MAX_LENGTH = 10_000;

/** A comment's Markdown text, trimmed so a comment of only blank lines counts as empty. */
export const CommentBody = z
  .string('A comment is text.')
  .trim()
  .min(1, 'A comment cannot be empty; write something before sending it.')
  .max(COMMENT_BODY_MAX_LENGTH, `A comment can be at most ${COMMENT_BODY_MAX_LENGTH.toLocaleString('en')} characters long; shorten it or split it into several comments.`);
