//! Native tests: the model, number formats, locales and chart options.
//! Run with plain `cargo test`; no browser needed.

mod charts;
mod export;
mod claims;
mod facts;
mod figures;
mod fit;
mod format;
mod i18n;
mod layers;
mod table;
mod model;
mod props;
mod url;
