// A problem in the explainers' inputs (a knowledge file, an article file, a
// registry): the command line prints the message alone, naming the file and
// the field, never a stack trace.
export class ExplainError extends Error {
  override name = 'ExplainError';
}
