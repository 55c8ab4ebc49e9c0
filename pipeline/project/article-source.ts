import { readContent } from '../catalog/read-content.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { LoadedDocument } from './load-document.js';

/**
 * What `extract` plans an article from: a `LoadedDocument` without the tree, the message
 * context and the source catalog (but its text as read, which extract expects to replace),
 * which it does not use and which a worker thread would otherwise copy to the main one.
 */
export interface ArticleSource extends Pick<LoadedDocument, 'state' | 'previous' | 'handEdited'> {
  document: Pick<SourceDocument, 'namespace' | 'segments'>;
  /** The source-locale catalog as read (`readContent`): what extract expects to replace. */
  sourceCatalogRead: string | null | undefined;
}

/** The part of a loaded article that `extract` plans from (see `ArticleSource`). */
export function articleSource({ document, sourceCatalog, state, previous, handEdited }: LoadedDocument): ArticleSource {
  return { document: { namespace: document.namespace, segments: document.segments }, sourceCatalogRead: readContent(sourceCatalog), state, previous, handEdited };
}
