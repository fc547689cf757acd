// Where the wasm's bytes go, for issue 22's size budget.
// Build without wasm-opt, which keeps the name section:
//   cargo build --release --target wasm32-unknown-unknown --features csr --bin explainer
//   node tools/wasm-sizes.mjs target/wasm32-unknown-unknown/release/explainer.wasm
// Prints the sections, the data segments' size (raw and gzip -9), then the
// functions grouped by the first GROUP (default 2) parts of their names:
// raw bytes, gzip -9 of the group alone, count. TOP=n rows; RAW=1 ungrouped.
// Sizes before wasm-opt: the proportions guide, the shipped figure is make bench's.
import fs from "node:fs";
import zlib from "node:zlib";
const buf = fs.readFileSync(process.argv[2]);
let p = 8;
const u = () => { let r = 0, s = 0, b; do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
const sections = []; let importedFuncs = 0; const bodies = []; const names = new Map(); let dataSize = 0; const datas = [];
while (p < buf.length) {
  const id = buf[p++]; const size = u(); const start = p; const end = p + size;
  sections.push({ id, size });
  if (id === 2) { const n = u(); for (let i = 0; i < n; i++) { let l = u(); p += l; l = u(); p += l; const kind = buf[p++]; if (kind === 0) { u(); importedFuncs++; } else if (kind === 1) { p++; const f = buf[p++]; u(); if (f & 1) u(); } else if (kind === 2) { const f = buf[p++]; u(); if (f & 1) u(); } else if (kind === 3) { p += 2; } else if (kind===4){p++;u();} } }
  if (id === 10) { const n = u(); for (let i = 0; i < n; i++) { const s = u(); bodies.push({ idx: importedFuncs + i, start: p, size: s }); p += s; } }
  if (id === 11) { const n = u(); for (let i = 0; i < n; i++) { const f = u(); if (f === 0) { while (buf[p] !== 0x0b) p++; p++; } else if (f===2){u(); while (buf[p] !== 0x0b) p++; p++;} const s = u(); datas.push(buf.subarray(p, p + s)); dataSize += s; p += s; } }
  if (id === 0) { const nl = u(); const name = buf.subarray(p, p + nl).toString(); p += nl; if (name === "name") { while (p < end) { const sub = buf[p++]; const ss = u(); const se = p + ss; if (sub === 1) { const n = u(); for (let i = 0; i < n; i++) { const idx = u(); const l = u(); names.set(idx, buf.subarray(p, p + l).toString()); p += l; } } p = se; } } }
  p = end;
}
console.log("sections", sections.map(s => `${s.id}:${s.size}`).join(" "));
console.log("total", buf.length, "gzip", zlib.gzipSync(buf, { level: 9 }).length);
const alld = Buffer.concat(datas);
console.log("data", dataSize, "gzip", zlib.gzipSync(alld, { level: 9 }).length);
const depth = Number(process.env.GROUP || 2);
const groups = new Map();
// Rust's legacy symbols are `_ZN` + (length, segment)… + `E`: read them as
// a path, so the first GROUP segments name a crate or a module.
const unescape = (seg) => seg.replace(/\$LT\$/g, "<").replace(/\$GT\$/g, ">").replace(/\$u20\$/g, " ").replace(/\$C\$/g, ",").replace(/\$RF\$/g, "&").replace(/\$u7b\$/g, "{").replace(/\$u7d\$/g, "}").replace(/\.\./g, "::");
const path = (sym) => {
  const m = /^_ZN(.*)E$/.exec(sym);
  if (!m) return [sym];
  const segs = [];
  let q = 0;
  const t = m[1];
  while (q < t.length) {
    const len = /^\d+/.exec(t.slice(q));
    if (!len) break;
    q += len[0].length;
    segs.push(unescape(t.slice(q, q + Number(len[0]))));
    q += Number(len[0]);
  }
  // The last segment of a legacy symbol is its hash.
  if (segs.length > 1 && /^h[0-9a-f]{16}$/.test(segs[segs.length - 1])) segs.pop();
  return segs;
};
for (const b of bodies) {
  const n = path(names.get(b.idx) || "?").join("::");
  const key = process.env.RAW ? n.slice(0, 160) : n.replace(/^_?<+/, "").split("::").slice(0, depth).join("::").slice(0, 120);
  const g = groups.get(key) || { size: 0, n: 0, chunks: [] };
  g.size += b.size; g.n++; g.chunks.push(buf.subarray(b.start, b.start + b.size)); groups.set(key, g);
}
const rows = [...groups].sort((a, b) => b[1].size - a[1].size).slice(0, Number(process.env.TOP || 40));
for (const [k, g] of rows) console.log(String(g.size).padStart(8), String(zlib.gzipSync(Buffer.concat(g.chunks), { level: 9 }).length).padStart(7), String(g.n).padStart(5), k);
