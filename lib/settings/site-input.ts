import { siteOf } from './site';

/**
 * What a reader types into "never run on these sites", read into the site key the per-site switch
 * uses (`siteOf`: lower case, no `www.`), or the reason it is not one, in the reader's words. Apart
 * from site.ts, which every page's small content script loads.
 */
export type SiteInput = { ok: true; site: string; changed: boolean } | { ok: false; problem: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const EXAMPLE = 'Type a whole site like example.com (a full address works too).';

/** A host Crosscheck can match a page's site against: an IPv4 address, localhost, or two or more labels ending in a word of letters. */
function problemWithHost(host: string, typed: string): string | null {
  if (IPV4.test(host) || host === 'localhost') return null;
  const labels = host.split('.');
  // ".com", "com", "https://com/": the ending every site under it shares; blocking it would block them all.
  if (/^\.?[a-z]{2,63}$/.test(host)) return `“${typed}” is only the ending of site names, not a site. ${EXAMPLE}`;
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !/^[a-z]{2,63}$|^xn--[a-z0-9-]+$/.test(labels.at(-1)!)) {
    return `“${typed}” is not a site name. ${EXAMPLE}`;
  }
  return null;
}

export function readSiteInput(input: string): SiteInput {
  const text = input.trim();
  if (!text) return { ok: false, problem: `Type a site first. ${EXAMPLE}` };
  if (text.toLowerCase() === 'file' || /^file:/i.test(text)) return { ok: true, site: 'file', changed: text !== 'file' };
  if (/\s/.test(text)) return { ok: false, problem: `“${text}” is not a site name: it has a space in it. ${EXAMPLE}` };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (scheme && withScheme && scheme !== 'http' && scheme !== 'https') {
    return { ok: false, problem: `Crosscheck never runs on browser pages or “${scheme}:” addresses, so there is nothing to switch off there.` };
  }
  const site = siteOf(withScheme ? text : `http://${text}`);
  if (!site || !/^[a-z0-9.-]+$/.test(site)) return { ok: false, problem: `“${text}” is not a site name. ${EXAMPLE}` };
  // Quoted as typed, unless it was a whole address: then the host in it is what is wrong.
  const problem = problemWithHost(site, withScheme ? site : text);
  if (problem) return { ok: false, problem };
  return { ok: true, site, changed: site !== text };
}

/** The site key for what the reader typed, or null when it is not a site (see {@link readSiteInput}). */
export function siteFromInput(input: string): string | null {
  const read = readSiteInput(input);
  return read.ok ? read.site : null;
}
