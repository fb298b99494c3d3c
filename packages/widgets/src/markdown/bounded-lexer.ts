import { Lexer, Tokenizer, type Links, type MarkedOptions, type Token, type Tokens } from 'marked';
import { MARKDOWN_LIMITS } from './limits.js';

// An email autolink can only start here: the library's own pattern is tried at every character
// and scans to the end of a run of word characters each time, which is quadratic in `a_b_a_b_…`.
// A local part is at most 64 characters (RFC 5321).
const AUTOLINK_START = /^(?:https?:\/\/|ftp:\/\/|www\.|mailto:|xmpp:|[A-Za-z0-9._+-]{1,64}@)/i;

/**
 * marked's tokenizer with its recursion bounded. marked parses a blockquote, a list item, an
 * emphasis, a strikethrough or a link by calling itself on the inside, so `'> '.repeat(5000)` or
 * `'*'.repeat(4999) + 'a' + '*'.repeat(4999)` exhausts the stack. Past the depth limit these
 * tokenizers decline, and the lexer reads the markers as text.
 */
class BoundedTokenizer extends Tokenizer {
  #blockDepth = 0;
  #inlineDepth = 0;

  #nestedBlock<T>(parse: () => T): T | undefined {
    if (this.#blockDepth >= MARKDOWN_LIMITS.blockNesting) return undefined;
    this.#blockDepth += 1;
    try {
      return parse();
    } finally {
      this.#blockDepth -= 1;
    }
  }

  #nestedInline<T>(parse: () => T): T | undefined {
    if (this.#inlineDepth >= MARKDOWN_LIMITS.inlineNesting) return undefined;
    this.#inlineDepth += 1;
    try {
      return parse();
    } finally {
      this.#inlineDepth -= 1;
    }
  }

  override blockquote(src: string): Tokens.Blockquote | undefined {
    return this.#nestedBlock(() => super.blockquote(src));
  }

  override list(src: string): Tokens.List | undefined {
    return this.#nestedBlock(() => super.list(src));
  }

  override emStrong(src: string, maskedSrc: string, prevChar?: string): Tokens.Em | Tokens.Strong | undefined {
    return this.#nestedInline(() => super.emStrong(src, maskedSrc, prevChar));
  }

  override del(src: string, maskedSrc: string, prevChar?: string): Tokens.Del | undefined {
    return this.#nestedInline(() => super.del(src, maskedSrc, prevChar));
  }

  override link(src: string): Tokens.Link | Tokens.Image | undefined {
    return this.#nestedInline(() => super.link(src));
  }

  override reflink(src: string, links: Links): Tokens.Link | Tokens.Image | Tokens.Text | undefined {
    return this.#nestedInline(() => super.reflink(src, links));
  }

  override url(src: string): Tokens.Link | undefined {
    return AUTOLINK_START.test(src) ? super.url(src) : undefined;
  }
}

/**
 * Where the text the lexer scans next may end: at the last space within `textRun` characters, or
 * there. The library's text pattern looks ahead for an email address from every character of a
 * run, so it is quadratic in the run's length; cutting at a space keeps words (and addresses) whole.
 */
function textRunEnd(src: string): number {
  const space = src.lastIndexOf(' ', MARKDOWN_LIMITS.textRun - 1);
  return space > 0 ? space : MARKDOWN_LIMITS.textRun - 1;
}

function options(): MarkedOptions {
  return {
    gfm: true,
    breaks: true,
    // A tokenizer holds the depth of one parse: a fresh one each time.
    tokenizer: new BoundedTokenizer(),
    extensions: { renderers: {}, childTokens: {}, startInline: [textRunEnd] },
  };
}

/** A comment's Markdown as tokens, in time and depth bounded by `MARKDOWN_LIMITS`. */
export function lexComment(source: string): Token[] {
  return Lexer.lex(source, options());
}
