// Deterministic generator of malformed page URLs for robust.spec.ts, and a
// mirror of the page's URL decoding (src/model/url.rs, src/app.rs) that
// predicts, from the query string the browser actually holds, how many
// repairs the page must list, which sections it shows and its language.

/** A small seeded PRNG (mulberry32): the same seed gives the same URLs. */
export function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
    shuffle: <T>(xs: readonly T[]): T[] => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

export const SECTION_IDS = [
  "profit", "per-head", "printing-press", "rate-cuts", "compute", "data",
  "bci", "portfolio", "why", "irony", "business-model", "claims", "sources",
];

/** Every numeric input's URL key and range: the `params!` table of
 * src/model/assumptions.rs. */
export const PARAM_RANGES: Record<string, [number, number]> = {
  tp: [5, 20], or: [3.7, 13], ol: [0, 10], ar: [0.5, 5], al: [2.7, 5.6],
  th: [100, 250], oh: [1500, 4500], h: [60, 200], y: [0, 5.5], hr: [0, 5],
  nl: [500, 700], gc: [10000, 24000], gp: [20, 45], dt: [40, 300], fw: [10000, 20000],
  it: [20, 60], ib: [20, 60], bw: [30, 100], sw: [130, 160], in: [500, 700],
  bi: [100, 300], io: [0, 500], re: [0.5, 1.5], fx: [1.05, 1.2], ra: [1, 15],
  rd: [1, 15], opy: [2026, 2035], apy: [2026, 2035],
};
const NUMERIC_KEYS = Object.keys(PARAM_RANGES);
/** The range of a numeric key; nothing for any other key ("constructor" too). */
const rangeOf = (key: string): [number, number] | undefined =>
  Object.prototype.hasOwnProperty.call(PARAM_RANGES, key) ? PARAM_RANGES[key] : undefined;
/** The model's other keys: format version, figure set, yield path, custom path. */
const MODEL_KEYS = ["v", "b", "yp", "p"];
/** Keys the page reads itself (src/model/url.rs PAGE_KEYS). */
const PAGE_KEYS = ["lang", "embed", "section", "childId", "initialWidth", "parentTitle", "parentUrl"];
/** Keys the page does not know ("theme" and "basis" are not URL keys here). */
const UNKNOWN_KEYS = ["zz", "H", "theme", "basis", "h ", "__proto__", "constructor", "toString", ""];
const BASES = ["article", "latest"];
const YIELD_PATHS = ["article", "avg2024", "dec2024", "dec2025", "custom"];
const PATH_YEARS = 7;
const BILL_YIELD = PARAM_RANGES.y;

/** Script and HTML payloads: each would set `window.__pwned` if it ever ran. */
export const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '"><img src=x onerror="window.__pwned=1">',
  "javascript:window.__pwned=1",
  "<svg onload=window.__pwned=1>",
  "'><iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
  "<a href=javascript:window.__pwned=1 id=pwn>x</a>",
];

/** A value as it goes into the URL: `raw` ones are written as they are
 * (broken percent-encodings), the others are percent-encoded. */
type Value = { text: string; raw?: boolean; long?: boolean };

const MALFORMED: Value[] = [
  { text: "NaN" }, { text: "nan" }, { text: "Infinity" }, { text: "-Infinity" }, { text: "inf" },
  { text: "1e309" }, { text: "-1e309" }, { text: "1e300" }, { text: "-1e300" }, { text: "-5" },
  { text: "-0.01" }, { text: "" }, { text: "0x10" }, { text: " " }, { text: "\t\n" },
  { text: "1,5" }, { text: "1e" }, { text: "." }, { text: "+" }, { text: "--1" }, { text: "1.2.3" },
  { text: "%", raw: true }, { text: "%E0%A4%A", raw: true }, { text: "%ZZ", raw: true },
  { text: "%00", raw: true }, { text: "%FF%FE", raw: true }, { text: "%C0%AF", raw: true },
  { text: "１２３" }, { text: "٣" }, { text: "日本語" }, { text: "😀" }, { text: "\u202Egnp.x" },
  { text: "a".repeat(10_000), long: true }, { text: "9".repeat(10_000), long: true },
];

/** Hash fragments, payloads among them. */
const HASHES = [
  "#<img src=x onerror=window.__pwned=1>",
  "#javascript:window.__pwned=1",
  "#%3Csvg%20onload%3Dwindow.__pwned%3D1%3E",
  "#\"><script>window.__pwned=1</script>",
  "#printing-press", "#why", "#", "#%ZZ", "#" + "b".repeat(2000),
];

function validValue(key: string, r: ReturnType<typeof prng>): string {
  const range = rangeOf(key);
  if (range) {
    const [min, max] = range;
    const v = Math.round((min + (max - min) * r.next()) * 100) / 100;
    return r.chance(0.3) ? ` ${v} ` : String(v);
  }
  switch (key) {
    case "v": return "1";
    case "b": return r.pick(BASES);
    case "yp": return r.pick(YIELD_PATHS);
    case "p": return Array.from({ length: PATH_YEARS }, () => (r.next() * 5).toFixed(2)).join(",");
    case "lang": return r.pick(["en", "ja", "ja-JP", "EN_us"]);
    case "embed": return "0";
    case "section": return r.pick(SECTION_IDS);
    default: return "x";
  }
}

