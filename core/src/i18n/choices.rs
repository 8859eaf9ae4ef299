//! The values a list lets the user choose, and the word for each: every
//! selectable kind of value says its values in the order shown and their
//! catalog entries, so a screen's select is typed (`Choice`), never built
//! from names parsed back.

use super::{flows, meetings, Msg};

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

macro_rules! choices {
    ($($t:ty => [$($v:expr),* $(,)?], $word:path;)*) => {$(
        impl Choice for $t {
            fn all() -> &'static [Self] {
                const ALL: &[$t] = &[$($v),*];
                ALL
            }
            fn word(self) -> Msg {
                $word(self)
            }
        }
    )*};
}

macro_rules! choices_of_all {
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

choices_of_all! {
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
}

choices! {
    AttendanceStatus => [
        AttendanceStatus::Expected,
        AttendanceStatus::Present,
        AttendanceStatus::Late,
        AttendanceStatus::LeftEarly,
        AttendanceStatus::Absent,
    ], meetings::attendance;
    SynergyStatus => [
        SynergyStatus::Idea,
        SynergyStatus::Studied,
        SynergyStatus::InProgress,
        SynergyStatus::Contracted,
        SynergyStatus::Operating,
        SynergyStatus::Ended,
        SynergyStatus::OnHold,
        SynergyStatus::Abandoned,
    ], flows::status;
    SynergyKind => [
        SynergyKind::Substitution,
        SynergyKind::Mutualisation,
        SynergyKind::UtilitySharing,
    ], flows::synergy_kind;
    Role => [
        Role::Supplier,
        Role::Receiver,
        Role::Member,
        Role::ServiceProvider,
        Role::LocalAuthority,
    ], flows::role;
    BarrierCategory => [
        BarrierCategory::Technical,
        BarrierCategory::Regulatory,
        BarrierCategory::Economic,
        BarrierCategory::Organisational,
        BarrierCategory::Trust,
    ], flows::barrier;
    OriginKind => [
        OriginKind::Workshop,
        OriginKind::Suggestion,
        OriginKind::Interview,
        OriginKind::Other,
    ], flows::origin;
    TransportMethod => [TransportMethod::VehicleKm, TransportMethod::TonneKm], flows::transport_method;
    FactorKind => [
        FactorKind::VehicleKm,
        FactorKind::TonneKm,
        FactorKind::Treatment,
        FactorKind::Virgin,
        FactorKind::Density,
    ], flows::factor_kind;
    EventKind => [
        EventKind::WorldCafe,
        EventKind::SiteVisit,
        EventKind::SteeringCommittee,
        EventKind::Workshop,
        EventKind::Other,
    ], meetings::event_kind;
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
    }
}
