// The data every map of a build draws from, loaded once per process, and the
// control areas of each date computed once (about half a second for all seven):
// a page with several maps, and the many pages of a build, share them.
import type { ControlGeometry } from '../geo/control-areas.ts';
import { controlMapAtDate, loadControlData, loadGeoData, withBaseline, type ControlData, type ControlMap, type GeoData } from '../geo/control-data.ts';

export interface MapData {
  /** The control data with the baseline observation of every mapped town. */
  control: ControlData;
  geo: GeoData;
  /** The date-independent part of the control areas (compartments and town cells). */
  geometry: ControlGeometry;
  /** Control areas, front lines and place states of a date (memoised). */
  controlMap(date: string): ControlMap;
}

/** Wraps already-loaded data with a per-date cache of its control maps. */
export function mapDataFrom(loaded: ControlData, geo: GeoData): MapData {
  const cache = new Map<string, ControlMap>();
  const { control, geometry } = withBaseline(loaded, geo);
  return {
    control,
    geo,
    geometry,
    controlMap(date) {
      let map = cache.get(date);
      if (!map) {
        map = controlMapAtDate(control, geometry, date);
        cache.set(date, map);
      }
      return map;
    },
  };
}

const loaded = new Map<string, MapData>();

/** The content under `root` (the project directory; the build runs there). Loaded and validated once per root. */
export function loadMapData(root: string = process.cwd()): MapData {
  let data = loaded.get(root);
  if (!data) {
    data = mapDataFrom(loadControlData(root), loadGeoData(root));
    loaded.set(root, data);
  }
  return data;
}
