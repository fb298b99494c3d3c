import { type ActionRefusal, formMessage } from './action-refusal.js';

/** A refusal's sentence under its form, announced; nothing when each part of it is already said beside its field. */
export function FormRefusal({ refusal, shownFields = [] }: { refusal: ActionRefusal | null; shownFields?: readonly string[] }) {
  const message = formMessage(refusal, shownFields);
  return (
    message !== null && (
      <p className="tk-error" role="alert">
        {message}
      </p>
    )
  );
}
