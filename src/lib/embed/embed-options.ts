// What an Embed/Download box (src/components/embed/EmbedTools.astro) offers.
import type { EmbedRef } from './embed-routes.ts';

export interface DownloadLink {
  label: string;
  /** Site path; with DATE_PLACEHOLDER where the file follows the date shown. */
  path: string;
}

export interface EmbedOption {
  ref: EmbedRef;
  /** Label above the code: "Code: the latest map, updated with the site". */
  label: string;
  iframeTitle: string;
  height: number;
  /** The same option for the date a stepper shows: a ref with DATE_PLACEHOLDER, a title with "{long}" for the long date. */
  dated?: { ref: EmbedRef; iframeTitle: string };
}
