// A problem in the explainers' inputs (a knowledge file, an article file, a
// registry): the command line prints the message alone, naming the file and
// the field, never a stack trace.
export class ExplainError extends Error {
  override name = 'ExplainError';
}

/** Zod issues as "file: path.to.field: message" lines. */
export function describeIssues(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./u, '');
      return `${file}: ${where || '(top level)'}: ${issue.message}`;
    })
    .join('\n');
}
