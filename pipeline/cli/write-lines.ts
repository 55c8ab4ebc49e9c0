/** How much text goes to stdout at a time. */
const pieceLength = 1 << 18;

/**
 * Writes lines, each ended by a newline, to `stdout` in pieces of about 256 K characters: the
 * report of an archive's new locale (150,000 findings, 30 MB) is never one string nor one buffer
 * beside the findings it is made from.
 */
export function writeLines(stdout: (text: string) => void, lines: Iterable<string>): void {
  let piece = '';
  for (const line of lines) {
    piece += `${line}\n`;
    if (piece.length >= pieceLength) {
      stdout(piece);
      piece = '';
    }
  }
  if (piece !== '') stdout(piece);
}
