// A version for published map data: the first 12 hex digits of the SHA-256 of
// what the file says (areas, states, sources), so that a reader holding two
// downloads can tell whether the data behind them differ, and a newsroom can
// cite the exact version it used. The date the data last changed is kept by
// hand in content/control/dates.json (`changed`), with each change to an
// already published day logged in content/corrections.json.
import { createHash } from 'node:crypto';

export function dataVersion(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 12);
}
