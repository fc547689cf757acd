//! One file per narrative beat of the article, in the article's order. Each
//! section wires the shared state to its prose, controls and figure; the
//! sentences come from the locale files.

mod bci;
mod business_model;
mod claims;
mod compute;
mod data;
mod irony;
mod kit;
mod per_head;
mod portfolio;
mod printing_press;
mod profit;
mod rates;
mod sources;
mod why;

pub use bci::Bci;
pub use business_model::BusinessModel;
pub use claims::Claims;
pub use compute::Compute;
pub use data::Data;
pub use irony::Irony;
pub use per_head::PerHead;
pub use portfolio::Portfolio;
pub use printing_press::PrintingPress;
pub use profit::Profit;
pub use rates::Rates;
pub use sources::Sources;
pub use why::Why;
