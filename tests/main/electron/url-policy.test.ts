import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  isAppUrl,
  normalizeExternalUrl,
  requestAllowed,
} from '../../../src/main/electron/url-policy';

describe('S4 normalizeExternalUrl', () => {
  it('accepts an ordinary https link and hands back the normalized URL', () => {
    expect(normalizeExternalUrl('https://www.ohchr.org/en/documents')).toBe('https://www.ohchr.org/en/documents');
    expect(normalizeExternalUrl('https://example.org:8443/report?id=3#p2')).toBe('https://example.org:8443/report?id=3#p2');
    expect(normalizeExternalUrl('HTTPS://Example.ORG/a b')).toBe('https://example.org/a%20b');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: hidden by a tab', 'java\tscript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['http:', 'http://example.org/'],
    ['a custom scheme', 'casekeep://open?vault=1'],
    ['the app scheme', 'app://casekeep/index.html'],
    ['ftp:', 'ftp://example.org/file'],
    ['ws:', 'wss://example.org/socket'],
  ])('refuses %s', (_name, url) => {
    expect(normalizeExternalUrl(url)).toBeNull();
  });

  it.each([
    ['a user name', 'https://www.ohchr.org@evil.example/'],
    ['a user name and password', 'https://user:secret@example.org/'],
  ])('refuses credentials: %s', (_name, url) => {
    expect(normalizeExternalUrl(url)).toBeNull();
  });

  it.each([
    ['Cyrillic look-alike written in Unicode', 'https://аррle.com/'],
    ['mixed Latin and Cyrillic', 'https://pаypal.com/'],
    ['Greek omicron in a Latin name', 'https://gοogle.com/'],
    ['punycode written out', 'https://xn--80ak6aa92e.com/'],
    ['punycode in a subdomain', 'https://xn--pypal-4ve.example.org/'],
    ['a punycode top-level domain', 'https://example.xn--p1ai/'],
  ])('refuses look-alike hosts: %s', (_name, url) => {
    expect(normalizeExternalUrl(url)).toBeNull();
  });

  it.each([
    ['an IPv4 address', 'https://192.168.1.10/admin'],
    ['an IPv6 address', 'https://[::1]/'],
    ['a single-label host', 'https://localhost/'],
    ['a trailing-dot host', 'https://example.org./'],
    ['no host at all', 'https:///path'],
    ['an unparseable string', 'not a url'],
    ['an empty string', ''],
    ['a very long URL', `https://example.org/${'a'.repeat(3000)}`],
    ['a non-string', 42],
  ])('refuses %s', (_name, url) => {
    expect(normalizeExternalUrl(url)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts the app entry page and its files', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://casekeep/assets/index-3f2a.js')).toBe(true);
    expect(isAppUrl('app://casekeep')).toBe(true);
  });

  it.each([
    'app://casekeep.evil.example/index.html',
    'app://evil/index.html',
    'app://casekeep@evil/index.html',
    'app://user@casekeep/index.html',
    'app://casekeep:8080/index.html',
    'https://casekeep/index.html',
    'file:///casekeep/index.html',
    'about:blank',
    '',
    undefined,
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('S8 requestAllowed', () => {
  it('lets the page load its own files and blob: URLs it made', () => {
    expect(requestAllowed('app://casekeep/assets/app.css')).toBe(true);
    expect(requestAllowed('blob:app://casekeep/0b9c3f8e-1a2b-4c5d-8e9f-0a1b2c3d4e5f')).toBe(true);
    expect(requestAllowed('devtools://devtools/bundled/devtools_app.html')).toBe(true);
  });

  it.each([
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    'http://127.0.0.1:9222/json',
    'wss://example.org/',
    'file:///etc/passwd',
    'data:text/plain,hi',
    'blob:https://example.org/0b9c3f8e',
    'app://evil/index.html',
    'blob:app://casekeep@evil/0b9c3f8e',
    'devtools://evil/x',
  ])('cancels %s', (url) => {
    expect(requestAllowed(url)).toBe(false);
  });
});
