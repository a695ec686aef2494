// Geodata credits are read from the headers of the generated files in
// content/geo/ (written by `npm run geodata`), so the credits page always names
// the packages, versions and licenses the build actually used.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const headerSchema = z.object({
  generated: z.object({
    note: z.string(),
    sources: z.array(z.object({ package: z.string(), version: z.string(), license: z.string(), data: z.string() })),
  }),
});

export interface GeodataCredit {
  file: string;
  note: string;
  sources: z.infer<typeof headerSchema>['generated']['sources'];
}

export function readGeodataCredits(root: string): GeodataCredit[] {
  const dir = path.join(root, 'content/geo');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const parsed = headerSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      // Hand-written files (highways.json) carry their sources per entry instead.
      return parsed.success ? [{ file: `content/geo/${file}`, ...parsed.data.generated }] : [];
    });
}
