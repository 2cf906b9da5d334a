import { type FormEvent, type ReactNode, useState } from 'react';
import { ErrorNotice } from '../../ui/error-notice.js';

interface Props {
  summary: string;
  submit: () => Promise<unknown>;
  busy: boolean;
  error?: Error | undefined;
  done: string | null;
  /** Open from the start: for what the policy says is missing, so it is not overlooked. */
  open?: boolean;
  children: ReactNode;
}

/** A change to a consent, behind a disclosure so the page stays calm: opened, filled in, sent. */
export function ChangeForm({ summary, submit, busy, error, done, open = false, children }: Props) {
  // Kept by the component, so a re-render after the change does not fold the form away.
  const [expanded, setExpanded] = useState(open);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit().catch(() => undefined);
  };
  return (
    <details className="change" open={expanded} onToggle={(e) => setExpanded(e.currentTarget.open)}>
      <summary>{summary}</summary>
      <form onSubmit={onSubmit} noValidate>
        {children}
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="primary" disabled={busy}>
          {summary}
        </button>
        {done && (
          <p role="status" className="done">
            {done}
          </p>
        )}
      </form>
    </details>
  );
}
