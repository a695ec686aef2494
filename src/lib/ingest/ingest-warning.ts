// Something an editor should check in a page that converted all the same: a
// cut-off last paragraph, a page pasted twice, a speaker missing from the
// registry, a language that had to be guessed. Printed as
// "<file>:<line>: warning: <what>", never fatal.

export interface IngestWarning {
  file: string;
  /** 1-based line the warning is about. */
  line: number;
  detail: string;
}

export function formatWarning(warning: IngestWarning): string {
  return `${warning.file}:${warning.line}: warning: ${warning.detail}`;
}
