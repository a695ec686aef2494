// A user mistake in an input file (empty, binary, missing title, unknown date
// format…). The CLI prints `message` alone, "<file>:<line>: <what is wrong>",
// never a stack trace: anything that is not an IngestError is a bug.

export class IngestError extends Error {
  readonly file: string;
  /** 1-based line, or undefined when the problem is not on one line (a JSON registry field). */
  readonly line: number | undefined;
  readonly detail: string;

  constructor(file: string, line: number | undefined, detail: string) {
    super(line === undefined ? `${file}: ${detail}` : `${file}:${line}: ${detail}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}

/** Two inputs whose titles give the same slug: both would write the same files. */
export function repeatedSlug(file: string, titleLine: number, slug: string, other: string): IngestError {
  return new IngestError(file, titleLine, `slug "${slug}" is also the slug of ${other}: titles must differ`);
}

/** Every problem found in one run: the run writes nothing when there is any. */
export class IngestFailure extends Error {
  readonly errors: readonly IngestError[];

  constructor(errors: readonly IngestError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'IngestFailure';
    this.errors = errors;
  }
}
