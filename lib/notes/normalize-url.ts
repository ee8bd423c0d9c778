/**
 * One canonical form per article address, so a note taken on `…?utm_source=x#comments` shows up again
 * when the reader comes back through a plain link.
 */

/** Query parameters that only say how the reader arrived, never which page they are on. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'smid',
  'ocid',
  'spm',
]);
/** Whole families of campaign parameters (utm_source, utm_medium, … and the Piwik/Matomo variants). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw; // a malformed escape is still a name; keep it as written
  }
}

/**
 * Normalises a page address: drops the fragment and tracking parameters, lowercases the host, drops
 * default ports and sorts the remaining parameters by name (stable, so repeated names keep their
 * order). Parameters are kept byte-for-byte as written, because re-encoding (`%20` → `+`, `?a` →
 * `?a=`) can change what some servers return.
 * @throws Error if the address is not an absolute http(s) URL.
 */
export function normalizeUrl(input: string): string {
  const trimmed = input.trim();
  if (!URL.canParse(trimmed)) throw new Error(`Not a web address: "${trimmed.slice(0, 200)}"`);
  const url = new URL(trimmed); // lowercases the host and drops :80 / :443 for us
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Notes can only be kept on http(s) pages, not "${url.protocol}" addresses`);
  }
  url.hash = '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => ({ part, name: decodeName(part.split('=', 1)[0]!) }))
    .filter(({ name }) => !isTracking(name));
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  url.search = kept.length ? `?${kept.map((k) => k.part).join('&')}` : '';
  return url.href;
}

/**
 * The host's labels reversed (`www.nytimes.com` → `com.nytimes.www`), stored as an index so "all
 * notes on nytimes.com" is one key range that also covers its subdomains.
 */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().split('.').filter(Boolean).reverse().join('.');
}

/** The site key of a normalised note URL, or '' when it cannot be parsed (kept, never dropped). */
export function siteKeyOfUrl(url: string): string {
  return URL.canParse(url) ? siteKey(new URL(url).hostname) : '';
}

/**
 * Reads what a person typed as a site filter — `nytimes.com`, `www.nytimes.com` or a full URL — as a
 * site key. `www.` is dropped so the filter also finds the bare domain and other subdomains.
 */
export function siteKeyOfQuery(site: string): string {
  const text = site.trim().toLowerCase();
  const host = /^[a-z][a-z0-9+.-]*:\/\//.test(text) && URL.canParse(text) ? new URL(text).hostname : text.split(/[/?#:]/)[0]!;
  return siteKey(host.replace(/^www\./, ''));
}

/** True when `key` is the site `queryKey` itself or one of its subdomains. */
export function isOnSite(key: string, queryKey: string): boolean {
  return key === queryKey || key.startsWith(`${queryKey}.`);
}
