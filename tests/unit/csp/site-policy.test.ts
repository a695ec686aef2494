import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  framingRules,
  hashSource,
  headersSection,
  HEADERS_MARK,
  inlineCodeOf,
  nginxInclude,
  sitePolicy,
  withHeadersSection,
  withPolicyMeta,
} from '../../../src/lib/csp/site-policy.ts';
import { headersFor, parseHeadersFile } from '../../../tooling/host-headers.ts';
import { parseEmbedPath } from '../../../src/lib/embed/embed-routes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline code of a page', () => {
  test('finds the scripts the browser runs and every style, <noscript> included; not data blocks or external scripts', () => {
    const code = inlineCodeOf(
      '<!doctype html><html><head><meta charset="utf-8"><style>a{color:red}</style>' +
        '<noscript><style>[data-js]{display:none}</style></noscript>' +
        '<script type="application/ld+json">{"a":1}</script><script type="module">import "x";</script>' +
        '<script src="/a.js"></script></head><body><script>if (a < b && c) go();</script>' +
        '<script type="application/json" data-fm-data>{"b":2}</script>' +
        '<svg><style>.x{fill:#000}</style></svg><template><script>t()</script></template>' +
        '<textarea>&lt;script&gt;not code&lt;/script&gt;</textarea></body></html>',
    );
    expect(code.scripts).toEqual(['import "x";', 'if (a < b && c) go();', 't()']);
    expect(code.styles).toEqual(['a{color:red}', '[data-js]{display:none}', '.x{fill:#000}']);
    expect(code.refused).toEqual([]);
  });

  test('an SVG file: its style text as the browser hashes it (CDATA and character references resolved)', () => {
    const code = inlineCodeOf('<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[a>b{}]]>.t{font-family:&quot;X&quot;}</style></svg>');
    expect(code.styles).toEqual(['a>b{}.t{font-family:"X"}']);
  });

  test('refuses what a policy without unsafe-inline or unsafe-hashes blocks, naming the element', () => {
    const code = inlineCodeOf('<div class="fm-stage" style="--a:1"></div><button id="b" onclick="go()"></button><a href="javascript:void 0">x</a>');
    expect(code.refused).toEqual([
      'style attribute "--a:1" on <div class="fm-stage">',
      'event handler attribute onclick on <button id="b">',
      'javascript: URL in href on <a>',
    ]);
  });
});

describe('the site policy', () => {
  test('allows each inline script and style by its SHA-256 hash, once, sorted; no unsafe-inline or unsafe-eval', () => {
    const policy = sitePolicy({ scripts: ['b()', 'a()', 'b()'], styles: ['p{}'] });
    expect(hashSource('a()')).toBe(sha('a()'));
    const [s1, s2] = [sha('a()'), sha('b()')].sort();
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${s1} ${s2}; style-src 'self' ${sha('p{}')}; object-src 'none'; base-uri 'self'; form-action 'self'`,
    );
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|frame-ancestors/);
  });

  test('hashes text as UTF-8', () => {
    expect(hashSource('„ä“')).toBe(sha('„ä“'));
  });
});

describe('the <meta> policy', () => {
  const policy = "default-src 'self'";
  test('goes right after <meta charset>, before any script or style', () => {
    const html = '<html><head><meta charset="utf-8"><script>x()</script><style>a{}</style></head></html>';
    expect(withPolicyMeta(html, policy)).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"><script>x()</script><style>a{}</style></head></html>`,
    );
  });

  test('replaces an earlier one, so the build can be applied twice', () => {
    const once = withPolicyMeta('<head><meta charset="utf-8"></head>', 'a');
    expect(withPolicyMeta(once, policy)).toBe(withPolicyMeta('<head><meta charset="utf-8"></head>', policy));
  });

  test('without <meta charset>: first in <head>', () => {
    expect(withPolicyMeta('<head lang="x"><title>t</title></head>', 'a')).toBe('<head lang="x"><meta http-equiv="content-security-policy" content="a"><title>t</title></head>');
  });
});

describe('framing rules', () => {
  const pages = ['/', '/404.html', '/articles/', '/articles/a/', '/articles/b/', '/embed/', '/embed/map/syria/', '/embed/map/syria/2024-12-05/', '/embed/chart/x/toll/', '/maps/', '/search/'];
  const framable = (path: string) => parseEmbedPath(path) !== null;

  test('cover every page but the embeds with the fewest paths: a section at once, the embed index alone', () => {
    expect(framingRules(pages, framable)).toEqual(['/', '/404.html', '/articles/*', '/embed/', '/maps/*', '/search/*']);
  });

  test('in _headers, as the hosts join them: embeds get the site policy alone, every other page a second policy against framing', () => {
    const rules = parseHeadersFile(headersSection('P', framingRules(pages, framable)));
    const csp = (path: string) => headersFor(rules, path).get('content-security-policy');
    for (const path of pages) expect(csp(path), path).toBe(framable(path) ? 'P' : "P, frame-ancestors 'none'");
    expect(csp('/_astro/a.js')).toBe('P');
  });

  test('the section replaces an earlier one and keeps the rest of _headers', () => {
    const base = '/_astro/*\n  Cache-Control: immutable\n';
    const once = withHeadersSection(base, headersSection('A', ['/']));
    const twice = withHeadersSection(once, headersSection('B', ['/']));
    expect(twice).toBe(withHeadersSection(base, headersSection('B', ['/'])));
    expect(twice.startsWith(`${base}\n${HEADERS_MARK}`)).toBe(true);
    expect(twice).not.toContain('A');
  });
});

test('the nginx include sets the policy, and the page policy with frame-ancestors', () => {
  expect(nginxInclude("default-src 'self'")).toContain(`set $csp_policy "default-src 'self'";\nset $csp_page_policy "default-src 'self'; frame-ancestors 'none'";`);
  expect(() => nginxInclude('a "b"')).toThrow(/unexpected/);
});
