/** Input nested deeper than tarjama reads it, with where the limit was passed (1-based, when known). */
export class NestingError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, place: { line?: number | undefined; column?: number | undefined } = {}) {
    super(message);
    this.name = 'NestingError';
    this.line = place.line;
    this.column = place.column;
  }
}
