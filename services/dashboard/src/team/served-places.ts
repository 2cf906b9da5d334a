const inWords = ['', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];

/**
 * Where a team works, short enough for parentheses after its name: its one municipality, or how
 * many it serves, and the region beside them (docs/tenancy.md). A team serving four municipalities
 * is never labelled with its home municipality alone, as if the others' families were not its own.
 */
export function servedPlaces(team: { municipality: string; municipalities?: readonly string[] | null; region?: string | null }): string {
  const served = team.municipalities?.length ? team.municipalities : [team.municipality];
  const places = served.length === 1 ? (served[0] as string) : `${inWords[served.length] ?? served.length} kommuner`;
  return team.region ? `${places} och regionen` : places;
}
