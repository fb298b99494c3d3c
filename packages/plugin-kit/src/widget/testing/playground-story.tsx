import type { ReactNode } from 'react';
import type { PlaygroundProps, PlaygroundTicket, PlaygroundView } from '../playground.js';

/** The playground's place on the ticket page: under the ticket's title, in a region named for its type, inside the widgets' styles. */
export function PlaygroundFrame({ ticket, children }: { ticket: PlaygroundTicket; children: ReactNode }) {
  return (
    <div className="tk-page">
      <h2 className="tk-title">{ticket.title}</h2>
      <section className="tk-section tk-playground" aria-label={ticket.typeTitle}>
        {children}
      </section>
    </div>
  );
}

/**
 * The body of a playground view's Storybook `meta`: the view, its props, and a render that frames
 * it as the ticket page does. `const meta = { title: 'Plugins/…', ...playgroundStory(View, args) } satisfies Meta<typeof View>;`
 */
export function playgroundStory<Metadata>(View: PlaygroundView<Metadata>, args: Omit<PlaygroundProps<Metadata>, 'busy'> & { busy?: boolean }) {
  return {
    component: View,
    args: { busy: false, ...args },
    render: (props: PlaygroundProps<Metadata>) => (
      <PlaygroundFrame ticket={props.ticket}>
        <View {...props} />
      </PlaygroundFrame>
    ),
  };
}
