import { createHash } from 'node:crypto';

/** sha256 of a text (its UTF-8 bytes) or of bytes, as 64 hex digits. */
export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
