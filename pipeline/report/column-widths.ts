/**
 * The widest cell of each column of a table with any number of rows (a loop: `Math.max(...rows)`
 * puts every row on the stack, and a status table has a row per locale and namespace).
 */
export function columnWidths(table: ReadonlyArray<readonly string[]>): number[] {
  const widths: number[] = [];
  for (const row of table) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return widths;
}
