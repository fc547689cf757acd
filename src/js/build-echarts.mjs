// Bundles the ECharts the site serves (src/js/echarts.mjs) with esbuild:
//   node src/js/build-echarts.mjs <outfile>
// The Makefile minifies the result with terser.
//
// One change to ECharts' renderer on the way, made here so it cannot be lost
// or silently skipped: the build fails if the code it replaces is not found.
//
// zrender's SVG painter renders each frame to a virtual DOM and patches the
// page's SVG with it, pairing old and new nodes by key, and the key is the
// drawn element's id. ECharts builds its axes (lines, ticks, split lines and
// labels) afresh on every update, with new ids, so every step of a control
// removed and re-created all of them (36 nodes a step in the printing
// press's chart), even when the axes were held still and nothing about them
// changed: the browser then styled, laid out and painted them all again.
// Paired by tag and position instead, an unchanged node keeps its element
// and only what changed is written. The patch stays correct for any
// pairing: a node paired with another of the same tag gets the new one's
// attributes, text and children. Nothing else in zrender reads the DOM
// nodes' identity (hit testing is its own, by coordinates).
import { build } from "esbuild";
import { readFile } from "node:fs/promises";

const out = process.argv[2];
if (!out) throw new Error("usage: node src/js/build-echarts.mjs <outfile>");

const SAME_VNODE = `function sameVnode(vnode1, vnode2) {
    var isSameKey = vnode1.key === vnode2.key;
    var isSameTag = vnode1.tag === vnode2.tag;
    return isSameTag && isSameKey;
}`;
const BY_TAG = `function sameVnode(vnode1, vnode2) {
    return vnode1.tag === vnode2.tag;
}`;

const pairByTag = {
  name: "svg-patch-pairs-by-tag",
  setup(b) {
    b.onLoad({ filter: /zrender[\\/]lib[\\/]svg[\\/]patch\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes(SAME_VNODE)) {
        throw new Error(`${args.path}: sameVnode is not as expected (zrender changed?); see src/js/build-echarts.mjs`);
      }
      return { contents: source.replace(SAME_VNODE, BY_TAG), loader: "js" };
    });
  },
};

const result = await build({
  entryPoints: ["src/js/echarts.mjs"],
  bundle: true,
  format: "iife",
  legalComments: "none",
  define: { "process.env.NODE_ENV": '"production"' },
  outfile: out,
  logLevel: "warning",
  plugins: [pairByTag],
  metafile: true,
});
if (!Object.keys(result.metafile.inputs).some((p) => /zrender[\\/]lib[\\/]svg[\\/]patch\.js$/.test(p))) {
  throw new Error("the bundle holds no zrender/lib/svg/patch.js: the SVG renderer's patch was not applied");
}
