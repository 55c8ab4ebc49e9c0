/** A text on one line, cut at 80 characters, in quotes. */
export function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return `"${oneLine.length > 80 ? `${oneLine.slice(0, 77)}…` : oneLine}"`;
}