function encodePart(text: string, raw: boolean): string {
  return raw ? text : encodeURIComponent(text);
}

export type FuzzCase = { name: string; path: string };

/** At least `count` URLs (relative to the site's root), the same every run. */
export function fuzzCases(seed = 0x7e7e, count = 200): FuzzCase[] {
  const r = prng(seed);
  const cases: FuzzCase[] = [];
  const add = (name: string, query: string, hash = "") => cases.push({ name, path: `./${query}${hash}` });
  const pair = (k: string, v: string, rawKey = false, rawValue = false) =>
    `${encodePart(k, rawKey)}=${encodePart(v, rawValue)}`;

  // Hand-written edge cases.
  const P = PAYLOADS;
  add("no query", "");
  add("bare ?", "?");
  add("empty pairs", "?&&&");
  add("empty key and value", "?=");
  add("key without =", "?h");
  add("only =s", "?===&==");
  add("unsupported version", "?v=9&h=150");
  add("version twice", "?v=1&v=1&h=150");
  add("lang twice", "?lang=en&lang=ja");
  add("lang payload", `?lang=${encodeURIComponent(P[0])}`);
  add("lang region tag", "?lang=ja-JP");
  add("embed one valid section", "?embed=1&section=why");
  add("embed with payload section (raw)", `?embed=1&section=${P[1]}`);
  add("payload embed flag", `?embed=${encodeURIComponent(P[3])}&section=printing-press`);
  add("unknown section", "?section=nowhere");
  add("payload key (raw)", `?${P[0]}=1`);
  add("payload key and value (encoded)", `?${pair(P[1], P[1])}`);
  add("payload key twice", `?${pair(P[3], "1")}&${pair(P[3], "2")}`);
  add("short custom path", "?yp=custom&p=1,2,3");
  add("custom path out of range", "?yp=custom&p=9,9,9,9,9,9,-9");
  add("custom path with NaN", "?yp=custom&p=NaN,1,1,1,1,1,1");
  add("valid latest basis", "?b=latest&yp=dec2025&h=141");
  add("payload basis", `?b=${encodeURIComponent(P[2])}&yp=${P[0]}`);
  add("non-finite with payload hash", "?h=1e309", HASHES[0]);
  add("javascript: hash", "?lang=en", HASHES[1]);
  add("embed child id payload", `?embed=1&childId=${encodeURIComponent(P[1])}`);
  add("pym keys with payloads", `?embed=1&section=profit&parentUrl=${encodeURIComponent(P[2])}&parentTitle=${P[3]}&initialWidth=NaN`);
  add("300 unknown pairs", "?" + Array.from({ length: 300 }, (_, i) => `k${i}=${i}`).join("&"));
  add("plus signs as spaces", "?h=+150+&th=1+0+0");

  // Every payload in every key (the version key alone, since a wrong
  // version stops the model's keys from being read).
  const keys = [...NUMERIC_KEYS, ...MODEL_KEYS.filter((k) => k !== "v"), ...PAGE_KEYS, ...UNKNOWN_KEYS.slice(0, 4)];
  PAYLOADS.forEach((payload, pi) => {
    const shuffled = r.shuffle(keys);
    for (let i = 0; i < shuffled.length; i += 5) {
      const chunk = shuffled.slice(i, i + 5);
      const query = chunk.map((k) => pair(k, payload, false, r.chance(0.5))).join("&");
      add(`payload ${pi} in ${chunk.join(",")}`, `?${query}`, r.chance(0.3) ? r.pick(HASHES) : "");
    }
    add(`payload ${pi} as version`, `?${pair("v", payload, false, r.chance(0.5))}&h=150`);
  });

  // Every malformed value at least once in a numeric key, with company.
  MALFORMED.forEach((value, vi) => {
    const key = NUMERIC_KEYS[vi % NUMERIC_KEYS.length];
    const parts = [pair(key, value.text, false, !!value.raw)];
    if (!value.long) {
      for (let n = r.int(3); n > 0; n--) parts.push(randomPair(r));
    }
    add(`value ${JSON.stringify(value.text.slice(0, 12))} in ${key}`, `?${r.shuffle(parts).join("&")}`, value.long ? "" : r.chance(0.3) ? r.pick(HASHES) : "");
  });

  // Random mixtures until there are enough.
  while (cases.length < count) {
    const parts: string[] = [];
    for (let n = 1 + r.int(4); n > 0; n--) parts.push(randomPair(r));
    if (r.chance(0.2)) parts.push(r.pick(parts)); // a duplicated key
    if (r.chance(0.3)) parts.push(`lang=${r.pick(["en", "ja"])}`);
    add(`random ${cases.length}`, `?${r.shuffle(parts).join("&")}`, r.chance(0.3) ? r.pick(HASHES) : "");
  }
  return cases;

  function randomPair(r: ReturnType<typeof prng>): string {
    const keyKind = r.int(10);
    const key =
      keyKind < 5 ? r.pick(NUMERIC_KEYS)
      : keyKind < 6 ? r.pick(MODEL_KEYS.filter((k) => k !== "v"))
      : keyKind < 8 ? r.pick(PAGE_KEYS.filter((k) => k !== "embed"))
      : keyKind < 9 ? r.pick(UNKNOWN_KEYS)
      : r.pick(PAYLOADS);
    const valueKind = r.int(10);
    if (valueKind < 2) return pair(key, validValue(key, r));
    if (valueKind < 5) return pair(key, r.pick(PAYLOADS), false, r.chance(0.5));
    const value = r.pick(MALFORMED.filter((m) => !m.long));
    return pair(key, value.text, false, !!value.raw);
  }
}

