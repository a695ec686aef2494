// Peer site for scripts/bench/peers.ts: a plain Observable Framework project
// with its built-in search. Pages are written into src/ by the bench.
export default {
  title: 'Syria offensive explainer',
  root: 'src',
  pages: [
    { name: 'Who is fighting in Syria?', path: '/explainers/who-is-fighting-in-syria' },
    { name: 'The Hama offensive', path: '/explainers/the-hama-offensive' },
  ],
  search: true,
  head: '<link rel="icon" href="favicon.svg" type="image/svg+xml">',
};
