import { version } from '../../package.json';

/**
 * Who made the export (W3C model §3.3.2 agents). The version is read from package.json when the
 * bundle is built (Vite inlines the one field), so an export says which Crosscheck wrote it.
 * Crosscheck has no public homepage, so none is given.
 */
export const CROSSCHECK_GENERATOR = { type: 'Software', name: 'Crosscheck', version } as const;

/**
 * The author of every note: the reader of this browser, anonymous. No name, e-mail or account —
 * notes carry no personal data, and a per-export id would claim an identity it cannot keep.
 */
export const LOCAL_READER = { type: 'Person', nickname: 'Crosscheck reader' } as const;
