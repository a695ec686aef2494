// Plain `tsc` does not resolve `.astro` files (only `astro check`, through
// Astro's language tools, does). This lets `tsc --noEmit` type-check the
// TypeScript that imports components; `astro check` still checks each
// component's real props, since a resolved module wins over this wildcard.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
