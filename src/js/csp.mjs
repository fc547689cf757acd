// The Content-Security-Policy of the release pages. GitHub Pages cannot send
// headers, so src/js/prerender.mjs writes it into each page as a <meta> tag,
// adding the hash of the page's one inline script (the language check that
// must run before the first paint). Trunk's own inline loader is replaced by
// a file loaded with Subresource Integrity. Debug builds (make serve) carry
// no policy: Trunk's live-reload script is inline there.
export const POLICY = [
  "default-src 'self'",
  // WebAssembly compilation needs 'wasm-unsafe-eval'; nothing else is eval'd.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // A figure downloaded as PNG is drawn from its SVG, loaded as an image
  // from a blob: address the page made itself (src/browser.rs, svg_to_png).
  "img-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
