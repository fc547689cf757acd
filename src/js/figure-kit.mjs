// "Download image" for the figures of "Tether's printing press".
//
// Part of the ECharts bundle (src/js/echarts.mjs), so it comes only once a
// reader interacts, and costs the page's wasm nothing. It draws the
// figure's option with ECharts on no element,
// in the light theme, lays it out with the title, whose figures it shows,
// the legend, the sources and a dated citation (all given by the page's
// code, in the page's language: src/widgets/figure_kit.rs), and offers the
// result as one self-contained SVG, or a PNG drawn from it at twice its
// size.
//
// Nothing in the file refers outside it: no web font (text asks for the
// system's sans-serif), no image, no link; ECharts' hover rules are dropped.

var WIDTH = 720;
var CHART = { width: 672, height: 420 };
var PAD = 24;
var FONT = "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', 'Noto Sans CJK JP', sans-serif";
var INK = "#1c1c1e";
var MUTED = "#54555a";
var RULE = "#dbdee4";

function esc(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// Text widths: the browser's own measure where there is one, else an
// estimate (Latin about half an em, everything else a full em).
var context = null;
function measure(text, size, bold) {
  if (context === null && typeof document !== "undefined") {
    try {
      context = document.createElement("canvas").getContext("2d") || false;
    } catch (e) {
      context = false;
    }
  }
  if (context) {
    context.font = (bold ? "700 " : "400 ") + size + "px " + FONT;
    return context.measureText(text).width;
  }
  var w = 0;
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    w += c < 128 ? (/[A-Zmw]/.test(text[i]) ? 0.68 : 0.53) : 1.0;
  }
  return w * size;
}

// Closing marks a line must not start with.
var NO_START = "）」』】〕、。，．・：；？！ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョ)]},.:;!?%";

/** `text` in lines no wider than `width`: after a space or a Japanese
 * comma or full stop where it can, otherwise between characters (never
 * before a closing mark, never inside a run of Latin letters and digits
 * that fits). */
export function wrap(text, size, width, bold, measureFn) {
  var m = measureFn || measure;
  var pieces = [];
  var cur = "";
  for (var i = 0; i < text.length; i++) {
    var c = text[i];
    var next = text[i + 1] || "";
    cur += c;
    var latin = /[A-Za-z0-9$.,%'’\-–]/;
    var breakAfter = c === " " || "、。，：".indexOf(c) >= 0 || (!latin.test(c) && c.charCodeAt(0) > 127) || (latin.test(c) && next !== "" && !latin.test(next));
    if (breakAfter && NO_START.indexOf(next) < 0) {
      pieces.push(cur);
      cur = "";
    }
  }
  if (cur) pieces.push(cur);
  var lines = [];
  var line = "";
  pieces.forEach(function (p) {
    if (line && m((line + p).replace(/\s+$/, ""), size, bold) > width) {
      lines.push(line.replace(/\s+$/, ""));
      line = p.replace(/^\s+/, "");
    } else {
      line += p;
    }
    // A piece wider than a line on its own (an address) is cut.
    while (m(line, size, bold) > width && line.length > 1) {
      var k = line.length - 1;
      while (k > 1 && m(line.slice(0, k), size, bold) > width) k--;
      lines.push(line.slice(0, k));
      line = line.slice(k);
    }
  });
  if (line) lines.push(line.replace(/\s+$/, ""));
  return lines;
}

function key(mark, colour, x, cy) {
  colour = esc(colour);
  switch (mark) {
    case "line":
      return '<rect x="' + x + '" y="' + (cy - 1.5) + '" width="16" height="3" fill="' + colour + '"/>';
    case "dashed":
      return '<line x1="' + x + '" y1="' + cy + '" x2="' + (x + 16) + '" y2="' + cy + '" stroke="' + colour + '" stroke-width="3" stroke-dasharray="4 3"/>';
    case "dot":
      return '<circle cx="' + (x + 8) + '" cy="' + cy + '" r="5" fill="' + colour + '"/>';
    case "diamond":
      return '<path d="M' + (x + 8) + " " + (cy - 6) + 'l6 6l-6 6l-6-6z" fill="' + colour + '"/>';
    default:
      return '<rect x="' + x + '" y="' + (cy - 7) + '" width="14" height="14" rx="2" fill="' + colour + '"/>';
  }
}

/** The chart's drawing as a nested <svg> at `y`, without ECharts' own
 * root, its hover rules or anything HTML-only. */
function nested(chartSvg, y) {
  var open = chartSvg.indexOf(">");
  var close = chartSvg.lastIndexOf("</svg>");
  if (chartSvg.slice(0, 4) !== "<svg" || open < 0 || close < open) throw new Error("the chart is not an SVG");
  var body = chartSvg
    .slice(open + 1, close)
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/&nbsp;/g, "&#160;");
  return '<svg x="' + PAD + '" y="' + y + '" width="' + CHART.width + '" height="' + CHART.height + '" viewBox="0 0 ' + CHART.width + " " + CHART.height + '">' + body + "</svg>";
}

