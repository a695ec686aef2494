// Peer site for scripts/bench/peers.ts: a plain Starlight site as its docs
// describe, with its built-in Pagefind search. Content is written into
// src/content/docs/ by the bench from our generated explainers.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://peer-starlight.example.org',
  integrations: [
    starlight({
      title: 'Syria offensive explainer',
      sidebar: [{ label: 'Explainers', items: [{ autogenerate: { directory: 'explainers' } }] }],
    }),
  ],
});
