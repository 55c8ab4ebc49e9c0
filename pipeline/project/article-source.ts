import type { SourceDocument } from '../extract/read-source.js';
import type { LoadedDocument } from './load-document.js';

/**
 * What `extract` plans an article from: a `LoadedDocument` without the tree, the message
 * context and the source catalog, which it does not use and which a worker thread would
 * otherwise copy to the main one.
 */
export interface ArticleSource extends Pick<LoadedDocument, 'state' | 'previous' | 'handEdited'> {
  document: Pick<SourceDocument, 'namespace' | 'segments'>;
}

/** The part of a loaded article that `extract` plans from (see `ArticleSource`). */
export function articleSource({ document, state, previous, handEdited }: LoadedDocument): ArticleSource {
  return { document: { namespace: document.namespace, segments: document.segments }, state, previous, handEdited };
}
