// The PNG rasteriser's own process (started by png-cache.ts): resvg, sharp and
// libvips hold some 250 MB of native memory while they render, which in the
// astro build's process put its peak above 700 MiB on a build without the PNG
// cache. Here they run beside the build, on the machine's other core, and the
// build's process stays the size of the site. One request at a time per
// message: { id, svg, scale } → { id, png } or { id, error }.
import { rasterizePng } from './rasterize-png.ts';

interface Request {
  id: number;
  svg: string;
  scale: number;
}

process.on('message', (message: Request) => {
  rasterizePng(message.svg, message.scale).then(
    ({ png }) => process.send?.({ id: message.id, png }),
    (error: unknown) => process.send?.({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
// The build is over (or gone): nothing more to render.
process.on('disconnect', () => process.exit(0));
