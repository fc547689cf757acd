//! Small reusable pieces: the chart host, controls, live prose and source
//! notes. Each reads the document state from context.

pub mod basis;
pub mod draggable;
pub mod embed_copy;
pub mod echarts;
pub mod figure;
pub mod param;
pub mod prose;
pub mod slider;
pub mod source_note;

pub use basis::BasisSwitch;
pub use draggable::Draggable;
pub use embed_copy::EmbedCopy;
pub use figure::{EChart, FigureCard};
pub use prose::{LiveText, Slot, Slots};
pub use slider::ParamSlider;
pub use source_note::SourceNote;
