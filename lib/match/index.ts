/** Public entry of the matcher: text in, passages out. Pure; runs in the background worker and the CLI. */
export { findPassages } from './find-passages';
export { statusOf, verdictsFor, isCompatible } from './verdicts';
export type { Passage, Status, Verdict } from './types';
