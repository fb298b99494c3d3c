import { Lexer, type Token, type Tokens } from 'marked';
import type { ReactNode } from 'react';
import { decodeEntities, safeUrl } from './safe-url.js';

/*
 * Comments are Markdown written by people, shown to other people: rendering them must never run
 * anything they wrote. `marked` (a maintained, CommonMark + GFM parser) only splits the text into
 * tokens here; this file turns the tokens into React elements. No HTML string is ever built or
 * inserted (no `dangerouslySetInnerHTML`), so there is nothing to sanitise after the fact:
 * - raw HTML in a comment (`<script>`, `<img onerror>`, `<div>`) is shown as the text it is;
 * - links and images keep only http(s) and mailto addresses (no `javascript:`, `data:`…);
 * - React escapes every text and attribute it writes.
 */

const LEX_OPTIONS = { gfm: true, breaks: true } as const;

function blocks(tokens: readonly Token[]): ReactNode[] {
  return tokens.map((token, index) => block(token, index));
}

function inlines(tokens: readonly Token[] | undefined, fallback: string): ReactNode {
  return tokens ? tokens.map((token, index) => inline(token, index)) : decodeEntities(fallback);
}

function block(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'paragraph':
      return <p key={key}>{inlines(token.tokens, token.text)}</p>;
    case 'heading': {
      // Headings inside a comment sit below the page's own (the title is h2, sections h3).
      const Heading = `h${Math.min(6, (token as Tokens.Heading).depth + 3)}` as 'h4' | 'h5' | 'h6';
      return <Heading key={key}>{inlines(token.tokens, token.text)}</Heading>;
    }
    case 'code':
      return (
        <pre key={key}>
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote key={key}>{blocks((token as Tokens.Blockquote).tokens)}</blockquote>;
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item, index) => (
        <li key={index}>
          {item.task && <input type="checkbox" checked={item.checked === true} disabled readOnly aria-label={item.checked ? 'done' : 'not done'} />}
          {blocks(item.tokens)}
        </li>
      ));
      return list.ordered ? (
        <ol key={key} start={typeof list.start === 'number' && list.start !== 1 ? list.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'table': {
      const table = token as Tokens.Table;
      const cell = (cell: Tokens.TableCell, index: number, Tag: 'th' | 'td') => (
        <Tag key={index} style={cell.align ? { textAlign: cell.align } : undefined}>
          {inlines(cell.tokens, cell.text)}
        </Tag>
      );
      return (
        <table key={key}>
          <thead>
            <tr>{table.header.map((header, index) => cell(header, index, 'th'))}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>{row.map((data, column) => cell(data, column, 'td'))}</tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'hr':
      return <hr key={key} />;
    case 'html':
      // Raw HTML is not rendered: it is shown as the text that was written.
      return <p key={key}>{token.raw}</p>;
    case 'text':
      return <span key={key}>{inlines(token.tokens, token.text)}</span>;
    case 'space':
    case 'def':
      return null;
    default:
      return 'raw' in token && typeof token.raw === 'string' ? <p key={key}>{token.raw}</p> : null;
  }
}

function inline(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'text':
      return 'tokens' in token && token.tokens ? <span key={key}>{inlines(token.tokens, token.text)}</span> : decodeEntities(token.text);
    case 'escape':
      return token.text;
    case 'html':
      return token.raw;
    case 'strong':
      return <strong key={key}>{inlines(token.tokens, token.text)}</strong>;
    case 'em':
      return <em key={key}>{inlines(token.tokens, token.text)}</em>;
    case 'del':
      return <del key={key}>{inlines(token.tokens, token.text)}</del>;
    case 'codespan':
      return <code key={key}>{token.text}</code>;
    case 'br':
      return <br key={key} />;
    case 'link': {
      const link = token as Tokens.Link;
      const href = safeUrl(link.href);
      const content = inlines(link.tokens, link.text);
      return href ? (
        <a key={key} href={href} title={link.title ?? undefined} target="_blank" rel="noopener noreferrer nofollow ugc">
          {content}
        </a>
      ) : (
        <span key={key}>{content}</span>
      );
    }
    case 'image': {
      const image = token as Tokens.Image;
      const src = safeUrl(image.href, { images: true });
      return src ? <img key={key} src={src} alt={decodeEntities(image.text)} title={image.title ?? undefined} loading="lazy" referrerPolicy="no-referrer" /> : decodeEntities(image.text);
    }
    default:
      return 'raw' in token && typeof token.raw === 'string' ? token.raw : null;
  }
}

export interface SafeMarkdownProps {
  /** Markdown as a person wrote it. */
  source: string;
}

/** Markdown rendered as React elements: formatting and safe links only, never HTML or script. */
export function SafeMarkdown({ source }: SafeMarkdownProps) {
  return <div className="tk-markdown">{blocks(Lexer.lex(source, LEX_OPTIONS))}</div>;
}
