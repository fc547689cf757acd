//! What every control bound to a model parameter needs: its value, its label
//! and its formatted text in the page's language, and a way to set it.

use leptos::prelude::*;

use crate::i18n::{format_param, param_label};
use crate::model::{Assumptions, Param};
use super::echarts::{use_loader, Loader};
use crate::state::{use_lang, use_scenario, LastStep};

/// One parameter, seen from a control.
#[derive(Clone, Copy)]
pub struct ParamBinding {
    /// The parameter.
    pub param: Param,
    /// Its current value; a memo, so controls re-render only when it changes.
    pub value: Memo<f64>,
    /// The value as the page formats it (also the `aria-valuetext`).
    pub text: Signal<String>,
    /// The control's label.
    pub label: Signal<&'static str>,
    scenario: RwSignal<Assumptions>,
    clock: Option<LastStep>,
    loader: Option<Loader>,
}

impl ParamBinding {
    /// Binds `param` to the scenario and language in context.
    pub fn new(param: Param) -> Self {
        let scenario = use_scenario();
        let lang = use_lang();
        let value = Memo::new(move |_| param.get(&scenario.read()));
        Self {
            param,
            value,
            text: Signal::derive(move || format_param(lang.get(), param, value.get())),
            label: Signal::derive(move || param_label(lang.get(), param)),
            scenario,
            clock: LastStep::find(),
            loader: use_loader(),
        }
    }

    /// The reader is about to use the control (it took focus or a
    /// pointer): the charts it drives should go live.
    pub fn wake(&self) {
        if let Some(l) = self.loader {
            l.request();
        }
    }

    /// Sets the value (clamped by the model). Non-finite input and unchanged
    /// values leave the scenario untouched.
    pub fn set(&self, v: f64) {
        let param = self.param;
        self.wake();
        if v != self.value.get_untracked() {
            if let Some(clock) = self.clock {
                clock.note();
            }
            self.scenario.update(|a| {
                param.set(a, v);
            });
        }
    }
}
