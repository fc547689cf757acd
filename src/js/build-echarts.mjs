// Bundles the ECharts the site serves (src/js/echarts.mjs) with esbuild:
//   node src/js/build-echarts.mjs <outfile>
// The Makefile minifies the result with terser.
//
// Two changes to ECharts on the way, made here so they cannot be lost or
// silently skipped: the build fails if the code a change replaces is not
// found, or if its file is not in the bundle.
//
// 1. zrender's SVG painter renders each frame to a virtual DOM and patches
// the page's SVG with it, pairing old and new nodes by key, and the key is
// the drawn element's id. ECharts builds its axes (lines, ticks, split lines
// and labels) afresh on every update, with new ids, so every step of a
// control removed and re-created all of them (36 nodes a step in the
// printing press's chart), even when the axes were held still and nothing
// about them changed: the browser then styled, laid out and painted them
// all again. Paired by tag and position instead, an unchanged node keeps
// its element and only what changed is written. The patch stays correct
// for any pairing: a node paired with another of the same tag gets the new
// one's attributes, text and children. Nothing else in zrender reads the
// DOM nodes' identity (hit testing is its own, by coordinates).
//
// 2. On every update, the HTML tooltip asked for the chart element's
// computed position (to make it `relative` unless it is `absolute`). A
// step has just changed the prose, so that read made the browser restyle
// the document inside the step, once per chart (3.2 ms of one traced
// 12 ms step of the holdings slider, at 1x). The element's own style
// answers first now: once ECharts has made it `relative` (its first
// update), no style is read. The outcome is the same in every case: with
// an inline `relative`, the old code either left it or set it again.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";

const out = process.argv[2];
if (!out) throw new Error("usage: node src/js/build-echarts.mjs <outfile>");

const PATCHES = [
  {
    file: /zrender[\\/]lib[\\/]svg[\\/]patch\.js$/,
    name: "zrender/lib/svg/patch.js: SVG nodes paired by tag",
    from: `function sameVnode(vnode1, vnode2) {
    var isSameKey = vnode1.key === vnode2.key;
    var isSameTag = vnode1.tag === vnode2.tag;
    return isSameTag && isSameKey;
}`,
    to: `function sameVnode(vnode1, vnode2) {
    return vnode1.tag === vnode2.tag;
}`,
  },
  {
    file: /echarts[\\/]lib[\\/]component[\\/]tooltip[\\/]TooltipHTMLContent\.js$/,
    name: "echarts/lib/component/tooltip/TooltipHTMLContent.js: no style read once positioned",
    from: `      var position = getComputedStyle(container, 'position');
      var domStyle = container.style;
      if (domStyle.position !== 'absolute' && position !== 'absolute') {`,
    to: `      var domStyle = container.style;
      if (domStyle.position !== 'absolute' && domStyle.position !== 'relative' && getComputedStyle(container, 'position') !== 'absolute') {`,
  },
];

const patches = {
  name: "echarts-patches",
  setup(b) {
    for (const patch of PATCHES) {
      b.onLoad({ filter: patch.file }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (!source.includes(patch.from)) {
          throw new Error(`${args.path}: the code to change is not as expected (ECharts changed?); see src/js/build-echarts.mjs`);
        }
        return { contents: source.replace(patch.from, patch.to), loader: "js" };
      });
    }
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
  plugins: [patches],
  metafile: true,
});
for (const patch of PATCHES) {
  if (!Object.keys(result.metafile.inputs).some((p) => patch.file.test(p))) {
    throw new Error(`the bundle does not hold ${patch.name.split(":")[0]}: that change was not applied`);
  }
}
