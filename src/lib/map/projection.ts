// The projection of every map: a transverse Mercator centred on what the map
// shows. It is conformal (shapes and angles of towns, roads and front lines are
// kept) and its scale error is under 0.1% within 300 km of the centre, so one
// scale bar holds across any of our views. Scale and translation always come
// from fitExtent on the data, never from hard-coded numbers.
import { geoBounds, geoDistance, geoTransverseMercator, type GeoProjection } from 'd3';
import type { GeoJSON } from 'geojson';

export interface Frame {
  width: number;
  height: number;
  /** Empty margin kept around the fitted data, in pixels. */
  padding: number;
}

export function fitProjection(focus: GeoJSON, frame: Frame): GeoProjection {
  const [[west, south], [east, north]] = geoBounds(focus as Parameters<typeof geoBounds>[0]);
  const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  return geoTransverseMercator()
    .rotate([-centre[0], -centre[1]])
    .fitExtent(
      [
        [frame.padding, frame.padding],
        [frame.width - frame.padding, frame.height - frame.padding],
      ],
      focus as Parameters<GeoProjection['fitExtent']>[1],
    );
}

/** Pixels per kilometre at the centre of the frame (mean Earth radius 6,371 km). */
export function pixelsPerKm(projection: GeoProjection, frame: Frame): number {
  const cx = frame.width / 2;
  const cy = frame.height / 2;
  const a = projection.invert?.([cx - 50, cy]);
  const b = projection.invert?.([cx + 50, cy]);
  if (!a || !b) throw new Error('projection is not invertible');
  return 100 / (geoDistance(a, b) * 6371);
}
