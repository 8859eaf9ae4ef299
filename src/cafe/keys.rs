//! The facilitator's keys, the same on the presenter and on the audience
//! window (which forwards them): Space, N, P, +, −, F, B, M, T, ?.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    StartPause,
    Next,
    Previous,
    PlusMinute,
    MinusMinute,
    Fullscreen,
    Blank,
    Mute,
    Board,
    Help,
}

pub fn command_of(key: &str) -> Option<Command> {
    Some(match key {
        " " | "Spacebar" => Command::StartPause,
        "n" | "N" | "PageDown" | "ArrowRight" => Command::Next,
        "p" | "P" | "PageUp" | "ArrowLeft" => Command::Previous,
        "+" | "=" => Command::PlusMinute,
        "-" | "_" | "−" => Command::MinusMinute,
        "f" | "F" => Command::Fullscreen,
        "b" | "B" | "." => Command::Blank,
        "m" | "M" => Command::Mute,
        "t" | "T" => Command::Board,
        "?" => Command::Help,
        _ => return None,
    })
}
