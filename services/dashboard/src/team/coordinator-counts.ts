export interface Coordinator {
  username: string;
  name: string;
}

/**
 * The team's coordinators with how many of the team's families each pilots: every coordinator
 * the team has (one with no family yet counts 0), and anyone the families name besides; in
 * natural order (Koordinator 2 before Koordinator 10).
 */
export function coordinatorCounts<C extends Coordinator>(teamCoordinators: readonly C[], families: ReadonlyArray<{ coordinators: readonly C[] }>): Array<Coordinator & { families: number }> {
  const byName = new Map<string, Coordinator & { families: number }>();
  for (const c of teamCoordinators) byName.set(c.username, { username: c.username, name: c.name, families: 0 });
  for (const family of families) {
    for (const c of family.coordinators) byName.set(c.username, { username: c.username, name: c.name, families: (byName.get(c.username)?.families ?? 0) + 1 });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv', { numeric: true }) || a.username.localeCompare(b.username, 'sv', { numeric: true }));
}
