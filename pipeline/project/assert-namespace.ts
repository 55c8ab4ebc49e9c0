import { TarjamaError } from '../io/tarjama-error.js';
import type { Project } from './load-project.js';

/** Asserts that `--ns` names an article of the project, when given. */
export function assertNamespace(project: Project, namespace: string | undefined): void {
  if (namespace === undefined || project.documents.some((document) => document.namespace === namespace)) return;
  throw new TarjamaError(`--ns "${namespace}" is not an article of this project (${project.documents.map((document) => document.namespace).join(', ')})`);
}
