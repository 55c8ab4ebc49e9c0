/** Where in a file something went wrong (1-based line and column). */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

/**
 * An error the user can fix: bad usage, an unreadable or invalid input file.
 * The CLI prints it as `file:line:column: message` and exits with code 2.
 */
export class TarjamaError extends Error {
  readonly place: Place | undefined;

  constructor(message: string, place?: Place) {
    super(message);
    this.name = 'TarjamaError';
    this.place = place;
  }

  /** The message after its place, `file:line:column: message`, as the CLI prints it. */
  located(): string {
    const place = this.place ? `${[this.place.file, this.place.line, this.place.column].filter((part) => part !== undefined).join(':')}: ` : '';
    return `${place}${this.message}`;
  }
}
