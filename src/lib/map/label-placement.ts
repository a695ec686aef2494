// Greedy label placement: labels are placed in priority order, each at the
// first candidate position (right, left, above, below, diagonals) that neither
// overlaps an already placed label or marker nor leaves the frame. A label that
// fits nowhere is dropped rather than drawn over another (the town then still
// shows as a marker, and is in the table alternative). Deterministic: ties in
// priority are broken by id.

export interface LabelRequest {
  id: string;
  /** Anchor point in pixels (the town marker). */
  x: number;
  y: number;
  text: string;
  /** Higher is placed first. */
  priority: number;
  fontSize: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  /** Box occupied by the text, for tests and debugging. */
  box: Box;
}

export interface Box { x0: number; y0: number; x1: number; y1: number }

/** Average glyph advance of our UI sans-serif, as a fraction of the font size. */
const CHAR_WIDTH = 0.56;
const MARKER_RADIUS = 3;
const GAP = 4;

export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export interface PlacementOptions {
  /** Radius of the town markers, which labels keep clear of (default 3). */
  markerRadius?: number;
}

function candidates(l: LabelRequest, markerRadius: number): Array<Pick<PlacedLabel, 'x' | 'y' | 'anchor' | 'box'>> {
  const w = estimateTextWidth(l.text, l.fontSize);
  const h = l.fontSize;
  const d = markerRadius + GAP;
  // Text baseline sits at y; the box spans from y - 0.8h (ascent) to y + 0.2h.
  const at = (x: number, y: number, anchor: PlacedLabel['anchor']) => {
    const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { x, y, anchor, box: { x0, y0: y - 0.8 * h, x1: x0 + w, y1: y + 0.2 * h } };
  };
  const mid = l.y + 0.3 * h;
  return [
    at(l.x + d, mid, 'start'),
    at(l.x - d, mid, 'end'),
    at(l.x, l.y - d - 0.2 * h, 'middle'),
    at(l.x, l.y + d + 0.8 * h, 'middle'),
    at(l.x + d * 0.7, l.y - d * 0.7, 'start'),
    at(l.x + d * 0.7, l.y + d * 0.7 + 0.8 * h, 'start'),
    at(l.x - d * 0.7, l.y - d * 0.7, 'end'),
    at(l.x - d * 0.7, l.y + d * 0.7 + 0.8 * h, 'end'),
  ];
}

export function placeLabels(
  requests: readonly LabelRequest[],
  frame: { width: number; height: number },
  obstacles: readonly Box[] = [],
  options: PlacementOptions = {},
): PlacedLabel[] {
  const radius = options.markerRadius ?? MARKER_RADIUS;
  const markers: Box[] = requests.map((r) => ({
    x0: r.x - radius, y0: r.y - radius, x1: r.x + radius, y1: r.y + radius,
  }));
  const taken: Box[] = [...obstacles, ...markers];
  const ordered = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: PlacedLabel[] = [];
  for (const request of ordered) {
    const fit = candidates(request, radius).find(
      (c) =>
        c.box.x0 >= 0 && c.box.y0 >= 0 && c.box.x1 <= frame.width && c.box.y1 <= frame.height &&
        !taken.some((t) => overlaps(t, c.box)),
    );
    if (!fit) continue;
    taken.push(fit.box);
    placed.push({ id: request.id, text: request.text, fontSize: request.fontSize, ...fit });
  }
  return placed;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return overlaps(a, b);
}
