// A tiny static server for the release build, bound to 127.0.0.1 only.
// Usage: node tests/e2e/serve.mjs [port] [dir] [prefix]
// With a prefix such as /some/subpath/, files are served only under it, as
// GitHub Pages serves a project site; anything else is a 404. A folder
// serves its index.html; text and wasm are gzipped for clients that ask.
// ISOLATE=1 makes the pages cross-origin isolated (COOP and COEP; every
// file is same-origin), which make bench wants for its clock: there,
// performance.now() counts in 5 µs steps, not 100 µs, and a step's work is
// a millisecond or two.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const port = Number(process.argv[2] ?? 8123);
const root = resolve(process.argv[3] ?? "dist");
const prefix = process.argv[4] ?? "/";
const isolate = process.env.ISOLATE
  ? { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" }
  : {};
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  // The page's texts: GitHub Pages serves .txt as text/plain and compresses it.
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
};

createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(prefix)) throw new Error("outside prefix");
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) throw new Error("outside root");
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
    const body = await readFile(file);
    const type = types[extname(file)] ?? "application/octet-stream";
    // Compressed as GitHub Pages compresses, so transfer sizes are real.
    if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "") && /text|javascript|json|svg|wasm/.test(type)) {
      const zipped = gzipSync(body, { level: 6 });
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding", ...isolate });
      res.end(zipped);
      return;
    }
    res.writeHead(200, { "content-type": type, ...isolate });
    res.end(body);
  } catch {
    const notFound = await readFile(join(root, "404.html")).catch(() => "not found");
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    res.end(notFound);
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`));
