// The corrections log (content/corrections.json): every change to a published
// fact, map observation or text of ours, with its date and reason. Journalism
// corrects in the open; this is where readers see it.
import { z } from 'zod';

export const correctionSchema = z.object({
  /** ISO date the correction was published. */
  date: z.iso.date(),
  /** Site path of the page corrected, e.g. "/maps/". */
  page: z.string().startsWith('/'),
  /** What was wrong, in plain words. */
  was: z.string().min(1),
  /** What it says now, and on what source. */
  now: z.string().min(1),
});

export const correctionsFileSchema = z.array(correctionSchema);
export type Correction = z.infer<typeof correctionSchema>;
