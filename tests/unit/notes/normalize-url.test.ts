import { describe, expect, test } from 'vitest';
import { isOnSite, normalizeUrl, siteKey, siteKeyOfQuery } from '../../../lib/notes/normalize-url';

describe('normalizeUrl', () => {
  test.each([
    ['drops the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    ['lowercases the host', 'https://News.Example.COM/Story', 'https://news.example.com/Story'],
    ['drops the default https port', 'https://example.com:443/a', 'https://example.com/a'],
    ['drops the default http port', 'http://example.com:80/a', 'http://example.com/a'],
    ['keeps a non-default port', 'https://example.com:8443/a', 'https://example.com:8443/a'],
    ['drops utm_* parameters', 'https://example.com/a?utm_source=x&utm_medium=y&UTM_Campaign=z', 'https://example.com/a'],
    ['drops click ids', 'https://example.com/a?fbclid=1&gclid=2&msclkid=3&yclid=4&igshid=5', 'https://example.com/a'],
    ['drops mailchimp, ga and ref ids', 'https://example.com/a?mc_cid=1&mc_eid=2&_ga=3&ref=4&ref_src=5', 'https://example.com/a'],
    ['keeps meaningful parameters, sorted', 'https://example.com/a?page=2&id=7&utm_source=x', 'https://example.com/a?id=7&page=2'],
    ['keeps repeated parameters in their order', 'https://example.com/a?t=2&a=1&t=1', 'https://example.com/a?a=1&t=2&t=1'],
    ['keeps parameter encoding as written', 'https://example.com/s?q=a%20b&flag', 'https://example.com/s?flag&q=a%20b'],
    ['drops an empty query', 'https://example.com/a?', 'https://example.com/a'],
    ['trims surrounding spaces', '  https://example.com/a  ', 'https://example.com/a'],
    ['keeps the path case and trailing slash', 'https://example.com/World/', 'https://example.com/World/'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  test.each([
    ['a relative path', '/news/story', /Not a web address/],
    ['plain words', 'hello world', /Not a web address/],
    ['a javascript: URL', 'javascript:alert(1)', /http\(s\) pages/],
    ['a file: URL', 'file:///home/me/a.html', /http\(s\) pages/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => normalizeUrl(input)).toThrow(message);
  });
});

describe('site keys', () => {
  test.each([
    ['www.nytimes.com', 'com.nytimes.www'],
    ['BBC.co.uk', 'uk.co.bbc'],
    ['localhost', 'localhost'],
  ])('siteKey(%s) = %s', (host, key) => {
    expect(siteKey(host)).toBe(key);
  });

  test.each([
    ['nytimes.com', 'com.nytimes'],
    ['www.nytimes.com', 'com.nytimes'],
    ['https://www.nytimes.com/2026/world.html', 'com.nytimes'],
    [' NYTimes.com/world ', 'com.nytimes'],
  ])('reads the site filter %j', (query, key) => {
    expect(siteKeyOfQuery(query)).toBe(key);
  });

  test.each([
    ['com.nytimes.www', 'com.nytimes', true],
    ['com.nytimes', 'com.nytimes', true],
    ['com.nytimesmagazine', 'com.nytimes', false],
    ['com.nytimes-', 'com.nytimes', false],
  ])('isOnSite(%s, %s) = %s', (key, query, expected) => {
    expect(isOnSite(key, query)).toBe(expected);
  });
});
