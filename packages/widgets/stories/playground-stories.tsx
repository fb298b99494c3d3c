// Stories every plugin's playground tells alike (plugins/*/stories): its view while a change is on
// its way, the whole ticket page for a viewer the type has no view for, and for a viewer who may
// only read it. Beside the widgets'
// own stories, since they render the widgets' ticket page; not in src/, so no bundle holds them.
import type { AnyPlaygroundDefinition, PlaygroundProps } from '@tickets/plugin-kit/widget';
import { readOnlyTicketPageFor, ticketPageFor } from '@tickets/plugin-kit/widget/testing';
import { expect, type within } from 'storybook/test';
import { TicketPage } from '../src/components/TicketPage.js';

type Canvas = ReturnType<typeof within>;

/** A change to the ticket is on its way: nothing else can be sent meanwhile, so each of these buttons is greyed out. */
export function busyStory(buttons: readonly string[]) {
  return {
    args: { busy: true },
    play: async ({ canvas }: { canvas: Canvas }) => {
      for (const name of buttons) await expect(canvas.getByRole('button', { name })).toBeDisabled();
    },
  };
}

/**
 * The viewer of `args` (e.g. the requester) on the ticket page with this playground registered,
 * when the type has no view for their role: the page as usual (they may comment), no playground
 * region. `also` checks what else that viewer must not be offered.
 */
export function withoutPlaygroundStory<Metadata>(
  playground: AnyPlaygroundDefinition,
  args: Pick<PlaygroundProps<Metadata>, 'ticket' | 'metadata' | 'actions'>,
  also?: (canvas: Canvas) => Promise<void>,
) {
  return {
    args,
    render: (props: PlaygroundProps<Metadata>) => <TicketPage {...ticketPageFor(playground, props)} />,
    play: async ({ canvas, args: shown }: { canvas: Canvas; args: PlaygroundProps<Metadata> }) => {
      await expect(canvas.getByRole('form', { name: 'Add a comment' })).toBeVisible();
      await expect(canvas.queryByRole('region', { name: shown.ticket.typeTitle })).toBeNull();
      await also?.(canvas);
    },
  };
}

/**
 * A viewer who may read the ticket but not act on it — a site admin who has not joined it, a
 * stakeholder no longer active — on the ticket page with this playground registered: the page says
 * once that they can only read, and shows no playground and no comment form.
 */
export function readOnlyPageStory<Metadata>(playground: AnyPlaygroundDefinition, args?: Pick<PlaygroundProps<Metadata>, 'ticket' | 'metadata' | 'actions'>) {
  return {
    ...(args ? { args } : {}),
    render: (props: PlaygroundProps<Metadata>) => <TicketPage {...readOnlyTicketPageFor(playground, props)} />,
    play: async ({ canvas, args: shown }: { canvas: Canvas; args: PlaygroundProps<Metadata> }) => {
      await expect(canvas.getAllByText('You can read this ticket but not act on it.')).toHaveLength(1);
      await expect(canvas.queryByRole('region', { name: shown.ticket.typeTitle })).toBeNull();
      await expect(canvas.queryByRole('form', { name: 'Add a comment' })).toBeNull();
      await expect(canvas.getByRole('heading', { name: shown.ticket.title })).toBeVisible();
    },
  };
}
