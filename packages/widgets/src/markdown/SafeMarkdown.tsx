import type { Token, Tokens } from 'marked';
import { useMemo, type ReactNode } from 'react';
import { useWidgetsMessages } from '../i18n/use-widgets-messages.js';
import { lexComment } from './bounded-lexer.js';
import { imageAllowed, type ImageHosts } from './image-hosts.js';
import { useImageHosts } from './ImageHostsContext.js';
import { MARKDOWN_LIMITS } from './limits.js';
import { decodeEntities, safeUrl } from './safe-url.js';
import { tokenCost } from './token-cost.js';

/*
 * Comments are Markdown written by people, shown to other people: rendering them must never run
 * anything they wrote. `marked` (a maintained, CommonMark + GFM parser) only splits the text into
 * tokens here; this file turns the tokens into React elements. No HTML string is ever built or
 * inserted (no `dangerouslySetInnerHTML`), so there is nothing to sanitise after the fact:
 * - raw HTML in a comment (`<script>`, `<img onerror>`, `<div>`) is shown as the text it is;
 * - links keep only http(s) and mailto addresses and paths from `/` (no `javascript:`, `data:`…);
 * - images load only from the hosts the site allows (`ImageHostsProvider`); others are links;
 * - React escapes every text and attribute it writes.
 * And it must stay cheap whatever is written: the parse is bounded (`bounded-lexer.ts`) and so is
 * the number of elements (`MARKDOWN_LIMITS.renderedNodes`).
 */

interface RenderContext {
  imageHosts: ImageHosts;
  /** Inside a link, where another link would be invalid HTML. */
  inLink: boolean;
  /** What a task's checkbox is called, done or not, in the reader's language. */
  taskLabel(checked: boolean): string;
}

const LINK_REL = 'noopener noreferrer nofollow ugc';

function blocks(tokens: readonly Token[], context: RenderContext): ReactNode[] {
  return tokens.map((token, index) => block(token, index, context));
}

function inlines(tokens: readonly Token[] | undefined, fallback: string, context: RenderContext): ReactNode {
  return tokens ? tokens.map((token, index) => inline(token, index, context)) : decodeEntities(fallback);
}

