import { expect, test } from 'vitest';
import { serializeJsonLd } from '../../../src/lib/site/json-ld.ts';

test('cannot close its script element or smuggle markup', () => {
  const out = serializeJsonLd({ headline: '</script><script>alert(1)</script> & \u2028' });
  expect(out).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' });
});
