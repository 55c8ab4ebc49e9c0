import { hash } from 'node:crypto';

/**
 * sha256 of a text (its UTF-8 bytes) or of bytes, as 64 hex digits. Node's one-shot `hash`
 * (20.12 and later): extract and build hash every message, and making a `Hash` object for
 * each cost as much as the digest itself.
 */
export function sha256(content: string | Buffer): string {
  return hash('sha256', content, 'hex');
}