// ---- the mirror of the page's decoding ----

/** Rust's `char::is_whitespace` (White_Space), which `str::trim` strips. */
const RUST_WS = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const RUST_TRIM = new RegExp(`^${RUST_WS}+|${RUST_WS}+$`, "g");
/** The grammar of Rust's `f64::from_str`. */
const RUST_FLOAT = /^[+-]?(?:inf|infinity|nan|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)$/i;

/** `parse_number` of src/model/url.rs: a finite f64 or nothing. */
function parseNumber(raw: string): number | null {
  const s = raw.replace(RUST_TRIM, "");
  if (!RUST_FLOAT.test(s) || /inf|nan/i.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

export type Expected = {
  /** How many repairs the notice lists. */
  repairs: number;
  /** The sections shown, in order. */
  sections: string[];
  embed: boolean;
  lang: "en" | "ja";
};

/** What the page should show for `search` (location.search), given the
 * browser's languages. Mirrors `decode` in src/model/url.rs and `App` in
 * src/app.rs. */
export function expectedFor(search: string, browserLangs: string[] = ["en-US"]): Expected {
  const q = search.startsWith("?") ? search.slice(1) : search;
  const pairs = [...new URLSearchParams(q)];
  let repairs = 0;
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const [k] of pairs) {
    if (seen.has(k)) {
      if (!dup.has(k)) {
        dup.add(k);
        repairs++;
      }
    } else seen.add(k);
  }
  const get = (key: string) => (dup.has(key) ? undefined : pairs.find(([k]) => k === key)?.[1]);

  const v = get("v");
  if (v !== undefined && v !== "1" && v !== "2") {
    repairs++;
  } else {
    const b = get("b");
    if (b !== undefined && !BASES.includes(b)) repairs++;
    const yp = get("yp");
    if (yp !== undefined && !YIELD_PATHS.includes(yp)) repairs++;
    const p = get("p");
    if (p !== undefined) {
      const values = p.split(",").map(parseNumber);
      if (values.length !== PATH_YEARS || values.some((x) => x === null)) repairs++;
      else repairs += values.filter((x) => x! < BILL_YIELD[0] || x! > BILL_YIELD[1]).length;
    }
    // Blackrock's implants never exceed all implants (Param::set): "ib" is
    // clamped to the total set so far, in the address's order.
    let implants = get("b") === "latest" ? 30 : 35;
    for (const [key, raw] of pairs) {
      if (dup.has(key) || MODEL_KEYS.includes(key) || PAGE_KEYS.includes(key)) continue;
      const range = rangeOf(key);
      if (!range) {
        repairs++;
        continue;
      }
      const given = parseNumber(raw);
      if (given === null) {
        repairs++;
        continue;
      }
      const used = Math.min(Math.max(given, range[0]), key === "ib" ? Math.min(range[1], implants) : range[1]);
      if (key === "it") implants = used;
      if (used !== given) repairs++;
    }
  }

  // The page's own keys, read with URLSearchParams.get (the first value).
  const params = new URLSearchParams(q);
  const section = params.get("section");
  if (section !== null && !SECTION_IDS.includes(section)) repairs++;
  const embed = params.get("embed") === "1";
  const sections = embed && section !== null && SECTION_IDS.includes(section) ? [section] : SECTION_IDS;
  const tag = (t: string | null) => {
    const primary = (t ?? "").split(/[-_]/)[0].replace(RUST_TRIM, "").replace(/[A-Z]/g, (c) => c.toLowerCase());
    return primary === "en" || primary === "ja" ? primary : null;
  };
  // The root page's head script: `?lang=` first; an old `?embed=1` link
  // without it follows the browser, as it always did; anything else stays
  // on the root page, in Japanese (no remembered choice in a fresh context).
  const lang = tag(params.get("lang")) ?? (embed ? (browserLangs.map(tag).find((t) => t !== null) ?? "en") : "ja");
  return { repairs, sections, embed, lang };
}
