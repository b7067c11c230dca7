/**
 * Thrown when a document's data cannot be issued as it is (a missing field, a total that is not
 * the sum of its parts, an invalid ID number). `path` names the field, as validation errors do
 * elsewhere; the message never repeats a personal value, so it is safe to log.
 */
export class DocumentDataError extends Error {
  override name = 'DocumentDataError';

  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}
