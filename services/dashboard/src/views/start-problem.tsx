/** What is shown when the app cannot start at all (no configuration): no session, no graph. */
export function StartProblem({ text }: { text: string }) {
  return (
    <main id="innehall" className="start">
      <h1>Lotsen</h1>
      <div className="notice notice-error" role="alert">
        <p>{text}</p>
      </div>
      <button type="button" onClick={() => window.location.reload()}>
        Ladda om sidan
      </button>
    </main>
  );
}
