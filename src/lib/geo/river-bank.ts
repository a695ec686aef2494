// One bank of a river as a polygon, so that a river can be a line the control
// areas do not cross. Natural Earth draws a river as several pieces (broken at
// lakes: the Euphrates at Lake Assad); they are chained end to end, a gap
// bridged by a straight line, then the bank's side is closed far from the
// river, outside the map: the polygon is only ever used clipped to the country.
import type { Position } from 'geojson';

/** Pieces of a river chained from source to mouth: each next piece starts nearest to where the last one ended. */
export function chainRiver(pieces: readonly (readonly Position[])[]): Position[] {
  if (pieces.length === 0) throw new Error('chainRiver: the river has no line');
  const rest = pieces.map((p) => [...p]);
  // The first piece is the one whose start lies farthest from every other
  // piece's end (a piece after a gap, such as a lake, starts near one).
  const d = (a: Position, b: Position) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
  const isolation = (p: Position[]) => Math.min(Infinity, ...rest.filter((q) => q !== p).map((q) => d(q[q.length - 1]!, p[0]!)));
  let startIndex = 0;
  rest.forEach((p, i) => {
    if (isolation(p) > isolation(rest[startIndex]!)) startIndex = i;
  });
  const chain: Position[] = [...rest.splice(startIndex, 1)[0]!];
  while (rest.length > 0) {
    const end = chain[chain.length - 1]!;
    let best = 0;
    for (let i = 1; i < rest.length; i++) if (d(rest[i]![0]!, end) < d(rest[best]![0]!, end)) best = i;
    const next = rest.splice(best, 1)[0]!;
    chain.push(...(d(next[0]!, end) < 1e-9 ? next.slice(1) : next));
  }
  return chain;
}

/**
 * A ring covering one bank of a river that flows from `chain[0]` to its last
 * point: the river, then around a frame `reach` degrees beyond the river's
 * bounding box on that bank's side. Left is the left bank looking downstream.
 */
export function riverBankRing(chain: readonly Position[], bank: 'left' | 'right', reach = 20): Position[] {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  // Walk downstream, then leave the mouth straight ahead and come back round
  // the far side of the bank to the source: the ring turns left (counter-
  // clockwise) for the left bank and right (clockwise) for the right bank.
  const dx = last[0]! - first[0]!;
  const dy = last[1]! - first[1]!;
  const len = Math.hypot(dx, dy);
  const [ux, uy] = [dx / len, dy / len];
  const [lx, ly] = bank === 'left' ? [-uy, ux] : [uy, -ux];
  const ahead: Position = [last[0]! + ux * reach, last[1]! + uy * reach];
  const behind: Position = [first[0]! - ux * reach, first[1]! - uy * reach];
  return [
    ...chain.map((p) => [p[0]!, p[1]!]),
    ahead,
    [ahead[0]! + lx * reach, ahead[1]! + ly * reach],
    [behind[0]! + lx * reach, behind[1]! + ly * reach],
    behind,
    [first[0]!, first[1]!],
  ];
}
