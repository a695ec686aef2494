import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { embedSnippet, EMBED_ATTRIBUTE } from '../../../src/lib/embed/snippet.ts';
import { clientScript } from '../../../src/lib/embed/client-script.ts';
import { ROOT } from '../map/map-fixture.ts';

const hostScript = clientScript('host-resize', ROOT);

describe('embedSnippet', () => {
  const snippet = embedSnippet({ src: 'https://example.org/embed/map/syria/', title: 'Map: Control of Syria, 5 December 2024', height: 880, hostScript });

  test('is one marked, full-width iframe with a title and a starting height, then the inline host script', () => {
    const [iframe, script, ...rest] = snippet.split('\n');
    expect(rest).toEqual([]);
    expect(iframe).toBe(
      `<iframe src="https://example.org/embed/map/syria/" title="Map: Control of Syria, 5 December 2024" ${EMBED_ATTRIBUTE} loading="lazy" style="display:block;width:100%;height:880px;border:0"></iframe>`,
    );
    expect(script).toBe(`<script>${hostScript}</script>`);
  });

  test('escapes the title and the URL as attribute values', () => {
    const s = embedSnippet({ src: 'https://example.org/embed/?a=1&b="2"', title: 'A "quoted" <b>&</b>', height: 10, hostScript });
    expect(s).toContain('src="https://example.org/embed/?a=1&amp;b=%222%22"');
    expect(s).toContain('title="A &quot;quoted&quot; &lt;b&gt;&amp;&lt;/b&gt;"');
  });

  test('refuses what would break the host page', () => {
    expect(() => embedSnippet({ src: 'javascript:alert(1)', title: 't', height: 10, hostScript })).toThrow(/http/);
    expect(() => embedSnippet({ src: 'https://x.org/', title: 't', height: 0, hostScript })).toThrow(/height/);
    expect(() => embedSnippet({ src: 'https://x.org/', title: 't', height: 10, hostScript: 'a="</script>"' })).toThrow(/script/);
  });
});

describe('the host script', () => {
  test('is under 2 KB, raw and gzip', () => {
    expect(Buffer.byteLength(hostScript)).toBeLessThanOrEqual(2048);
    expect(gzipSync(hostScript).length).toBeLessThanOrEqual(2048);
  });

  test('checks the source window, the origin (opaque "null" for sandboxed frames) and the message shape', () => {
    expect(hostScript).toContain('e.source');
    expect(hostScript).toContain('contentWindow');
    expect(hostScript).toContain('"null"');
    expect(hostScript).toContain('allow-same-origin');
    expect(hostScript).toContain('Object.keys');
  });
});
