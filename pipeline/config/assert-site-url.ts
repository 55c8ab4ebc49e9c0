import { TarjamaError, type Place } from '../util/tarjama-error.js';

const example = 'e.g. "https://news.example.org/articles/"';

/**
 * Asserts that `siteUrl` is the absolute http(s) address of a folder: where the output folder
 * is published, that the preview's `hreflang` and canonical links are resolved against.
 */
export function assertSiteUrl(value: unknown, where: () => Place): void {
  if (typeof value !== 'string') throw new TarjamaError(`"siteUrl" must be the address the output folder is published at, as a string, ${example}`, where());
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TarjamaError(`"siteUrl": "${value}" is not an absolute URL; write it with its scheme and host, ${example}`, where());
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TarjamaError(`"siteUrl": "${value}" must be an http or https address, ${example}`, where());
  if (url.username || url.password || url.search || url.hash || value.endsWith('?') || value.endsWith('#')) {
    throw new TarjamaError(`"siteUrl": "${value}" must be a folder's address, without a user name, a query (?…) or a fragment (#…), ${example}`, where());
  }
}
