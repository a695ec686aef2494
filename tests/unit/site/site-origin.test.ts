import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { canonicalUrl, isLocalSite, LOCAL_ORIGIN, siteOrigin, SiteUrlError } from '../../../src/lib/site/site-origin.ts';

describe('siteOrigin', () => {
  test('without SITE_URL a build is local', () => {
    expect(siteOrigin(undefined)).toBe(LOCAL_ORIGIN);
    expect(siteOrigin('')).toBe(LOCAL_ORIGIN);
  });

  test('SITE_URL is taken as given, normalised', () => {
    expect(siteOrigin('https://news.example.test')).toBe('https://news.example.test/');
  });

  test('a SITE_URL that is not an absolute http(s) URL is refused with what to set', () => {
    expect(() => siteOrigin('news.example.test')).toThrow(SiteUrlError);
    expect(() => siteOrigin('news.example.test')).toThrow(/SITE_URL=https:\/\//);
    expect(() => siteOrigin('ftp://news.example.test')).toThrow(/http\(s\)/);
  });
});

describe('canonicalUrl', () => {
  test('a local build claims no canonical address', () => {
    expect(isLocalSite(LOCAL_ORIGIN)).toBe(true);
    expect(isLocalSite(new URL('http://127.0.0.1:8080/'))).toBe(true);
    expect(canonicalUrl('/maps/', LOCAL_ORIGIN)).toBeUndefined();
  });

  test('a production build names the page on its own address', () => {
    expect(isLocalSite('https://news.example.test/')).toBe(false);
    expect(canonicalUrl('/syria/maps/', 'https://news.example.test/')).toBe('https://news.example.test/syria/maps/');
  });
});

describe('npm run build -- --production', () => {
  const script = join(import.meta.dirname, '..', '..', '..', 'scripts', 'build.ts');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'SITE_URL'));

  test('refuses to run without SITE_URL, in one line saying what to set, before building anything', () => {
    const result = spawnSync(process.execPath, [script, '--production'], { env, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^build: .*set SITE_URL/);
  });

  test('refuses a SITE_URL that is not a URL', () => {
    const result = spawnSync(process.execPath, [script, '--production'], { env: { ...env, SITE_URL: 'news.example.test' }, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^build: SITE_URL is not an absolute URL/);
  });
});
