//! One file per narrative beat of the article. Each section wires the shared
//! state to its prose, controls and figure; the sentences come from the
//! locale files.

mod printing_press;

pub use printing_press::PrintingPress;
