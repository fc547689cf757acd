// Trunk post-build hook (Trunk.toml): makes the release page work under a
// strict Content-Security-Policy, which GitHub Pages can only carry as a
// <meta> tag.
//  1. Trunk's loader is an inline <script type="module">; a policy without
//     'unsafe-inline' would block it. It moves into its own file, named by
//     its hash and loaded with Subresource Integrity.
//  2. The policy goes in as the first thing after <meta charset>.
// Debug builds (make serve) are left alone: Trunk's live-reload script is
// inline and must run there.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const POLICY = [
  "default-src 'self'",
  // WebAssembly compilation needs 'wasm-unsafe-eval'; nothing else is eval'd.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("csp.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const file = join(staging, "index.html");
let html = readFileSync(file, "utf8");

const inline = /<script type="module">([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) {
  console.error(`csp.mjs expected Trunk's one inline loader script, found ${scripts.length}`);
  process.exit(1);
}
const body = scripts[0][1].trim() + "\n";
const digest = (algo, enc) => createHash(algo).update(body).digest(enc);
const name = `boot-${digest("sha256", "hex").slice(0, 16)}.js`;
writeFileSync(join(staging, name), body);
const sri = `sha384-${digest("sha384", "base64")}`;
html = html.replace(scripts[0][0], `<script type="module" src="./${name}" integrity="${sri}" crossorigin="anonymous"></script>`);

if (!/<meta charset="utf-8"\s*\/?>/.test(html)) {
  console.error("csp.mjs: index.html must start its <head> with <meta charset=\"utf-8\">");
  process.exit(1);
}
html = html.replace(/(<meta charset="utf-8"\s*\/?>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />`);
writeFileSync(file, html);
console.log(`csp.mjs: loader moved to ${name}; policy: ${POLICY}`);
