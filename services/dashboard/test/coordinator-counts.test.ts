import { describe, expect, it } from 'vitest';
import { coordinatorCounts } from '../src/team/coordinator-counts.js';

const c = (n: number) => ({ username: `koordinator${n}`, name: `Koordinator ${n}` });

describe("the team page's coordinators", () => {
  it('lists every coordinator of the team, one with no family as 0, in natural order', () => {
    const families = [{ coordinators: [c(10)] }, { coordinators: [c(10)] }, { coordinators: [c(2)] }];
    expect(coordinatorCounts([c(10), c(2), c(5)], families)).toEqual([
      { ...c(2), families: 1 },
      { ...c(5), families: 0 },
      { ...c(10), families: 2 },
    ]);
  });

  it('also counts a coordinator the families name whom the team list lacks', () => {
    expect(coordinatorCounts([], [{ coordinators: [c(3)] }])).toEqual([{ ...c(3), families: 1 }]);
  });
});
