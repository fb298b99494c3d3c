import { z } from 'zod';

/** HS256 wants a key at least as long as its hash: 256 bits. */
export const MIN_TOKEN_SECRET_BYTES = 32;
/** Fewer different characters than this is a pattern someone typed, not a random secret. */
const MIN_DISTINCT_CHARACTERS = 8;

/**
 * The host site's HS256 secret, refused at start-up unless it could be random: at least 32 bytes,
 * no surrounding whitespace (a copy-paste accident, and the host site would sign with another
 * secret), and not one character or a short pattern repeated (32 spaces, "aaaa…", "abab…") —
 * those are guessed in no time, and whoever guesses it signs tokens for any user.
 */
export const TokenSecret = z
  .string()
  .refine(
    (secret) => Buffer.byteLength(secret, 'utf8') >= MIN_TOKEN_SECRET_BYTES,
    `TOKEN_SECRET must be at least ${MIN_TOKEN_SECRET_BYTES} bytes long: make one with \`openssl rand -base64 32\`.`,
  )
  .refine((secret) => secret.trim() === secret, 'TOKEN_SECRET must not start or end with whitespace (check how it was copied).')
  .refine(
    (secret) => new Set(secret).size >= MIN_DISTINCT_CHARACTERS,
    `TOKEN_SECRET must be random, not one character or a short pattern repeated (it has fewer than ${MIN_DISTINCT_CHARACTERS} different characters): make one with \`openssl rand -base64 32\`.`,
  );
