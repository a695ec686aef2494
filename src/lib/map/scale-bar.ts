// A scale bar of a "nice" length (1, 2 or 5 × 10ⁿ km) no longer than maxWidth
// pixels, for a map whose scale near its centre is pxPerKm. Projections we use
// are conformal or nearly so at Syria's size, so one bar is honest across the map.
export interface ScaleBar {
  km: number;
  width: number;
  label: string;
}

export function scaleBar(pxPerKm: number, maxWidth: number): ScaleBar {
  if (!(pxPerKm > 0) || !(maxWidth > 0)) throw new RangeError('scale bar needs positive pxPerKm and maxWidth');
  const maxKm = maxWidth / pxPerKm;
  const exponent = Math.floor(Math.log10(maxKm));
  let km = 10 ** exponent;
  for (const step of [5, 2, 1]) {
    const candidate = step * 10 ** exponent;
    if (candidate <= maxKm) { km = candidate; break; }
  }
  const rounded = Number(km.toPrecision(1));
  return { km: rounded, width: rounded * pxPerKm, label: `${rounded.toLocaleString('en-GB')} km` };
}
