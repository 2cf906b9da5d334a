import type { RunningSystem } from '@lotsen/local-stack';

/**
 * Waits until coordination's copy of custody is current or not, as its /health tells: the copy
 * follows the register's change notices, so the register going down or coming back is seen
 * moments later, not at the instant a test flips a fault.
 */
export async function registerCopyIs(system: RunningSystem, current: boolean): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const res = await fetch(`${system.subgraphs.coordination.url}/health`);
    const body = (await res.json()) as { degradable?: { registerCopy?: boolean } };
    if (body.degradable?.registerCopy === current) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`coordination's register copy did not become ${current ? 'current' : 'stale'} within 3 s`);
}
