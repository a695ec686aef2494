// What a downloaded file or an embed says about reuse, in one place. The
// wording follows the credits page (src/pages/credits.astro): our own work may
// be reused with credit; quoted report text stays its publishers'; the geodata
// keeps its own licenses. Change it here and every CSV, GeoJSON, image and
// oEmbed response follows.
import { site } from '../site/meta.ts';

export const TERMS =
  `Compiled by “${site.name}”: may be reused with credit to “${site.name}” and a link to the source page. ` +
  'Quoted report text remains © its publishers (DW and the agencies named).';

export const GEODATA_CREDIT =
  'Borders, governorates and rivers: Natural Earth (public domain). Town coordinates: GeoNames (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/).';

export const APPROXIMATE_NOTE =
  'Control areas are approximate: estimated from reports about individual towns, not surveyed lines.';
