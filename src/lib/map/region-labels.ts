// Where to write the name of a region (a neighbouring country, the sea) that
// is only partly inside the map frame: at the point of its visible part that
// is farthest from its edges and from the frame's edges, provided the whole
// label fits inside the region there. Found on a coarse grid of the frame
// (cheap, and the same every time): a region too small for its name gets no label.
import type { GeoProjection } from 'd3';
import type { MultiPolygon, Polygon } from 'geojson';
import { planarContains, polygonsOf } from '../geo/planar-contains.ts';
import type { Box } from './label-placement.ts';

export interface RegionLabelRequest {
  id: string;
  text: string;
  /** The region; null means "outside every landmark" (the sea). */
  geometry: Polygon | MultiPolygon | null;
}

export interface RegionLabel {
  id: string;
  text: string;
  /** Centre of the label (text-anchor middle, baseline at y + 0.35·fontSize). */
  x: number;
  y: number;
  box: Box;
}

const CELL = 8;

export function placeRegionLabels(
  requests: readonly RegionLabelRequest[],
  projection: GeoProjection,
  frame: { width: number; height: number },
  measure: (text: string) => { width: number; height: number },
  landmarks: readonly (Polygon | MultiPolygon)[] = [],
): RegionLabel[] {
  const cols = Math.floor(frame.width / CELL);
  const rows = Math.floor(frame.height / CELL);
  const centres: ([number, number] | null)[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const ll = projection.invert?.([(c + 0.5) * CELL, (r + 0.5) * CELL]);
      centres.push(ll ? [ll[0], ll[1]] : null);
    }
  }
  const inside = (geometry: Polygon | MultiPolygon): boolean[] => {
    const contains = planarContains(polygonsOf(geometry));
    return centres.map((p) => p !== null && contains(p));
  };
  const land = landmarks.length > 0 ? landmarks.map(inside) : [];
  const labels: RegionLabel[] = [];
  for (const request of requests) {
    const mask = request.geometry ? inside(request.geometry) : centres.map((p, i) => p !== null && !land.some((m) => m[i]));
    // Chessboard distance (in cells) from each cell to the nearest cell outside the region or the frame.
    const dist = mask.map((m) => (m ? Infinity : 0));
    const at = (r: number, c: number) => (r < 0 || c < 0 || r >= rows || c >= cols ? 0 : dist[r * cols + c]!);
    for (let pass = 0; pass < 2; pass++) {
      const order = pass === 0 ? [...dist.keys()] : [...dist.keys()].reverse();
      for (const i of order) {
        if (dist[i] === 0) continue;
        const r = Math.floor(i / cols);
        const c = i % cols;
        const neighbours = pass === 0 ? [at(r - 1, c - 1), at(r - 1, c), at(r - 1, c + 1), at(r, c - 1)] : [at(r + 1, c + 1), at(r + 1, c), at(r + 1, c - 1), at(r, c + 1)];
        dist[i] = Math.min(dist[i]!, 1 + Math.min(...neighbours));
      }
    }
    const { width, height } = measure(request.text);
    // Deepest first; among equally deep cells, the one nearest the middle of the visible region.
    const cells = [...dist.keys()].filter((i) => dist[i]! > 0);
    const mx = cells.reduce((sum, i) => sum + (i % cols), 0) / (cells.length || 1);
    const my = cells.reduce((sum, i) => sum + Math.floor(i / cols), 0) / (cells.length || 1);
    const offCentre = (i: number) => Math.hypot((i % cols) - mx, Math.floor(i / cols) - my);
    const candidates = cells.sort((a, b) => dist[b]! - dist[a]! || offCentre(a) - offCentre(b) || a - b);
    for (const i of candidates) {
      const x = ((i % cols) + 0.5) * CELL;
      const y = (Math.floor(i / cols) + 0.5) * CELL;
      const box: Box = { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > frame.width || box.y1 > frame.height) continue;
      let fits = true;
      for (let r = Math.floor(box.y0 / CELL); fits && r <= Math.min(rows - 1, Math.floor(box.y1 / CELL)); r++) {
        for (let c = Math.floor(box.x0 / CELL); c <= Math.min(cols - 1, Math.floor(box.x1 / CELL)); c++) {
          if (!mask[r * cols + c]) {
            fits = false;
            break;
          }
        }
      }
      if (!fits) continue;
      labels.push({ id: request.id, text: request.text, x, y, box });
      break;
    }
  }
  return labels;
}
