//! Small reusable pieces: the chart host, figures, controls, live prose and
//! source notes. Each reads the document state from context. Nothing here
//! imports from `app`, `embed` or `prerender` (a native test checks it):
//! what they provide, widgets find as context types in `state`.

pub mod basis;
pub mod chart;
pub mod data_table;
pub mod draggable;
pub mod embed_copy;
pub mod echarts;
pub mod figure;
pub mod figure_kit;
pub mod param;
pub mod pin;
pub mod prose;
pub mod slider;
pub mod source_note;

pub use basis::BasisSwitch;
pub use draggable::Draggable;
pub use embed_copy::EmbedCopy;
pub use chart::EChart;
pub use figure::FigureCard;
pub use prose::{LiveText, Slot, Slots};
pub use slider::ParamSlider;
pub use source_note::SourceNote;
