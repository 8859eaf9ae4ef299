//! The rotation problem in numbers: people, tables and rounds, what makes a
//! problem impossible to plan, and what the facilitator should be told
//! before planning one.

/// A table, by its position in the plan (0-based).
pub type Table = usize;

/// `seating[r][p]`: the table of person `p` in round `r` (None: not there).
pub type Seating = Vec<Vec<Option<Table>>>;

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Person {
    /// People of one company share this number: colleagues are kept apart.
    pub company: usize,
    /// Activity sector (the NAF section), when known.
    pub sector: Option<u8>,
    /// Size class (micro, small/medium, large), when known.
    pub size: Option<u8>,
    /// The table this person hosts: they stay there in every round attended.
    pub host_of: Option<Table>,
    /// The rounds attended.
    pub present: Vec<bool>,
}

impl Person {
    pub fn is_present(&self, round: usize) -> bool {
        self.present.get(round).copied().unwrap_or(false)
    }

    pub fn is_traveller(&self) -> bool {
        self.host_of.is_none()
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    pub tables: usize,
    pub rounds: usize,
    pub people: Vec<Person>,
    /// Rounds already played, never changed: the first `locked.len()` rounds.
    pub locked: Seating,
    /// The plan in use before a re-plan: the new one changes as few seats as it can.
    pub previous: Option<Seating>,
    pub seed: u64,
}

/// Why a problem cannot be planned.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Refusal {
    NoTables,
    NoRounds,
    NoOne,
    /// Fewer than two people per table in a round.
    TooFewPeople {
        round: usize,
        present: usize,
        tables: usize,
    },
    /// A host of a table that does not exist.
    NoSuchTable {
        person: usize,
        table: Table,
    },
    /// Two hosts for one table.
    TwoHosts {
        table: Table,
    },
    /// A locked round does not fit the people or tables of the problem.
    LockedMismatch {
        round: usize,
    },
}

/// What the facilitator should know about a problem that can be planned.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Warning {
    /// One table: everybody sits together, there is nothing to rotate.
    OneTable,
    /// More rounds than tables: some people must come back to a table.
    MoreRoundsThanTables { rounds: usize, tables: usize },
    /// A company has more people present than there are tables.
    CompanyLargerThanTables { company: usize, people: usize },
    /// A table has no host in this round (first round concerned).
    TableWithoutHost { table: Table, round: usize },
    /// Tables bigger than the method recommends (more than 5).
    LargeTables { size: usize },
    /// Tables of 3 or fewer.
    SmallTables { size: usize },
}

/// Table sizes in a round: `extra` tables seat `base + 1`, the others `base`.
pub fn sizes(present: usize, tables: usize) -> (usize, usize) {
    (present / tables.max(1), present % tables.max(1))
}

impl Problem {
    pub fn present_in(&self, round: usize) -> usize {
        self.people.iter().filter(|p| p.is_present(round)).count()
    }

    /// The host of each table, when there is one.
    pub fn hosts(&self) -> Vec<Option<usize>> {
        let mut hosts = vec![None; self.tables];
        for (i, p) in self.people.iter().enumerate() {
            if let Some(h) = p.host_of.and_then(|t| hosts.get_mut(t)) {
                h.get_or_insert(i);
            }
        }
        hosts
    }

    pub fn check(&self) -> Result<Vec<Warning>, Refusal> {
        if self.tables == 0 {
            return Err(Refusal::NoTables);
        }
        if self.rounds == 0 {
            return Err(Refusal::NoRounds);
        }
        if (0..self.rounds).all(|r| self.present_in(r) == 0) {
            return Err(Refusal::NoOne);
        }
        for r in 0..self.rounds {
            let present = self.present_in(r);
            if present < 2 * self.tables {
                return Err(Refusal::TooFewPeople {
                    round: r,
                    present,
                    tables: self.tables,
                });
            }
        }
        self.check_hosts()?;
        self.check_locked()?;
        Ok(self.warnings())
    }

    fn check_hosts(&self) -> Result<(), Refusal> {
        let mut seen = vec![false; self.tables];
        for (i, p) in self.people.iter().enumerate() {
            if let Some(t) = p.host_of {
                let slot = seen.get_mut(t).ok_or(Refusal::NoSuchTable {
                    person: i,
                    table: t,
                })?;
                if *slot {
                    return Err(Refusal::TwoHosts { table: t });
                }
                *slot = true;
            }
        }
        Ok(())
    }

    fn check_locked(&self) -> Result<(), Refusal> {
        if self.locked.len() > self.rounds {
            return Err(Refusal::LockedMismatch { round: self.rounds });
        }
        for (r, round) in self.locked.iter().enumerate() {
            let fits = round.len() == self.people.len()
                && round.iter().all(|t| t.is_none_or(|t| t < self.tables));
            if !fits {
                return Err(Refusal::LockedMismatch { round: r });
            }
        }
        Ok(())
    }

    fn warnings(&self) -> Vec<Warning> {
        let mut out = Vec::new();
        if self.tables == 1 {
            out.push(Warning::OneTable);
        } else if self.rounds > self.tables {
            out.push(Warning::MoreRoundsThanTables {
                rounds: self.rounds,
                tables: self.tables,
            });
        }
        if let Some((company, people)) = self.largest_company() {
            if people > self.tables {
                out.push(Warning::CompanyLargerThanTables { company, people });
            }
        }
        let hosts = self.hosts();
        if hosts.iter().any(Option::is_some) {
            for (t, h) in hosts.iter().enumerate() {
                let missing =
                    (0..self.rounds).find(|&r| h.is_none_or(|h| !self.people[h].is_present(r)));
                if let Some(round) = missing {
                    out.push(Warning::TableWithoutHost { table: t, round });
                }
            }
        }
        let biggest = (0..self.rounds)
            .map(|r| self.present_in(r).div_ceil(self.tables))
            .max()
            .unwrap_or(0);
        let smallest = (0..self.rounds)
            .map(|r| self.present_in(r) / self.tables)
            .min()
            .unwrap_or(0);
        if biggest > 5 && self.tables > 1 {
            out.push(Warning::LargeTables { size: biggest });
        }
        if smallest <= 3 {
            out.push(Warning::SmallTables { size: smallest });
        }
        out
    }

    /// The company with the most people present in one round.
    fn largest_company(&self) -> Option<(usize, usize)> {
        let companies = self.people.iter().map(|p| p.company + 1).max().unwrap_or(0);
        let mut best = None;
        for r in 0..self.rounds {
            let mut count = vec![0usize; companies];
            for p in self.people.iter().filter(|p| p.is_present(r)) {
                count[p.company] += 1;
            }
            if let Some((c, &n)) = count.iter().enumerate().max_by_key(|(_, n)| **n) {
                if best.is_none_or(|(_, m)| n > m) {
                    best = Some((c, n));
                }
            }
        }
        best
    }
}