/** The figure as one self-contained SVG. `d`: { title, chartSvg,
 * legend: [{ name, color, mark }], whose: { label, color }, sources,
 * citation }. Returns { svg, width, height }. */
export function compose(d, measureFn) {
  var out = [];
  var y = PAD - 6;
  var inner = WIDTH - 2 * PAD;
  function block(text, size, bold, fill) {
    var h = Math.round(size * 1.35);
    wrap(String(text), size, inner, bold, measureFn).forEach(function (line) {
      y += h;
      out.push('<text x="' + PAD + '" y="' + Math.round(y - (h - size) / 2 - size * 0.12) + '" font-size="' + size + '" font-weight="' + (bold ? 700 : 400) + '" fill="' + fill + '">' + esc(line) + "</text>");
    });
  }
  block(d.title, 20, true, INK);
  y += 2;
  block(d.whose.label, 14, true, d.whose.color);
  y += 8;
  out.push(nested(d.chartSvg, y));
  y += CHART.height + 6;
  var legend = d.legend || [];
  var row = 22;
  var x = 0;
  if (legend.length) y += row / 2;
  legend.forEach(function (item) {
    var w = 22 + (measureFn || measure)(item.name, 14, false);
    if (x > 0 && x + w > inner) {
      x = 0;
      y += row;
    }
    out.push(key(item.mark, item.color, PAD + x, y));
    out.push('<text x="' + Math.round(PAD + x + 22) + '" y="' + Math.round(y + 5) + '" font-size="14" fill="' + MUTED + '">' + esc(item.name) + "</text>");
    x += w + 16;
  });
  if (legend.length) y += row / 2;
  y += 10;
  out.push('<rect x="' + PAD + '" y="' + y + '" width="' + inner + '" height="1" fill="' + RULE + '"/>');
  y += 4;
  block(d.sources, 13, false, MUTED);
  y += 4;
  block(d.citation, 13, false, MUTED);
  var height = Math.ceil(y + PAD - 4);
  var svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="' + WIDTH + '" height="' + height + '" viewBox="0 0 ' + WIDTH + " " + height + '" font-family="' + FONT + '">' +
    "<title>" + esc(d.title) + "</title>" +
    '<rect width="' + WIDTH + '" height="' + height + '" fill="#ffffff"/>' +
    out.join("") +
    "</svg>";
  return { svg: svg, width: WIDTH, height: height };
}

/** The option (JSON text) drawn by ECharts' `init` as SVG text, in the
 * light theme. */
function chartSvg(init, optionJson) {
  var chart = init(null, null, { renderer: "svg", ssr: true, width: CHART.width, height: CHART.height });
  try {
    var option = JSON.parse(optionJson);
    option.animation = false;
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function offer(name, blob) {
  var url = URL.createObjectURL(blob);
  var a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () {
    URL.revokeObjectURL(url);
  }, 10000);
}

/** The SVG drawn into a PNG at `scale` times its size. */
function png(made, scale) {
  return new Promise(function (resolve, reject) {
    var url = URL.createObjectURL(new Blob([made.svg], { type: "image/svg+xml;charset=utf-8" }));
    var img = new Image();
    img.onload = function () {
      URL.revokeObjectURL(url);
      try {
        var canvas = document.createElement("canvas");
        canvas.width = made.width * scale;
        canvas.height = made.height * scale;
        var ctx = canvas.getContext("2d");
        ctx.scale(scale, scale);
        ctx.drawImage(img, 0, 0, made.width, made.height);
        canvas.toBlob(function (blob) {
          if (blob) resolve(blob);
          else reject(new Error("the browser made no PNG"));
        }, "image/png");
      } catch (e) {
        reject(e);
      }
    };
    img.onerror = function () {
      URL.revokeObjectURL(url);
      reject(new Error("the browser could not draw the SVG"));
    };
    img.src = url;
  });
}

/** Makes the figure's file and offers it. `json`: { kind: "png" | "svg",
 * name, option, title, legend, whose, sources, citation }, as JSON text.
 * The status line is emptied once the file is offered, or says what its
 * `data-failed` holds if the file could not be made. */
export function save(init, json, status) {
  var d;
  function report(ok, e) {
    if (!ok) console.warn("figure image:", e);
    if (status) status.textContent = ok ? "" : status.getAttribute("data-failed") || "";
  }
  try {
    d = JSON.parse(json);
  } catch (e) {
    return report(false, e);
  }
  Promise.resolve()
    .then(function () {
      d.chartSvg = chartSvg(init, d.option);
      var made = compose(d);
      if (d.kind === "svg") return new Blob([made.svg], { type: "image/svg+xml;charset=utf-8" });
      return png(made, 2);
    })
    .then(function (blob) {
      offer(d.name + (d.kind === "svg" ? ".svg" : ".png"), blob);
      report(true);
    })
    .catch(function (e) {
      report(false, e);
    });
}

/** Works through the files the page has queued (src/browser.rs,
 * queue_figure_file): [json, status line] each. */
export function drain(init) {
  var queue = window.__tetherKitQueue || [];
  window.__tetherKitQueue = [];
  queue.forEach(function (job) {
    save(init, job[0], job[1]);
  });
}

