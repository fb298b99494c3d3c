// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field, WebLink } from '../src/widget/index.js';

afterEach(() => cleanup());

describe('Field', () => {
  it('labels its control and has it read the error, the help and any further sentence, in that order', () => {
    render(
      <>
        <Field label="Delegate’s user id" help="The number the directory gives them." error="Ben is not a Delegate." describedBy="why">
          {(control) => <input {...control} />}
        </Field>
        <p id="why">Only the assigned Delegate can hand it over.</p>
      </>,
    );
    const box = screen.getByRole('textbox', { name: 'Delegate’s user id' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Ben is not a Delegate. The number the directory gives them. Only the assigned Delegate can hand it over.');
    expect(screen.getByRole('alert')).toHaveTextContent('Ben is not a Delegate.');
  });

  it('leaves the control valid and undescribed when there is nothing to say', () => {
    render(<Field label="Note">{(control) => <textarea {...control} />}</Field>);
    const box = screen.getByRole('textbox', { name: 'Note' });
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).not.toHaveAttribute('aria-describedby');
  });
});

describe('WebLink', () => {
  it('links a web page, opened apart, and shows anything else as text only', () => {
    render(<WebLink address="https://example.org/passport.pdf" />);
    expect(screen.getByRole('link', { name: 'https://example.org/passport.pdf' })).toHaveAttribute('rel', expect.stringContaining('noopener'));
    cleanup();
    render(<WebLink address="javascript:alert(1)" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('javascript:alert(1) (not a web link; not opened)')).toBeInTheDocument();
  });
});
