import { describe, expect, test } from 'vitest';
import { oembedResponse } from '../../../src/lib/embed/oembed.ts';

const fields = {
  title: 'Control of Syria, 5 December 2024',
  html: '<iframe></iframe>',
  width: 600,
  height: 880,
  provider_name: 'Syria 2024',
  provider_url: 'https://example.org/',
  author_name: 'Syria 2024',
  author_url: 'https://example.org/maps/',
  thumbnail_url: 'https://example.org/downloads/map-syria-2024-12-05.png',
  thumbnail_width: 1200,
  thumbnail_height: 1400,
};

describe('oEmbed responses', () => {
  test('are type "rich", version 1.0, with a cache age', () => {
    expect(oembedResponse(fields, 'test')).toEqual({ version: '1.0', type: 'rich', cache_age: 86400, ...fields });
  });

  test('a bad field fails with the page and the field named', () => {
    expect(() => oembedResponse({ ...fields, width: 0 }, 'oEmbed for /embed/map/syria/')).toThrow(/^oEmbed for \/embed\/map\/syria\/: oEmbed field width: /);
    expect(() => oembedResponse({ ...fields, provider_url: 'not a url' }, 'x')).toThrow(/field provider_url/);
  });
});
