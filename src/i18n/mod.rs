//! Languages, their strings and their number formats.
//!
//! Every sentence a reader sees lives in one locale file per language
//! (`en.rs`, `ja.rs`), as a value of the [`Strings`] struct. The compiler
//! refuses a locale that lacks a key; `tests/native/i18n.rs` checks that both
//! languages use the same `{placeholders}` in every template.
//!
//! The browser's build does not compile the locale files in: the prerender
//! writes each language's strings as a file ([`Strings::to_file`]), the
//! page fetches its language's and hands it to [`load`], and
//! [`Lang::strings`] reads what was loaded. A reader fetches one language;
//! the registry's bilingual texts (`model`) stay in the wasm.
//!
//! Like `model`, this module is pure Rust with no web crates.

// The texts themselves: compiled into native builds (the prerender, the
// tests) and into wasm built with `bundled-strings`. The browser's build
// leaves them out and loads one language at a time (see `load`): they are
// the largest data in the wasm, and a reader needs one language.
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
mod en;
pub mod format;
mod params;
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
mod ja;

/// Each language's file as the browser loaded it ([`read_language_file`]):
/// its strings, and its side of the registry's texts, (id, text) in order
/// of id.
#[cfg(all(target_arch = "wasm32", not(feature = "bundled-strings")))]
static LOADED: [std::sync::OnceLock<(Box<Strings>, Vec<(u32, &'static str)>)>; 2] =
    [std::sync::OnceLock::new(), std::sync::OnceLock::new()];

/// A language of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Japanese.
    Ja,
}

impl Lang {
    /// Both languages.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The BCP 47 tag, as used in `<html lang>` and `?lang=`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// Parses a `?lang=` value or a browser language such as `ja-JP`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// Picks a language: an explicit `?lang=` first, then the browser's
    /// preferred languages in order, then English.
    pub fn negotiate<'a>(query: Option<&str>, browser: impl IntoIterator<Item = &'a str>) -> Lang {
        query
            .and_then(Lang::from_tag)
            .or_else(|| browser.into_iter().find_map(Lang::from_tag))
            .unwrap_or_default()
    }

    /// The other language, for the toggle.
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::En,
        }
    }

    /// This language's strings. In the browser's build, a language is there
    /// once [`load`] has read it; the code asks for a language only after
    /// that (the takeover waits for the page's, the switch for the other).
    /// Should that ever fail, the other language's strings stand in, so the
    /// page still reads, and failing both an empty set (no panic).
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &en::EN,
            Lang::Ja => &ja::JA,
        }
    }

    /// This language's strings (see the other build's doc).
    #[cfg(all(target_arch = "wasm32", not(feature = "bundled-strings")))]
    pub fn strings(self) -> &'static Strings {
        LOADED[self as usize].get().or_else(|| LOADED[self.other() as usize].get()).map_or(&Strings::EMPTY, |(s, _)| s)
    }

    /// Whether this language's strings are there to use.
    pub fn is_loaded(self) -> bool {
        #[cfg(all(target_arch = "wasm32", not(feature = "bundled-strings")))]
        return LOADED[self as usize].get().is_some();
        #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
        return true;
    }
}

