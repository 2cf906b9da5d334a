/** A field's problem, under it, in words that say what to do. */
export function FieldProblem({ id, problem }: { id: string; problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p id={`${id}-problem`} className="field-problem">
      {problem}
    </p>
  );
}
