import type { Bidi } from 'bidi-js';
import * as bidiJs from 'bidi-js';

/** The Unicode Bidirectional Algorithm (bidi-js), shared by the rules that show how a line displays. */
// bidi-js is CommonJS: under Node's ESM loader its factory is the namespace's `default`.
export const bidiAlgorithm: Bidi = (bidiJs as unknown as { default: () => Bidi }).default();