function block(token: Token, key: number, context: RenderContext): ReactNode {
  switch (token.type) {
    case 'paragraph':
      return <p key={key}>{inlines(token.tokens, token.text, context)}</p>;
    case 'heading': {
      // Headings inside a comment sit below the page's own (the title is h2, sections h3); their
      // size follows the Markdown level (data-level), as people know it from GitHub, not the tag.
      const { depth } = token as Tokens.Heading;
      const Heading = `h${Math.min(6, depth + 3)}` as 'h4' | 'h5' | 'h6';
      return (
        <Heading key={key} data-level={depth}>
          {inlines(token.tokens, token.text, context)}
        </Heading>
      );
    }
    case 'code':
      return (
        <pre key={key}>
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote key={key}>{blocks((token as Tokens.Blockquote).tokens, context)}</blockquote>;
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item, index) => (
        <li key={index} className={item.task ? 'tk-task' : undefined}>
          {blocks(item.tokens, context)}
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
          {inlines(cell.tokens, cell.text, context)}
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
    case 'checkbox': {
      // A task list item's box (GitHub-flavoured "- [x] …"): read-only, named for screen readers.
      const checked = (token as Tokens.Checkbox).checked;
      return <input key={key} type="checkbox" checked={checked} disabled readOnly aria-label={context.taskLabel(checked)} />;
    }
    case 'hr':
      return <hr key={key} />;
    case 'html':
      // Raw HTML is not rendered: it is shown as the text that was written.
      return <p key={key}>{token.raw}</p>;
    case 'text':
      return <span key={key}>{inlines(token.tokens, token.text, context)}</span>;
    case 'space':
    case 'def':
      return null;
    default:
      return 'raw' in token && typeof token.raw === 'string' ? <p key={key}>{token.raw}</p> : null;
  }
}

function inline(token: Token, key: number, context: RenderContext): ReactNode {
  switch (token.type) {
    case 'checkbox': {
      // In a loose task list the box comes inside the item's paragraph.
      const checked = (token as Tokens.Checkbox).checked;
      return <input key={key} type="checkbox" checked={checked} disabled readOnly aria-label={context.taskLabel(checked)} />;
    }
    case 'text':
      return 'tokens' in token && token.tokens ? <span key={key}>{inlines(token.tokens, token.text, context)}</span> : decodeEntities(token.text);
    case 'escape':
      return token.text;
    case 'html':
      return token.raw;
    case 'strong':
      return <strong key={key}>{inlines(token.tokens, token.text, context)}</strong>;
    case 'em':
      return <em key={key}>{inlines(token.tokens, token.text, context)}</em>;
    case 'del':
      return <del key={key}>{inlines(token.tokens, token.text, context)}</del>;
    case 'codespan':
      return <code key={key}>{token.text}</code>;
    case 'br':
      return <br key={key} />;
    case 'link': {
      const link = token as Tokens.Link;
      const href = context.inLink ? null : safeUrl(link.href);
      const content = inlines(link.tokens, link.text, { ...context, inLink: context.inLink || href !== null });
      return href ? (
        <a key={key} href={href} title={link.title ?? undefined} target="_blank" rel={LINK_REL}>
          {content}
        </a>
      ) : (
        <span key={key}>{content}</span>
      );
    }
    case 'image':
      return image(token as Tokens.Image, key, context);
    default:
      return 'raw' in token && typeof token.raw === 'string' ? token.raw : null;
  }
}

/**
 * An image from an allowed host is loaded; any other one (it would tell its host who opened the
 * ticket, and when) is a link that says it is an image, or, inside a link, its words.
 */
function image(token: Tokens.Image, key: number, context: RenderContext): ReactNode {
  const alt = decodeEntities(token.text);
  const src = safeUrl(token.href, { images: true });
  if (src && imageAllowed(src, context.imageHosts)) {
    return <img key={key} src={src} alt={alt} title={token.title ?? undefined} loading="lazy" referrerPolicy="no-referrer" />;
  }
  const href = safeUrl(token.href);
  let host = '';
  try {
    host = href ? new URL(href).host : '';
  } catch {
    // A path on this site: no host to name.
  }
  const words = `Image: ${alt || 'no description'}${host ? ` (${host})` : ''}`;
  if (!href || context.inLink) return words;
  return (
    <a key={key} href={href} title={token.title ?? undefined} target="_blank" rel={LINK_REL} className="tk-image-link">
      {words}
    </a>
  );
}

/**
 * The comment's blocks, as long as their elements fit in `MARKDOWN_LIMITS.renderedNodes`: from the
 * first block that would not, the rest is the plain text it was written as, in one element.
 */
function boundedBlocks(tokens: readonly Token[], context: RenderContext): ReactNode[] {
  const rendered: ReactNode[] = [];
  let budget: number = MARKDOWN_LIMITS.renderedNodes;
  for (const [index, token] of tokens.entries()) {
    const cost = tokenCost([token], budget);
    if (cost > budget) {
      rendered.push(
        <p key={index} className="tk-markdown-plain">
          {tokens
            .slice(index)
            .map((rest) => rest.raw)
            .join('')
            .replace(/^\n+|\n+$/g, '')}
        </p>,
      );
      break;
    }
    budget -= cost;
    rendered.push(block(token, index, context));
  }
  return rendered;
}

export interface SafeMarkdownProps {
  /** Markdown as a person wrote it. */
  source: string;
}

/** Markdown rendered as React elements: formatting and safe links only, never HTML or script. */
export function SafeMarkdown({ source }: SafeMarkdownProps) {
  const imageHosts = useImageHosts();
  const { t } = useWidgetsMessages();
  // Parsing is the costly part; a re-render (a new timeline page, a status change) reuses it.
  const tokens = useMemo(() => lexComment(source), [source]);
  const taskLabel = (checked: boolean) => (checked ? t('markdown.taskDone') : t('markdown.taskOpen'));
  return <div className="tk-markdown">{boundedBlocks(tokens, { imageHosts, inLink: false, taskLabel })}</div>;
}
