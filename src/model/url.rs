//! Scenario state in the URL: a compact, versioned query string holding only
//! what differs from the defaults, e.g. `v=2&y=4.3&h=135`.
//!
//! Decoding never fails. Unknown keys are ignored; out-of-range values are
//! clamped; non-finite, malformed and duplicated values are rejected. Every
//! repair comes back as a [`Warning`] the page can show. Nothing decoded here
//! is ever treated as markup: warnings carry plain, truncated text.

use super::assumptions::PATH_YEARS;
use super::{Assumptions, Basis, Param, YieldPath};

/// The format version this code writes. Version 2 starts the article's
/// figure set on the yield path of what happened (December 2025's bill
/// yield held); version 1 started it on the article's 2024 yield held, so a
/// version-1 link that names no path still gets that one.
pub const VERSION: &str = "2";

/// The versions this code reads.
const READS: [&str; 2] = ["1", VERSION];

/// Keys the page itself uses (language, embedding, deep links) and the ones
/// pym.js parents add to an iframe's URL. The model leaves them alone without
/// a warning.
pub const PAGE_KEYS: &[&str] =
    &["lang", "embed", "section", "childId", "initialWidth", "parentTitle", "parentUrl"];

/// Longest key or value quoted back in a warning.
const QUOTE_MAX: usize = 32;

/// A repair made while decoding.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// The version is not one this page reads; everything else was ignored.
    UnsupportedVersion(String),
    /// A key the page does not know; ignored.
    UnknownKey(String),
    /// A value that is not a finite number (or not a known name); the default
    /// was kept.
    Rejected {
        /// The key.
        key: String,
        /// The value as given, truncated.
        raw: String,
    },
    /// A value outside its range; the nearest allowed value was used.
    Clamped {
        /// The key.
        key: String,
        /// The value as given.
        given: f64,
        /// The value used.
        used: f64,
    },
    /// A key given more than once; all its values were ignored.
    Duplicate(String),
}

/// The outcome of decoding: always a usable scenario, plus what was repaired.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The scenario.
    pub assumptions: Assumptions,
    /// The repairs, in the order they were made.
    pub warnings: Vec<Warning>,
}

fn quote(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(QUOTE_MAX).collect();
    if s.chars().count() > QUOTE_MAX {
        out.push('…');
    }
    out
}

fn number(v: f64) -> String {
    // `{}` prints the shortest text that reads back as the same f64.
    format!("{v}")
}

/// Encodes a scenario as a query string (without `?`). The article's defaults
/// encode as the empty string.
pub fn encode(a: &Assumptions) -> String {
    let base = Assumptions::preset(a.basis);
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if a.basis != Basis::Article {
        pairs.push(("b", a.basis.key().to_string()));
    }
    if a.yield_path != base.yield_path {
        pairs.push(("yp", a.yield_path.key().to_string()));
    }
    if a.custom_path != base.custom_path {
        let path: Vec<String> = a.custom_path.iter().map(|v| number(*v)).collect();
        pairs.push(("p", path.join(",")));
    }
    for &p in Param::ALL {
        let v = p.get(a);
        if v != p.get(&base) {
            pairs.push((p.spec().key, number(v)));
        }
    }
    if pairs.is_empty() {
        return String::new();
    }
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("v", VERSION);
    for (k, v) in pairs {
        out.append_pair(k, &v);
    }
    out.finish()
}

/// Parses one number, rejecting anything that is not finite.
fn parse_number(raw: &str) -> Option<f64> {
    raw.trim().parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Decodes a query string (with or without the leading `?`). Never fails.
pub fn decode(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let mut warnings = Vec::new();

    // Keys given more than once are dropped whole: which one was meant?
    let mut seen: Vec<&str> = Vec::new();
    let mut dup: Vec<&str> = Vec::new();
    for (k, _) in &pairs {
        if seen.contains(&k.as_str()) {
            if !dup.contains(&k.as_str()) {
                dup.push(k);
                warnings.push(Warning::Duplicate(quote(k)));
            }
        } else {
            seen.push(k);
        }
    }
    let get = |key: &str| -> Option<&str> {
        if dup.contains(&key) {
            return None;
        }
        pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    };

    let version = get("v");
    if let Some(v) = version {
        if !READS.contains(&v) {
            warnings.push(Warning::UnsupportedVersion(quote(v)));
            return Decoded { assumptions: Assumptions::default(), warnings };
        }
    }

    let basis = match get("b") {
        None => Basis::Article,
        Some(raw) => match Basis::ALL.into_iter().find(|b| b.key() == raw) {
            Some(b) => b,
            None => {
                warnings.push(Warning::Rejected { key: "b".into(), raw: quote(raw) });
                Basis::Article
            }
        },
    };
    let mut a = Assumptions::preset(basis);
    let legacy = version == Some("1") && basis == Basis::Article;
    if legacy {
        // What a version-1 link showed without a path of its own.
        a.yield_path = YieldPath::Article;
    }

    if let Some(raw) = get("yp") {
        match YieldPath::ALL.into_iter().find(|p| p.key() == raw) {
            Some(p) => a.yield_path = p,
            None => warnings.push(Warning::Rejected { key: "yp".into(), raw: quote(raw) }),
        }
    }

    if legacy && a.yield_path == YieldPath::Custom && get("p").is_none() {
        // Version 1's own path started from the article's.
        a.custom_path = YieldPath::Article.values();
    }
    if let Some(raw) = get("p") {
        match decode_path(raw, &mut warnings) {
            Some(path) => a.custom_path = path,
            None => warnings.push(Warning::Rejected { key: "p".into(), raw: quote(raw) }),
        }
    }

    for (key, raw) in &pairs {
        let key = key.as_str();
        if dup.contains(&key) || matches!(key, "v" | "b" | "yp" | "p") || PAGE_KEYS.contains(&key) {
            continue;
        }
        let Some(param) = Param::from_key(key) else {
            warnings.push(Warning::UnknownKey(quote(key)));
            continue;
        };
        let Some(given) = parse_number(raw) else {
            warnings.push(Warning::Rejected { key: key.into(), raw: quote(raw) });
            continue;
        };
        param.set(&mut a, given);
        let used = param.get(&a);
        if used != given {
            warnings.push(Warning::Clamped { key: key.into(), given, used });
        }
    }

    Decoded { assumptions: a, warnings }
}

/// A custom yield path: seven comma-separated percentages, each clamped to the
/// bill-yield range. Any malformed entry rejects the whole path.
fn decode_path(raw: &str, warnings: &mut Vec<Warning>) -> Option<[f64; PATH_YEARS]> {
    let values: Vec<f64> = raw.split(',').map(parse_number).collect::<Option<Vec<_>>>()?;
    let mut path: [f64; PATH_YEARS] = values.try_into().ok()?;
    let spec = Param::BillYield.spec();
    for v in path.iter_mut() {
        let used = v.clamp(spec.min, spec.max);
        if used != *v {
            warnings.push(Warning::Clamped { key: "p".into(), given: *v, used });
            *v = used;
        }
    }
    Some(path)
}