/// Declares [`Strings`], every field a `&'static str`, with its keys in
/// field order and the conversions to and from a list of values in that
/// order: the form the browser loads a language in (see [`load`]).
macro_rules! strings_struct {
    ($(#[$sm:meta])* pub struct Strings { $( $(#[$m:meta])* pub $name:ident: &'static str, )* }) => {
        $(#[$sm])*
        #[repr(C)]
        pub struct Strings { $( $(#[$m])* pub $name: &'static str, )* }

        impl Strings {
            /// The keys, in field order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($name)),*];

            /// Every string empty: what the browser's build falls back to
            /// if no language could be loaded.
            pub const EMPTY: Strings = Strings { $( $name: "", )* };

            /// The values, in field order.
            pub fn values(&self) -> Vec<&'static str> {
                vec![$(self.$name),*]
            }

            /// Strings from values in field order, where they are:
            /// `None` unless there is exactly one value per key.
            ///
            /// The values become the fields without a copy. Built field by
            /// field, this took 11 KB of wasm (6 KB gzip), one load and one
            /// store per word of every field.
            pub fn from_values(values: Vec<&'static str>) -> Option<Box<Strings>> {
                const {
                    assert!(
                        std::mem::size_of::<Strings>() == Strings::KEYS.len() * std::mem::size_of::<&str>()
                            && std::mem::align_of::<Strings>() == std::mem::align_of::<&str>()
                    )
                };
                let values: Box<[&'static str; Strings::KEYS.len()]> = values.into_boxed_slice().try_into().ok()?;
                // SAFETY: `Strings` is `repr(C)` and its fields are all
                // `&'static str`, one per key, so it is laid out as an
                // array of them (the assertion above checks size and
                // alignment): the same allocation, read as the struct.
                Some(unsafe { Box::from_raw(Box::into_raw(values).cast::<Strings>()) })
            }
        }
    };
}

/// What separates the values in a language's strings file: the ASCII unit
/// separator, which no text of the page contains (a native test checks).
pub const SEPARATOR: char = '\u{1f}';

impl Strings {
    /// The values as the strings file holds them: in field order, joined by
    /// [`SEPARATOR`].
    pub fn to_file(&self) -> String {
        self.values().join(&SEPARATOR.to_string())
    }

    /// Reads a strings file ([`Strings::to_file`]); `None` if it does not
    /// hold one value per key.
    pub fn from_file(text: &'static str) -> Option<Box<Strings>> {
        Strings::from_values(text.split(SEPARATOR).collect())
    }
}

strings_struct! {
    /// Every user-visible string of the page, in one language.
    ///
    /// Field names are the keys; each locale file (`en.rs`, `ja.rs`) is one value
    /// of this struct, so a missing key does not compile. Templates mark live
    /// values with `{name}` (see [`segments`]); the English file shows each key's
    /// meaning in context. Keys are grouped by section in page order.
    #[derive(Debug, serde::Serialize)]
    pub struct Strings {
        /// Locale string `site_title`.
        pub site_title: &'static str,
        /// Locale string `site_dek`.
        pub site_dek: &'static str,
        /// Locale string `site_dek_latest`.
        pub site_dek_latest: &'static str,
        /// Locale string `byline`.
        pub byline: &'static str,
        /// Locale string `lang_switch`.
        pub lang_switch: &'static str,
        /// Locale string `lang_switch_label`.
        pub lang_switch_label: &'static str,
        /// Locale string `lang_offer`: the offer, at the top of the page in the
        /// other language, to a browser that prefers this one. Written in this
        /// language.
        pub lang_offer: &'static str,
        /// Locale string `lang_offer_stay`: the offer's "no, thanks", in this
        /// language.
        pub lang_offer_stay: &'static str,
        /// Locale string `lang_offer_label`: the offer's landmark name.
        pub lang_offer_label: &'static str,
        /// Locale string `fatal_error`.
        pub fatal_error: &'static str,
        /// Locale string `code_unavailable`.
        pub code_unavailable: &'static str,
        /// Locale string `nojs_note`: shown only where JavaScript is off
        /// (style/main.css), above an article whose controls cannot move.
        pub nojs_note: &'static str,
        /// Locale string `toolbar_label`.
        pub toolbar_label: &'static str,
        /// Locale string `basis_label`.
        pub basis_label: &'static str,
        /// Locale string `basis_article`.
        pub basis_article: &'static str,
        /// Locale string `basis_latest`.
        pub basis_latest: &'static str,
        /// Locale string `latest_as_of`: the date the latest figure set stands at, in the toolbar.
        pub latest_as_of: &'static str,
        /// Locale string `dated`: a figure's date after it, when the latest figures are on.
        pub dated: &'static str,
        /// Locale string `theme_dark`.
        pub theme_dark: &'static str,
        /// Locale string `theme_label`.
        pub theme_label: &'static str,
        /// Locale string `sections_nav_label`.
        pub sections_nav_label: &'static str,
        /// Locale string `profit_heading`.
        pub profit_heading: &'static str,
        /// Locale string `profit_intro`.
        pub profit_intro: &'static str,
        /// Locale string `guess_label`.
        pub guess_label: &'static str,
        /// Locale string `reveal`.
        pub reveal: &'static str,
        /// Locale string `profit_answer`.
        pub profit_answer: &'static str,
        /// Locale string `guess_above`.
        pub guess_above: &'static str,
        /// Locale string `guess_below`.
        pub guess_below: &'static str,
        /// Locale string `guess_close`.
        pub guess_close: &'static str,
        /// Locale string `profit_compare`.
        pub profit_compare: &'static str,
        /// Locale string `profit_sources`.
        pub profit_sources: &'static str,
        /// Locale string `profit_interest`.
        pub profit_interest: &'static str,
        /// Locale string `profit_interest_article`.
        pub profit_interest_article: &'static str,
        /// Locale string `profit_interest_zero`.
        pub profit_interest_zero: &'static str,
        /// Locale string `profit_interest_latest`.
        pub profit_interest_latest: &'static str,
        /// Locale string `profit_interest_latest_zero`.
        pub profit_interest_latest_zero: &'static str,
        /// Locale string `chart_profit_title`.
        pub chart_profit_title: &'static str,
        /// Locale string `chart_profit_title_latest`.
        pub chart_profit_title_latest: &'static str,
        /// Locale string `chart_profit_y`.
        pub chart_profit_y: &'static str,
        /// Locale string `chart_profit_revenue`.
        pub chart_profit_revenue: &'static str,
        /// Locale string `chart_profit_profit`.
        pub chart_profit_profit: &'static str,
        /// Locale string `chart_profit_loss`.
        pub chart_profit_loss: &'static str,
        /// Locale string `chart_profit_guess`.
        pub chart_profit_guess: &'static str,
        /// Locale string `chart_profit_hidden`.
        pub chart_profit_hidden: &'static str,
        /// Locale string `chart_profit_hidden_value`.
        pub chart_profit_hidden_value: &'static str,
        /// Locale string `chart_profit_tether_2025`.
        pub chart_profit_tether_2025: &'static str,
        /// Locale string `chart_profit_caption`.
        pub chart_profit_caption: &'static str,
        /// Locale string `chart_profit_desc`.
        pub chart_profit_desc: &'static str,
        /// Locale string `perhead_heading`.
        pub perhead_heading: &'static str,
        /// Locale string `perhead_body`.
        pub perhead_body: &'static str,
        /// Locale string `perhead_claim`.
        pub perhead_claim: &'static str,
        /// Locale string `perhead_live`.
        pub perhead_live: &'static str,
        /// Locale string `perhead_article_figures`.
        pub perhead_article_figures: &'static str,
        /// Locale string `perhead_caveat`.
        pub perhead_caveat: &'static str,
        /// Locale string `perhead_caveat_even`.
        pub perhead_caveat_even: &'static str,
        /// Locale string `perhead_interest`.
        pub perhead_interest: &'static str,
        /// Locale string `perhead_interest_zero`.
        pub perhead_interest_zero: &'static str,
        /// Locale string `perhead_mix`.
        pub perhead_mix: &'static str,
        /// Locale string `claim_article`.
        pub claim_article: &'static str,
        /// Locale string `claim_recomputed`.
        pub claim_recomputed: &'static str,
        /// Locale string `chart_perhead_title`.
        pub chart_perhead_title: &'static str,
        /// Locale string `chart_perhead_title_latest`.
        pub chart_perhead_title_latest: &'static str,
        /// Locale string `chart_perhead_x`.
        pub chart_perhead_x: &'static str,
        /// Locale string `chart_perhead_tether_profit`.
        pub chart_perhead_tether_profit: &'static str,
        /// Locale string `chart_perhead_tether_interest`.
        pub chart_perhead_tether_interest: &'static str,
        /// Locale string `chart_perhead_openai_revenue`.
        pub chart_perhead_openai_revenue: &'static str,
        /// Locale string `chart_perhead_openai_loss`.
        pub chart_perhead_openai_loss: &'static str,
        /// Locale string `chart_perhead_caption`.
        pub chart_perhead_caption: &'static str,
        /// Locale string `chart_perhead_desc`.
        pub chart_perhead_desc: &'static str,
        /// Locale string `press_heading`.
        pub press_heading: &'static str,
        /// Locale string `press_mechanism`.
        pub press_mechanism: &'static str,
        /// Locale string `press_numbers`.
        pub press_numbers: &'static str,
        /// Locale string `press_numbers_zero`.
        pub press_numbers_zero: &'static str,
        /// Locale string `press_compare`.
        pub press_compare: &'static str,
        /// Locale string `press_compare_article`.
        pub press_compare_article: &'static str,
        /// Locale string `cmp_more`.
        pub cmp_more: &'static str,
        /// Locale string `cmp_less`.
        pub cmp_less: &'static str,
        /// Locale string `cmp_same`.
        pub cmp_same: &'static str,
        /// Locale string `amount_none`.
        pub amount_none: &'static str,
        /// Locale string `press_holders`.
        pub press_holders: &'static str,
        /// Locale string `press_holders_zero`.
        pub press_holders_zero: &'static str,
        /// Locale string `press_holders_none`.
        pub press_holders_none: &'static str,
        /// Locale string `presets_label`.
        pub presets_label: &'static str,
        /// Locale string `preset_article`.
        pub preset_article: &'static str,
        /// Locale string `preset_avg_2024`.
        pub preset_avg_2024: &'static str,
        /// Locale string `preset_dec_2024`.
        pub preset_dec_2024: &'static str,
        /// Locale string `preset_dec_2025`.
        pub preset_dec_2025: &'static str,
        /// Locale string `chart_interest_title`.
        pub chart_interest_title: &'static str,
        /// Locale string `chart_interest_x`.
        pub chart_interest_x: &'static str,
        /// Locale string `chart_interest_y`.
        pub chart_interest_y: &'static str,
        /// Locale string `chart_interest_line`.
        pub chart_interest_line: &'static str,
        /// Locale string `chart_interest_article`.
        pub chart_interest_article: &'static str,
        /// Locale string `chart_interest_reader`.
        pub chart_interest_reader: &'static str,
        /// Locale string `chart_interest_tip`.
        pub chart_interest_tip: &'static str,
        /// Locale string `chart_interest_caption`.
        pub chart_interest_caption: &'static str,
        /// Locale string `chart_interest_desc`.
        pub chart_interest_desc: &'static str,
        /// Locale string `rates_heading`.
        pub rates_heading: &'static str,
        /// Locale string `rates_intro`.
        pub rates_intro: &'static str,
        /// Locale string `rates_body`.
        pub rates_body: &'static str,
        /// Locale string `rates_body_same`.
        pub rates_body_same: &'static str,
        /// Locale string `rates_body_above`.
        pub rates_body_above: &'static str,
        /// Locale string `rates_body_nothing`.
        pub rates_body_nothing: &'static str,
        /// Locale string `rates_path_note`.
        pub rates_path_note: &'static str,
        /// Locale string `rates_vs_press`.
        pub rates_vs_press: &'static str,
        /// Locale string `rates_growth`.
        pub rates_growth: &'static str,
        /// Locale string `path_label`.
        pub path_label: &'static str,
        /// Locale string `path_article`.
        pub path_article: &'static str,
        /// Locale string `path_avg_2024`.
        pub path_avg_2024: &'static str,
        /// Locale string `path_dec_2024`.
        pub path_dec_2024: &'static str,
        /// Locale string `path_dec_2025`.
        pub path_dec_2025: &'static str,
        /// Locale string `path_custom`.
        pub path_custom: &'static str,
        /// Locale string `chart_rates_title`.
        pub chart_rates_title: &'static str,
        /// Locale string `chart_rates_y`.
        pub chart_rates_y: &'static str,
        /// Locale string `chart_rates_series`.
        pub chart_rates_series: &'static str,
        /// Locale string `chart_rates_article`.
        pub chart_rates_article: &'static str,
        /// Locale string `chart_rates_tip`.
        pub chart_rates_tip: &'static str,
        /// Locale string `chart_rates_caption`.
        pub chart_rates_caption: &'static str,
        /// Locale string `chart_rates_desc`.
        pub chart_rates_desc: &'static str,
        /// Locale string `compute_heading`.
        pub compute_heading: &'static str,
        /// Locale string `compute_body`.
        pub compute_body: &'static str,
        /// Locale string `compute_body_latest`.
        pub compute_body_latest: &'static str,
        /// Locale string `compute_value`.
        pub compute_value: &'static str,
        /// Locale string `compute_public`.
        pub compute_public: &'static str,
        /// Locale string `chart_compute_title`.
        pub chart_compute_title: &'static str,
        /// Locale string `chart_compute_y`.
        pub chart_compute_y: &'static str,
        /// Locale string `chart_compute_fleet`.
        pub chart_compute_fleet: &'static str,
        /// Locale string `chart_compute_loan`.
        pub chart_compute_loan: &'static str,
        /// Locale string `chart_compute_caption`.
        pub chart_compute_caption: &'static str,
        /// Locale string `chart_compute_desc`.
        pub chart_compute_desc: &'static str,
        /// Locale string `data_heading`.
        pub data_heading: &'static str,
        /// Locale string `data_body`.
        pub data_body: &'static str,
        /// Locale string `data_claim`.
        pub data_claim: &'static str,
        /// Locale string `chart_data_title`.
        pub chart_data_title: &'static str,
        /// Locale string `chart_data_y`.
        pub chart_data_y: &'static str,
        /// Locale string `chart_data_genesis`.
        pub chart_data_genesis: &'static str,
        /// Locale string `chart_data_fineweb`.
        pub chart_data_fineweb: &'static str,
        /// Locale string `chart_data_caption`.
        pub chart_data_caption: &'static str,
        /// Locale string `chart_data_desc`.
        pub chart_data_desc: &'static str,
        /// Locale string `bci_heading`.
        pub bci_heading: &'static str,
        /// Locale string `bci_body`.
        pub bci_body: &'static str,
        /// Locale string `bci_share`.
        pub bci_share: &'static str,
        /// Locale string `bci_speed`.
        pub bci_speed: &'static str,
        /// Locale string `chart_bci_title`.
        pub chart_bci_title: &'static str,
        /// Locale string `chart_bci_y`.
        pub chart_bci_y: &'static str,
        /// Locale string `chart_bci_implant`.
        pub chart_bci_implant: &'static str,
        /// Locale string `chart_bci_speech`.
        pub chart_bci_speech: &'static str,
        /// Locale string `chart_bci_caption`.
        pub chart_bci_caption: &'static str,
        /// Locale string `chart_bci_caption_half`.
        pub chart_bci_caption_half: &'static str,
        /// Locale string `chart_bci_caption_over`.
        pub chart_bci_caption_over: &'static str,
        /// Locale string `chart_bci_desc`.
        pub chart_bci_desc: &'static str,
        /// Locale string `chart_bci_blackrock`.
        pub chart_bci_blackrock: &'static str,
        /// Locale string `chart_bci_other`.
        pub chart_bci_other: &'static str,
        /// Locale string `chart_bci_implants`.
        pub chart_bci_implants: &'static str,
        /// Locale string `portfolio_heading`.
        pub portfolio_heading: &'static str,
        /// Locale string `portfolio_body`.
        pub portfolio_body: &'static str,
        /// Locale string `portfolio_round`.
        pub portfolio_round: &'static str,
        /// Locale string `portfolio_claim`.
        pub portfolio_claim: &'static str,
        /// Locale string `portfolio_scale`.
        pub portfolio_scale: &'static str,
        /// Locale string `portfolio_scale_zero`.
        pub portfolio_scale_zero: &'static str,
        /// Locale string `chart_portfolio_title`.
        pub chart_portfolio_title: &'static str,
        /// Locale string `chart_portfolio_y`.
        pub chart_portfolio_y: &'static str,
        /// Locale string `chart_portfolio_nd`.
        pub chart_portfolio_nd: &'static str,
        /// Locale string `chart_portfolio_br`.
        pub chart_portfolio_br: &'static str,
        /// Locale string `chart_portfolio_others`.
        pub chart_portfolio_others: &'static str,
        /// Locale string `chart_portfolio_robotics`.
        pub chart_portfolio_robotics: &'static str,
        /// Locale string `chart_portfolio_total`.
        pub chart_portfolio_total: &'static str,
        /// Locale string `chart_portfolio_raise`.
        pub chart_portfolio_raise: &'static str,
        /// Locale string `chart_portfolio_rnd`.
        pub chart_portfolio_rnd: &'static str,
        /// Locale string `chart_portfolio_caption`.
        pub chart_portfolio_caption: &'static str,
        /// Locale string `chart_portfolio_desc`.
        pub chart_portfolio_desc: &'static str,
        /// Locale string `why_heading`.
        pub why_heading: &'static str,
        /// Locale string `why_anxiety`.
        pub why_anxiety: &'static str,
        /// Locale string `why_holders`.
        pub why_holders: &'static str,
        /// Locale string `why_holders_all`.
        pub why_holders_all: &'static str,
        /// Locale string `why_holders_over`.
        pub why_holders_over: &'static str,
        /// Locale string `why_holders_zero`.
        pub why_holders_zero: &'static str,
        /// Locale string `why_holders_zero_none`.
        pub why_holders_zero_none: &'static str,
        /// Locale string `why_ambition`.
        pub why_ambition: &'static str,
        /// Locale string `chart_split_title`.
        pub chart_split_title: &'static str,
        /// Locale string `chart_split_y`.
        pub chart_split_y: &'static str,
        /// Locale string `chart_split_paid`.
        pub chart_split_paid: &'static str,
        /// Locale string `chart_split_kept`.
        pub chart_split_kept: &'static str,
        /// Locale string `chart_split_caption`.
        pub chart_split_caption: &'static str,
        /// Locale string `chart_split_caption_shared`.
        pub chart_split_caption_shared: &'static str,
        /// Locale string `chart_split_caption_over`.
        pub chart_split_caption_over: &'static str,
        /// Locale string `chart_split_caption_none`.
        pub chart_split_caption_none: &'static str,
        /// Locale string `chart_split_desc`.
        pub chart_split_desc: &'static str,
        /// Locale string `irony_heading`.
        pub irony_heading: &'static str,
        /// Locale string `irony_body`.
        pub irony_body: &'static str,
        /// Locale string `model_heading`.
        pub model_heading: &'static str,
        /// Locale string `model_body`.
        pub model_body: &'static str,
        /// Locale string `model_ahead`.
        pub model_ahead: &'static str,
        /// Locale string `model_behind`.
        pub model_behind: &'static str,
        /// Locale string `model_even`.
        pub model_even: &'static str,
        /// Locale string `model_punchline`.
        pub model_punchline: &'static str,
        /// Locale string `model_punchline_behind`.
        pub model_punchline_behind: &'static str,
        /// Locale string `chart_model_title`.
        pub chart_model_title: &'static str,
        /// Locale string `chart_model_y`.
        pub chart_model_y: &'static str,
        /// Locale string `chart_model_openai`.
        pub chart_model_openai: &'static str,
        /// Locale string `chart_model_anthropic`.
        pub chart_model_anthropic: &'static str,
        /// Locale string `chart_model_tether`.
        pub chart_model_tether: &'static str,
        /// Locale string `chart_model_caption`.
        pub chart_model_caption: &'static str,
        /// Locale string `chart_model_desc`.
        pub chart_model_desc: &'static str,
        /// Locale string `claims_heading`.
        pub claims_heading: &'static str,
        /// Locale string `claims_intro`.
        pub claims_intro: &'static str,
        /// Locale string `claims_list_label`.
        pub claims_list_label: &'static str,
        /// Locale string `claims_said`.
        pub claims_said: &'static str,
        /// Locale string `claims_col_article`.
        pub claims_col_article: &'static str,
        /// Locale string `claims_col_yours`.
        pub claims_col_yours: &'static str,
        /// Locale string `claims_col_latest`.
        pub claims_col_latest: &'static str,
        /// Locale string `claims_rule`.
        pub claims_rule: &'static str,
        /// Locale string `claims_section_link`.
        pub claims_section_link: &'static str,
        /// Locale string `claims_sources`.
        pub claims_sources: &'static str,
        /// Locale string `claims_source_link`.
        pub claims_source_link: &'static str,
        /// Locale string `claims_verdict_heading`.
        pub claims_verdict_heading: &'static str,
        /// Locale string `claims_core_holds`.
        pub claims_core_holds: &'static str,
        /// Locale string `claims_core_partly`.
        pub claims_core_partly: &'static str,
        /// Locale string `claims_core_more`.
        pub claims_core_more: &'static str,
        /// Locale string `claims_core_none`.
        pub claims_core_none: &'static str,
        /// Locale string `claims_group_holds`.
        pub claims_group_holds: &'static str,
        /// Locale string `claims_group_partly`.
        pub claims_group_partly: &'static str,
        /// Locale string `claims_group_fails`.
        pub claims_group_fails: &'static str,
        /// Locale string `claims_group_uncheckable`.
        pub claims_group_uncheckable: &'static str,
        /// Locale string `claims_punch_holds`.
        pub claims_punch_holds: &'static str,
        /// Locale string `claims_punch_partly`.
        pub claims_punch_partly: &'static str,
        /// Locale string `claims_punch_even`.
        pub claims_punch_even: &'static str,
        /// Locale string `claims_punch_fails`.
        pub claims_punch_fails: &'static str,
        /// Locale string `embed_code_label_section`.
        pub embed_code_label_section: &'static str,
        /// Locale string `claims_same`.
        pub claims_same: &'static str,
        /// Locale string `claims_core_article`.
        pub claims_core_article: &'static str,
        /// Locale string `claims_same_latest`.
        pub claims_same_latest: &'static str,
        /// Locale string `sources_heading`.
        pub sources_heading: &'static str,
        /// Locale string `sources_intro`.
        pub sources_intro: &'static str,
        /// Locale string `sources_reset`.
        pub sources_reset: &'static str,
        /// Locale string `sources_col_id`.
        pub sources_col_id: &'static str,
        /// Locale string `sources_col_article`.
        pub sources_col_article: &'static str,
        /// Locale string `sources_col_public`.
        pub sources_col_public: &'static str,
        /// Locale string `sources_col_source`.
        pub sources_col_source: &'static str,
        /// Locale string `sources_col_verdict`.
        pub sources_col_verdict: &'static str,
        /// Locale string `sources_cite_page`.
        pub sources_cite_page: &'static str,
        /// Locale string `sources_cite_article`.
        pub sources_cite_article: &'static str,
        /// Locale string `source_label`.
        pub source_label: &'static str,
        /// Locale string `source_external`: said after a link that leaves the site.
        pub source_external: &'static str,
        /// Locale string `chart_failed`.
        pub chart_failed: &'static str,
        /// Locale string `data_show`.
        pub data_show: &'static str,
        /// Locale string `data_csv`.
        pub data_csv: &'static str,
        /// Locale string `notice_repaired`.
        pub notice_repaired: &'static str,
        /// Locale string `notice_dismiss`.
        pub notice_dismiss: &'static str,
        /// Locale string `warn_version`.
        pub warn_version: &'static str,
        /// Locale string `warn_unknown`.
        pub warn_unknown: &'static str,
        /// Locale string `warn_rejected`.
        pub warn_rejected: &'static str,
        /// Locale string `warn_clamped`.
        pub warn_clamped: &'static str,
        /// Locale string `warn_duplicate`.
        pub warn_duplicate: &'static str,
        /// Locale string `warn_section`.
        pub warn_section: &'static str,
        /// Locale string `share`.
        pub share: &'static str,
        /// Locale string `share_copied`.
        pub share_copied: &'static str,
        /// Locale string `reset`.
        pub reset: &'static str,
        /// Locale string `embed_copy`.
        pub embed_copy: &'static str,
        /// Locale string `embed_copied`.
        pub embed_copied: &'static str,
        /// Locale string `embed_code_label`.
        pub embed_code_label: &'static str,
        /// Locale string `embed_open_full`.
        pub embed_open_full: &'static str,
        /// Locale string `kit_png`.
        pub kit_png: &'static str,
        /// Locale string `kit_svg`.
        pub kit_svg: &'static str,
        /// Locale string `kit_making`.
        pub kit_making: &'static str,
        /// Locale string `kit_failed`.
        pub kit_failed: &'static str,
        /// Locale string `kit_cite`.
        pub kit_cite: &'static str,
        /// Locale string `kit_cite_copied`.
        pub kit_cite_copied: &'static str,
        /// Locale string `kit_cite_label`.
        pub kit_cite_label: &'static str,
        /// Locale string `kit_cite_text`.
        pub kit_cite_text: &'static str,
        /// Locale string `kit_figures_article`.
        pub kit_figures_article: &'static str,
        /// Locale string `kit_figures_latest`.
        pub kit_figures_latest: &'static str,
        /// Locale string `kit_figures_reader`.
        pub kit_figures_reader: &'static str,
        /// Locale string `kit_sources`.
        pub kit_sources: &'static str,
        /// Locale string `kit_article_source`.
        pub kit_article_source: &'static str,
    }
}

/// What separates a language file's two parts: the ASCII record
/// separator, which no text of the page contains (a native test checks).
pub const RECORD: char = '\u{1e}';

/// A language's file, as the prerender writes it and [`load`] reads it:
/// its [`Strings`] ([`Strings::to_file`]), [`RECORD`], then its side of
/// every registry text ([`crate::model::texts`]), each as its id in 8 hex
/// digits followed by the text, in order of id, joined by [`SEPARATOR`].
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
pub fn language_file(lang: Lang) -> String {
    let mut texts = crate::model::texts();
    texts.sort_unstable_by_key(|t| t.id());
    let texts: Vec<String> = texts.into_iter().map(|t| format!("{:08x}{}", t.id(), pick(lang, t))).collect();
    format!("{}{RECORD}{}", lang.strings().to_file(), texts.join(&SEPARATOR.to_string()))
}

/// Reads a language file ([`language_file`]): its strings, and its
/// registry texts by id. `None` unless the strings hold one value per key
/// and the texts each start with an id, in order.
pub fn read_language_file(text: &'static str) -> Option<(Box<Strings>, Vec<(u32, &'static str)>)> {
    let (strings, texts) = text.split_once(RECORD)?;
    let strings = Strings::from_file(strings)?;
    let texts = texts
        .split(SEPARATOR)
        .map(|t| {
            let id = u32::from_str_radix(t.get(..8)?, 16).ok()?;
            Some((id, &t[8..]))
        })
        .collect::<Option<Vec<_>>>()?;
    texts.windows(2).all(|w| w[0].0 < w[1].0).then_some((strings, texts))
}

/// Takes a language's file (see [`language_file`]), as the browser fetched
/// it. False if it is not one: the language stays unloaded. In builds with
/// the strings compiled in, a no-op that succeeds.
pub fn load(lang: Lang, text: String) -> bool {
    #[cfg(all(target_arch = "wasm32", not(feature = "bundled-strings")))]
    {
        if lang.is_loaded() {
            return true;
        }
        // Kept for the page's lifetime, as compiled-in strings would be.
        let text: &'static str = Box::leak(text.into_boxed_str());
        match read_language_file(text) {
            Some(file) => LOADED[lang as usize].set(file).is_ok(),
            None => false,
        }
    }
    #[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
    {
        let _ = (lang, text);
        true
    }
}

/// A piece of a template: literal text or a named live value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text shown as it is.
    Text(&'a str),
    /// A `{name}` placeholder.
    Slot(&'a str),
}

/// Splits a template into text and `{name}` slots.
///
/// A `{` without a matching `}` is kept as text, so a typo in a locale file
/// shows up on the page instead of breaking it.
pub fn segments(template: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            out.push(Segment::Text(&rest[..open + 1]));
            rest = &rest[open + 1..];
            continue;
        }
        if open > 0 {
            out.push(Segment::Text(&rest[..open]));
        }
        out.push(Segment::Slot(name));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// Fills a template's slots with strings, for places that take plain text
/// (chart labels, ARIA descriptions). Unknown slots are left as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for seg in segments(template) {
        match seg {
            Segment::Text(t) => out.push_str(t),
            Segment::Slot(name) => match values.iter().find(|(k, _)| *k == name) {
                Some((_, v)) => out.push_str(v),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// The names of a template's slots, in order.
pub fn slot_names(template: &str) -> Vec<&str> {
    segments(template)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Slot(n) => Some(n),
            Segment::Text(_) => None,
        })
        .collect()
}

impl Strings {
    /// The heading of the section `id` (the sources' for an id that is no
    /// section).
    pub fn section_heading(&self, id: &str) -> &'static str {
        match id {
            "profit" => self.profit_heading,
            "per-head" => self.perhead_heading,
            "printing-press" => self.press_heading,
            "rate-cuts" => self.rates_heading,
            "compute" => self.compute_heading,
            "data" => self.data_heading,
            "bci" => self.bci_heading,
            "portfolio" => self.portfolio_heading,
            "why" => self.why_heading,
            "irony" => self.irony_heading,
            "business-model" => self.model_heading,
            "claims" => self.claims_heading,
            _ => self.sources_heading,
        }
    }
}

/// Picks this language's side of a bilingual registry text.
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-strings"))]
pub fn pick(lang: Lang, text: crate::model::Text) -> &'static str {
    match lang {
        Lang::En => text.en,
        Lang::Ja => text.ja,
    }
}

/// Picks this language's side of a bilingual registry text, from the
/// language's file. As with [`Lang::strings`], the other language stands in
/// should this one not be there, and failing both the text is empty.
#[cfg(all(target_arch = "wasm32", not(feature = "bundled-strings")))]
pub fn pick(lang: Lang, text: crate::model::Text) -> &'static str {
    let find = |l: Lang| {
        let (_, texts) = LOADED[l as usize].get()?;
        texts.binary_search_by_key(&text.id(), |&(id, _)| id).ok().map(|i| texts[i].1)
    };
    find(lang).or_else(|| find(lang.other())).unwrap_or("")
}

/// The label of a parameter's control.
pub fn param_label(lang: Lang, p: crate::model::Param) -> &'static str {
    match lang {
        Lang::En => params::en(p),
        Lang::Ja => params::ja(p),
    }
}

/// The dek under the title. It names no profit: the page opens by asking
/// the reader to guess Tether's, and the dek sits above the question. It
/// says what the article asked, with the article's head count; under the
/// latest figures it adds the latest one, with its date.
pub fn site_dek(lang: Lang, a: &crate::model::Assumptions, _f: &crate::model::Figures) -> String {
    use crate::model::{Basis, Param};
    let spec = Param::TetherHeadcount.spec();
    let template = match a.basis {
        Basis::Article => lang.strings().site_dek,
        Basis::Latest => lang.strings().site_dek_latest,
    };
    fill(
        template,
        &[
            ("article_heads", &format::count(lang, spec.default)),
            ("heads", &format::count(lang, spec.latest)),
            ("heads_date", &format::month_year(lang, spec.latest_date)),
        ],
    )
}

/// The line that follows the answer to the opening guess: how far the
/// reader's guess (dollars) was from it (within 5% counts as right).
pub fn guess_result(s: &'static Strings, guess: f64, truth: f64) -> &'static str {
    if (truth - guess).abs() <= truth * 0.05 {
        s.guess_close
    } else if truth > guess {
        s.guess_above
    } else {
        s.guess_below
    }
}

/// A figure's date as a suffix, " (2025)" / "（2025年）", under the latest
/// figures; empty under the article's, whose figures are the article's 2024.
pub fn dated(lang: Lang, basis: crate::model::Basis, p: crate::model::Param) -> String {
    match basis {
        crate::model::Basis::Article => String::new(),
        crate::model::Basis::Latest => {
            fill(lang.strings().dated, &[("date", &format::month_year(lang, p.spec().latest_date))])
        }
    }
}

/// A parameter's value as its control shows it.
pub fn format_param(lang: Lang, p: crate::model::Param, value: f64) -> String {
    use crate::model::Unit;
    use format::{Currency, Style};
    match p.spec().unit {
        Unit::UsdBillions => format::usd(lang, value * 1e9, Style::Prose),
        Unit::UsdMillions => format::usd(lang, value * 1e6, Style::Prose),
        Unit::UsdThousands => format::usd(lang, value * 1e3, Style::Prose),
        Unit::EurBillions => format::money(lang, value * 1e9, Currency::Eur, Style::Prose),
        Unit::Percent => format::pct(lang, value, 2),
        Unit::People => format::people(lang, value),
        Unit::Count => format::count(lang, value),
        Unit::WordsPerMinute => format::wpm(lang, value),
        Unit::Year => format::year(lang, value),
        Unit::TokensBillions => format::tokens(lang, value * 1e9),
        Unit::UsdPerEur => format::usd_per_eur(lang, value),
    }
}

/// A URL repair, as a sentence for the notice.
pub fn describe_warning(lang: Lang, w: &crate::model::url::Warning) -> String {
    use crate::model::url::Warning;
    let s = lang.strings();
    let num = |x: f64| format::sig_digits(x, 6);
    match w {
        Warning::UnsupportedVersion(v) => fill(s.warn_version, &[("version", v)]),
        Warning::UnknownKey(k) => fill(s.warn_unknown, &[("key", k)]),
        Warning::Rejected { key, raw } => fill(s.warn_rejected, &[("key", key), ("raw", raw)]),
        Warning::Clamped { key, given, used } => {
            fill(s.warn_clamped, &[("key", key), ("given", &num(*given)), ("used", &num(*used))])
        }
        Warning::Duplicate(k) => fill(s.warn_duplicate, &[("key", k)]),
    }
}

/// A value of a claim's reason, as this language writes it.
pub fn claim_value(lang: Lang, v: crate::model::claims::Value) -> String {
    use crate::model::claims::Value;
    match v {
        Value::Usd(d) => format::usd(lang, d, format::Style::Prose),
        Value::Param(p, x) => format_param(lang, p, x),
        Value::Times(r) => format::times(lang, r),
        Value::Share(x) => format::share(lang, x),
        Value::Pct(x) => format::pct(lang, x, 2),
        Value::Years(from, to) if from >= to => format::year(lang, from as f64),
        Value::Years(from, to) => match lang {
            Lang::En => format!("{from}–{to}"),
            Lang::Ja => format!("{from}〜{to}年"),
        },
    }
}

/// A claim's one-line reason, its values filled in.
pub fn claim_reason(lang: Lang, finding: &crate::model::claims::Finding) -> String {
    let values: Vec<(&str, String)> = finding.values.iter().map(|(k, v)| (*k, claim_value(lang, *v))).collect();
    let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(pick(lang, finding.reason), &pairs)
}

/// Names in a list as the language writes one: "a, b and c";
/// 「a」「b」「c」.
pub fn name_list(lang: Lang, names: &[&str]) -> String {
    match lang {
        Lang::Ja => names.iter().map(|n| format!("「{n}」")).collect(),
        Lang::En => match names {
            [] => String::new(),
            [one] => one.to_string(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        },
    }
}

/// The page's own verdict on the article, from the ledger's findings under
/// one scenario: the core (the interest the bills earn, against the
/// article's $7B), the claims by verdict, and the punchline (the
/// business-model claim). Each a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Conclusion {
    /// Whether the core holds, in part, or not.
    pub core: String,
    /// "What holds: …", one sentence per verdict that has claims, in the
    /// order of [`crate::model::claims::Standing::ALL`].
    pub groups: Vec<(crate::model::claims::Standing, String)>,
    /// What that means for the article's punchline.
    pub punchline: String,
}

/// The conclusion in `lang` for `findings` (the ledger in order), with the
/// scenario and its yearly interest. At the article's own holdings and
/// yield the interest is its $7B by construction, so the core then says
/// where that figure comes from instead of comparing it with itself.
pub fn conclusion(
    lang: Lang,
    findings: &[(&'static crate::model::claims::Claim, crate::model::claims::Finding)],
    a: &crate::model::Assumptions,
    f: &crate::model::Figures,
) -> Conclusion {
    let interest_usd = f.annual_interest_usd;
    let at_article_interest = a.at_article_interest();
    use crate::model::claims::{ClaimId, Standing};
    let s = lang.strings();
    let standing = |id: ClaimId| findings.iter().find(|(c, _)| c.id == id).map(|(_, f)| f.standing);
    // The article's core is that Tether's bills earn it billions it does
    // not share: judged on the interest against the article's $7B, but
    // more interest makes the point stronger, not wrong, and any interest
    // at all keeps part of it.
    let ratio = interest_usd / (crate::model::ARTICLE_INTEREST_BN * crate::model::BILLION);
    let core = if interest_usd <= 0.0 {
        s.claims_core_none
    } else if at_article_interest {
        s.claims_core_article
    } else if ratio > 1.0 + crate::model::claims::INTEREST_HOLDS {
        s.claims_core_more
    } else if ratio >= 1.0 - crate::model::claims::INTEREST_HOLDS {
        s.claims_core_holds
    } else {
        s.claims_core_partly
    };
    let core = fill(core, &[("interest", &format::usd(lang, interest_usd, format::Style::Prose))]);
    let groups = Standing::ALL
        .iter()
        .filter_map(|&st| {
            let names: Vec<&str> =
                findings.iter().filter(|(_, f)| f.standing == st).map(|(c, _)| pick(lang, c.name)).collect();
            if names.is_empty() {
                return None;
            }
            let template = match st {
                Standing::Holds => s.claims_group_holds,
                Standing::Partly => s.claims_group_partly,
                Standing::Fails => s.claims_group_fails,
                Standing::Uncheckable => s.claims_group_uncheckable,
            };
            Some((st, fill(template, &[("list", &name_list(lang, &names))])))
        })
        .collect();
    // In part: Tether's interest added up is about the same as the labs'
    // losses, or less; the sentence says which, with both amounts.
    let punchline = match standing(ClaimId::BusinessModel) {
        Some(Standing::Holds) => s.claims_punch_holds,
        Some(Standing::Fails) => s.claims_punch_fails,
        _ if crate::model::Race::of(f) == crate::model::Race::Even => s.claims_punch_even,
        _ => s.claims_punch_partly,
    };
    let money = |usd: f64| format::usd(lang, usd, format::Style::Prose);
    let punchline = fill(
        punchline,
        &[("tether", &money(f.tether_cumulative_interest_usd)), ("labs", &money(f.labs_cumulative_losses_usd))],
    );
    Conclusion { core, groups, punchline }
}
