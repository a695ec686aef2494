// A page's map is image files stacked in one frame (src/lib/map/map-images.ts),
// loaded as the reader scrolls to it: this brings the first map of a page into
// view and waits until each of its images has arrived and decoded, or names
// the one that did not.
import type { Page } from 'playwright-core';

export async function firstMapShown(page: Page, selector = '[data-map-main]'): Promise<{ height: number; missing: string[] }> {
  const map = page.locator(selector).first();
  await map.scrollIntoViewIfNeeded();
  return map.evaluate(async (element) => {
    const images = [...element.querySelectorAll('img')];
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    return {
      height: element.getBoundingClientRect().height,
      missing: images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.getAttribute('src') ?? '?'),
    };
  });
}
