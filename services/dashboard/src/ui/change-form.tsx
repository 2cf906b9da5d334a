import { type FormEvent, type ReactNode, useState } from 'react';
import { ErrorNotice } from './error-notice.js';
import { useServerError } from './server-error.js';

interface Props {
  summary: string;
  submit: () => Promise<unknown>;
  busy: boolean;
  error?: Error | undefined;
  done: string | null;
  /** Open from the start: for what the policy says is missing, so it is not overlooked. */
  open?: boolean;
  /** The button's words, when they are not the disclosure's ("Boka mötet" under "Registrera eller boka möte"). */
  submitLabel?: string;
  className?: string;
  children: ReactNode;
}

/** A change (to a consent, a family's meetings or follow-up), behind a disclosure so the page stays calm: opened, filled in, sent. */
export function ChangeForm({ summary, submit, busy, error, done, open = false, submitLabel, className, children }: Props) {
  // Kept by the component, so a re-render after the change does not fold the form away.
  const [expanded, setExpanded] = useState(open);
  const serverError = useServerError(error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The last refusal goes as the form is sent again: it never stands beside this attempt's problems.
    serverError.hide();
    void submit().catch(() => undefined);
  };
  return (
    <details className={className ? `change ${className}` : 'change'} open={expanded} onToggle={(e) => setExpanded(e.currentTarget.open)}>
      <summary>{summary}</summary>
      <form onSubmit={onSubmit} noValidate>
        {children}
        {serverError.shown && <ErrorNotice error={serverError.shown} />}
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel ?? summary}
        </button>
        {/* Always in the page, so what fills it is announced. */}
        <p role="status" className="done">
          {done}
        </p>
      </form>
    </details>
  );
}
