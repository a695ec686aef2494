import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipSize, pageWeight, resourceRecord } from '../../../tooling/perf/page-weight.ts';

const html = new TextEncoder().encode('<!doctype html><p>' + 'Hama '.repeat(2000) + '</p>');

describe('resourceRecord', () => {
  it('counts text as its gzip size at level 9', () => {
    const r = resourceRecord('http://h/', 200, 'text/html', html);
    expect(r).toMatchObject({ kind: 'html', rawBytes: html.length, bytes: gzipSync(html, { level: 9 }).length });
    expect(r.bytes).toBeLessThan(r.rawBytes / 10);
  });
  it('counts a body that is already gzip as it is', () => {
    const gz = gzipSync(html);
    const r = resourceRecord('http://h/pagefind/fragment/a.pf_fragment', 200, 'application/octet-stream', gz);
    expect(r).toMatchObject({ kind: 'data', bytes: gz.length, rawBytes: gz.length });
  });
});

describe('pageWeight', () => {
  it('sums bytes by kind and counts requests', () => {
    const records = [
      resourceRecord('http://h/', 200, 'text/html', html),
      resourceRecord('http://h/a.js', 200, 'text/javascript', new TextEncoder().encode('console.log(1)')),
      resourceRecord('http://h/b.js', 200, 'text/javascript', new TextEncoder().encode('console.log(2)')),
      resourceRecord('http://h/p.png', 200, 'image/png', new Uint8Array(300)),
    ];
    const w = pageWeight(records);
    expect(w.requests).toBe(4);
    expect(w.bytes.html).toBe(gzipSize(html));
    expect(w.bytes.js).toBe(records[1]!.bytes + records[2]!.bytes);
    expect(w.bytes.images).toBe(300);
    expect(w.bytes.css + w.bytes.data + w.bytes.fonts + w.bytes.other).toBe(0);
    expect(w.total).toBe(w.bytes.html + w.bytes.js + w.bytes.images);
  });
  it('is zero for no responses', () => {
    expect(pageWeight([])).toMatchObject({ requests: 0, total: 0 });
  });
});
