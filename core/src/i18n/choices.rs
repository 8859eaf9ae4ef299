//! The values a list lets the user choose, and the word for each: every
//! selectable kind of value says its values in the order shown and their
//! catalog entries, so a screen's select is typed (`Choice`), never built
//! from names parsed back.

use super::{events, flows, Msg};

use crate::model::*;

pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    /// The values, in the order the list shows them.
    fn all() -> &'static [Self];
    fn word(self) -> Msg;

    /// The position of a value in [`Choice::all`] (what a select's option carries).
    fn position(self) -> usize {
        Self::all().iter().position(|v| *v == self).unwrap_or(0)
    }

    /// The value at a position, as read back from a select.
    fn at(position: &str) -> Option<Self> {
        Self::all().get(position.parse::<usize>().ok()?).copied()
    }
}

/// Every kind lists the values it declares (`ALL`, from the `values!` macro
/// of the model), so no value can be missing from a select.
macro_rules! choices {
    ($($t:ty => $word:path;)*) => {$(
        impl Choice for $t {
            fn all() -> &'static [Self] {
                &<$t>::ALL
            }
            fn word(self) -> Msg {
                $word(self)
            }
        }
    )*};
}

choices! {
    Direction => flows::direction;
    FlowKind => flows::kind;
    Unit => flows::unit;
    Period => flows::period;
    Regularity => flows::regularity;
    Confidence => flows::confidence;
    Treatment => flows::treatment;
    InteractionKind => super::interaction_kind;
    Outcome => super::outcome;
    Stage => super::stage;
    AttendanceStatus => events::attendance;
    SynergyStatus => flows::status;
    SynergyKind => flows::synergy_kind;
    Role => flows::role;
    BarrierCategory => flows::barrier;
    OriginKind => flows::origin;
    TransportMethod => flows::transport_method;
    FactorKind => flows::factor_kind;
    EventKind => events::event_kind;
    SizeBand => super::size_band;
    Confidentiality => super::confidentiality;
    Organisation => super::organisation;
    Activity => super::report::activity;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_value_has_its_own_position_and_word<T: Choice + std::fmt::Debug>() {
        let all = T::all();
        assert!(!all.is_empty());
        for (i, v) in all.iter().enumerate() {
            assert_eq!(v.position(), i);
            assert_eq!(T::at(&i.to_string()), Some(*v));
            assert!(
                !crate::i18n::t(crate::i18n::Lang::Fr, v.word()).is_empty(),
                "{v:?}"
            );
        }
        assert_eq!(T::at(&all.len().to_string()), None);
        assert_eq!(T::at("Have"), None, "positions, not names");
    }

    #[test]
    fn choices_read_back_by_position() {
        every_value_has_its_own_position_and_word::<Direction>();
        every_value_has_its_own_position_and_word::<FlowKind>();
        every_value_has_its_own_position_and_word::<Unit>();
        every_value_has_its_own_position_and_word::<Period>();
        every_value_has_its_own_position_and_word::<Regularity>();
        every_value_has_its_own_position_and_word::<Confidence>();
        every_value_has_its_own_position_and_word::<Treatment>();
        every_value_has_its_own_position_and_word::<InteractionKind>();
        every_value_has_its_own_position_and_word::<Outcome>();
        every_value_has_its_own_position_and_word::<Stage>();
        every_value_has_its_own_position_and_word::<EventKind>();
        every_value_has_its_own_position_and_word::<AttendanceStatus>();
        every_value_has_its_own_position_and_word::<SynergyStatus>();
        every_value_has_its_own_position_and_word::<SynergyKind>();
        every_value_has_its_own_position_and_word::<Role>();
        every_value_has_its_own_position_and_word::<BarrierCategory>();
        every_value_has_its_own_position_and_word::<OriginKind>();
        every_value_has_its_own_position_and_word::<FactorKind>();
        every_value_has_its_own_position_and_word::<TransportMethod>();
        every_value_has_its_own_position_and_word::<SizeBand>();
        every_value_has_its_own_position_and_word::<Confidentiality>();
        every_value_has_its_own_position_and_word::<Organisation>();
        every_value_has_its_own_position_and_word::<Activity>();
    }
}
