import { type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The field that gives statistics answers (docs/analysts.md): the only one the CSV export runs. */
export const statisticsField = 'statistics';

/** One field at an operation's root, as it will be answered: its name, and the key it answers under (its alias). */
export interface RootField {
  name: string;
  responseKey: string;
}

/**
 * The fields at the root of an operation, looking through fragment spreads and inline fragments
 * (`{ ...F }` with `fragment F on Query { caseload { … } }` asks for `caseload` as surely as
 * `{ caseload { … } }` does). A spread of a fragment the document does not define, or one met
 * again on its own path, adds nothing: such a document fails validation before anything runs.
 */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): RootField[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const walk = (set: SelectionSetNode, path: ReadonlySet<string>): RootField[] =>
    set.selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) return [{ name: s.name.value, responseKey: s.alias?.value ?? s.name.value }];
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet, path);
      const fragment = fragments.get(s.name.value);
      if (!fragment || path.has(s.name.value)) return [];
      return walk(fragment.selectionSet, new Set([...path, s.name.value]));
    });
  return walk(operation.selectionSet, new Set());
}

/** How many statistics answers an operation asks for: each `statistics` at its root, alias or not, is one. */
export function statisticsAnswers(document: DocumentNode, operation: OperationDefinitionNode): number {
  return new Set(
    rootFields(document, operation)
      .filter((f) => f.name === statisticsField)
      .map((f) => f.responseKey),
  ).size;
}

/** The operation a request runs: the one named, or the document's only one; null when that is not clear. */
export function chosenOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName) ?? null;
  return operations.length === 1 ? (operations[0] as OperationDefinitionNode) : null;
}
