//! The countdown of a phase, as a value: it stores the time left when it
//! was last started or paused and the clock reading of that start, so the
//! time left at any moment is computed from a clock the caller passes in
//! (tests pass their own; the app passes `Date.now()`). Stored as it is, it
//! resumes at the right time after a reload.

use serde::{Deserialize, Serialize};

pub const MINUTE_MS: i64 = 60_000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    /// Time left, in ms, when last started or paused (negative: overtime).
    pub left_ms: i64,
    /// Clock reading (ms) when started; None while paused or not started.
    pub since: Option<i64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Urgency {
    Normal,
    /// One minute or less left.
    LastMinute,
    /// Time is up.
    Overtime,
}

impl Timer {
    pub fn new(duration_ms: i64) -> Timer {
        Timer {
            left_ms: duration_ms,
            since: None,
        }
    }

    pub fn running(&self) -> bool {
        self.since.is_some()
    }

    /// Time left at `now` (negative in overtime).
    pub fn left(&self, now: i64) -> i64 {
        match self.since {
            Some(since) => self.left_ms - (now - since).max(0),
            None => self.left_ms,
        }
    }

    pub fn start(&mut self, now: i64) {
        if self.since.is_none() {
            self.since = Some(now);
        }
    }

    pub fn pause(&mut self, now: i64) {
        self.left_ms = self.left(now);
        self.since = None;
    }

    pub fn toggle(&mut self, now: i64) {
        if self.running() {
            self.pause(now);
        } else {
            self.start(now);
        }
    }

    /// Adds (or removes, when negative) time. Removing never goes past
    /// zero: taking a minute off with 30 s left ends the time, it does not
    /// invent 30 s of overtime.
    pub fn add(&mut self, delta_ms: i64, now: i64) {
        let left = self.left(now);
        let target = (left + delta_ms).max(left.min(0));
        self.left_ms += target - left;
    }

    pub fn urgency(&self, now: i64) -> Urgency {
        match self.left(now) {
            l if l <= 0 => Urgency::Overtime,
            l if l <= MINUTE_MS => Urgency::LastMinute,
            _ => Urgency::Normal,
        }
    }
}

/// `m:ss` of a time left, `+m:ss` in overtime (rounded up while counting
/// down, so 0:00 shows exactly when the time is up).
pub fn clock(left_ms: i64) -> String {
    let (sign, secs) = if left_ms > 0 {
        ("", (left_ms + 999) / 1000)
    } else {
        ("+", -left_ms / 1000)
    };
    let sign = if secs == 0 { "" } else { sign };
    format!("{sign}{}:{:02}", secs / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_only_while_running() {
        let mut t = Timer::new(20 * MINUTE_MS);
        assert_eq!(t.left(1_000_000), 20 * MINUTE_MS);
        t.start(1_000);
        assert_eq!(t.left(61_000), 19 * MINUTE_MS);
        t.pause(61_000);
        assert_eq!(t.left(500_000), 19 * MINUTE_MS, "paused");
        t.start(500_000);
        t.start(510_000); // a second start changes nothing
        assert_eq!(t.left(560_000), 18 * MINUTE_MS);
        t.toggle(560_000);
        assert!(!t.running());
    }

    #[test]
    fn urgency_follows_the_time_left() {
        let mut t = Timer::new(2 * MINUTE_MS);
        t.start(0);
        assert_eq!(t.urgency(59_999), Urgency::Normal);
        assert_eq!(t.urgency(60_000), Urgency::LastMinute);
        assert_eq!(t.urgency(119_999), Urgency::LastMinute);
        assert_eq!(t.urgency(120_000), Urgency::Overtime);
        assert_eq!(t.left(150_000), -30_000);
    }

    #[test]
    fn adding_and_removing_minutes() {
        let mut t = Timer::new(5 * MINUTE_MS);
        t.start(0);
        t.add(MINUTE_MS, 60_000);
        assert_eq!(t.left(60_000), 5 * MINUTE_MS);
        t.add(-MINUTE_MS, 60_000);
        assert_eq!(t.left(60_000), 4 * MINUTE_MS);
        // 30 s left, minus a minute: the time is up, not 30 s over.
        t.add(-MINUTE_MS, 270_000);
        assert_eq!(t.left(270_000), 0);
        // In overtime, minus a minute changes nothing; plus a minute counts
        // from the overtime.
        t.add(-MINUTE_MS, 280_000);
        assert_eq!(t.left(280_000), -10_000);
        t.add(MINUTE_MS, 280_000);
        assert_eq!(t.left(280_000), 50_000);
    }

    #[test]
    fn resumes_from_its_stored_form_after_a_reload() {
        let mut t = Timer::new(20 * MINUTE_MS);
        t.start(1_000);
        let stored = serde_json::to_string(&t).unwrap();
        let back: Timer = serde_json::from_str(&stored).unwrap();
        assert_eq!(back.left(1_000 + 7 * MINUTE_MS), 13 * MINUTE_MS);
    }

    #[test]
    fn clock_text() {
        assert_eq!(clock(20 * MINUTE_MS), "20:00");
        assert_eq!(clock(61_001), "1:02");
        assert_eq!(clock(1), "0:01");
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(-999), "0:00");
        assert_eq!(clock(-61_000), "+1:01");
    }
}
