//! Native tests: the model, number formats, locales and chart options.
//! Run with plain `cargo test`; no browser needed.

mod charts;
mod format;
mod i18n;
mod model;
