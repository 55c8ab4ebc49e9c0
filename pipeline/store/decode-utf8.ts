import { isUtf8 } from 'node:buffer';

/** A file's bytes as text, or where its UTF-8 breaks (1-based line and column). */
export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number };

/**
 * Decodes UTF-8 strictly: `readFile(…, 'utf8')` would silently turn bad bytes into U+FFFD
 * and lose them; here they are an error that says where the first one is.
 */
export function decodeUtf8(bytes: Buffer): Decoded {
  if (isUtf8(bytes)) return { ok: true, text: bytes.toString('utf8') };
  let line = 1;
  let column = 1;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || index + length > bytes.length || !isUtf8(bytes.subarray(index, index + length))) return { ok: false, line, column };
    if (byte === 0x0a) {
      line += 1;
      column = 1;
    } else column += 1;
    index += length;
  }
  return { ok: false, line, column };
}
