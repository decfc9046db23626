//! Who may run which command (S2): the roles, every command the binary has as an [`Op`], and the
//! one table of which roles may run it. `insats staff roles` prints this table; a test walks the
//! command line and fails when a command has no row here.
//!
//! A command is named as it is typed, `report reminders`, and where one command does different
//! things by its flags (the journal read or written, a visit or a cancellation), each mode is an
//! op of its own, `log --visit`.

use serde::Serialize;

named! {
    /// A role in the staff register (S2). A person may hold several.
    pub enum Role {
        /// Handläggare: applications, assessments, decisions, orders, follow-ups, letters.
        Caseworker => "caseworker",
        /// The provider's coordinator (samordnare): matching, visits, cancellations, the plan.
        Coordinator => "coordinator",
        /// Chef: reads cases, runs the reports and the log review (loggkontroll).
        Manager => "manager",
        /// Keeps the staff register, the guideline, backups, restores and retention.
        Admin => "admin",
    }
}

impl Role {
    /// The role as a caseworker reads it.
    pub fn swedish(self) -> &'static str {
        match self {
            Role::Caseworker => "handläggare",
            Role::Coordinator => "samordnare",
            Role::Manager => "chef",
            Role::Admin => "administratör",
        }
    }
}

/// What a command does to the file's records (for `--today` on a shared host, and for the kind
/// of its access line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// Reads only (a report's `--reveal` still writes its audit line).
    Reads,
    /// Changes records: on a shared host it takes no `--today` (S1).
    Writes,
}

/// What personal data a command reaches (S3, S4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    /// One case, named on the command line: the unit barrier holds (S3); its access line
    /// names the case (S4).
    OneCase,
    /// Many people (a report, a list, the register of assignees): not barred by unit; its access
    /// line counts the people shown.
    Many,
    /// No one's case data (the guideline, the file's integrity, the staff register): no access
    /// line unless refused.
    Nobody,
}

/// Who may run a command: roles from the register, or anyone who runs the binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    /// Only people holding one of these roles (S2).
    To(&'static [Role]),
    /// Anyone: the command needs no file or makes one of its own (`completions`, `demo`).
    Anyone,
}

use Role::{Admin as AD, Caseworker as CW, Coordinator as CO, Manager as MG};

macro_rules! ops {
    ($($op:ident => $path:literal, $effect:ident, $reach:ident, $open:expr;)*) => {
        /// A command of the binary, and where flags make one command do different things, each
        /// mode of it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Op { $($op,)* }

        impl Op {
            /// Every command, in the order of `insats --help`.
            pub const ALL: &'static [Op] = &[$(Op::$op,)*];

            /// The command as typed: `report reminders`, `log --visit`.
            pub fn path(self) -> &'static str {
                match self { $(Op::$op => $path,)* }
            }

            pub fn effect(self) -> Effect {
                match self { $(Op::$op => Effect::$effect,)* }
            }

            pub fn reach(self) -> Reach {
                match self { $(Op::$op => Reach::$reach,)* }
            }

            /// The role decision (S2): who may run it.
            pub fn open(self) -> Open {
                match self { $(Op::$op => $open,)* }
            }
        }
    };
}

ops! {
    Apply => "apply", Writes, OneCase, Open::To(&[CW]);
    Assess => "assess", Writes, OneCase, Open::To(&[CW]);
    Decide => "decide", Writes, OneCase, Open::To(&[CW]);
    Order => "order", Writes, OneCase, Open::To(&[CW]);
    OrderExport => "order --export", Reads, OneCase, Open::To(&[CW, CO]);
    AssigneeAdd => "match assignee add", Writes, Many, Open::To(&[CO]);
    AssigneeList => "match assignee list", Reads, Many, Open::To(&[CO, MG]);
    AssigneeShow => "match assignee show", Reads, Many, Open::To(&[CO, MG]);
    AssigneeUpdate => "match assignee update", Writes, Many, Open::To(&[CO]);
    AssigneeStep => "match assignee step", Writes, Many, Open::To(&[CO]);
    MatchSuggest => "match suggest", Reads, OneCase, Open::To(&[CO]);
    MatchOffer => "match offer", Writes, OneCase, Open::To(&[CO]);
    MatchDecline => "match decline", Writes, OneCase, Open::To(&[CO]);
    MatchStart => "match start", Writes, OneCase, Open::To(&[CO]);
    Log => "log", Reads, OneCase, Open::To(&[CW, CO, MG]);
    LogNote => "log --note", Writes, OneCase, Open::To(&[CW]);
    LogCorrect => "log --correct", Writes, OneCase, Open::To(&[CW]);
    LogVisit => "log --visit", Writes, OneCase, Open::To(&[CO]);
    LogCancel => "log --cancel", Writes, OneCase, Open::To(&[CO]);
    LogDemand => "log --demand-decision", Writes, OneCase, Open::To(&[CW]);
    LogExpense => "log --expense", Writes, OneCase, Open::To(&[CO]);
    LogChangedNeeds => "log --changed-needs", Writes, OneCase, Open::To(&[CO]);
    FollowUp => "follow-up", Writes, OneCase, Open::To(&[CW]);
    FollowUpAgreement => "follow-up --agreement-review", Writes, OneCase, Open::To(&[CW, CO]);
    FollowUpDue => "follow-up --due", Reads, Many, Open::To(&[CW, MG]);
    ReportReminders => "report reminders", Reads, Many, Open::To(&[CW, MG]);
    ReportExpiring => "report expiring", Reads, Many, Open::To(&[CW, MG]);
    ReportUnexecuted => "report unexecuted", Reads, Many, Open::To(&[MG]);
    ReportIvo => "report ivo", Reads, Many, Open::To(&[MG]);
    ReportHours => "report hours", Reads, Many, Open::To(&[MG, CO]);
    ReportStats => "report stats", Reads, Many, Open::To(&[MG]);
    ReportCaseload => "report caseload", Reads, Many, Open::To(&[MG]);
    ReportCompensation => "report compensation", Reads, Many, Open::To(&[MG, CO]);
    ReportRetention => "report retention", Reads, Many, Open::To(&[MG, AD]);
    ReportAccess => "report access", Reads, Many, Open::To(&[MG]);
    Show => "show", Reads, OneCase, Open::To(&[CW, CO, MG]);
    List => "list", Reads, Many, Open::To(&[CW, CO, MG]);
    Find => "find", Reads, Many, Open::To(&[CW, MG]);
    PersonShow => "person show", Reads, Many, Open::To(&[CW, MG]);
    PersonUpdate => "person update", Writes, Many, Open::To(&[CW]);
    Consent => "consent", Writes, OneCase, Open::To(&[CW]);
    Withdraw => "withdraw", Writes, OneCase, Open::To(&[CW]);
    Close => "close", Writes, OneCase, Open::To(&[CW]);
    Reopen => "reopen", Writes, OneCase, Open::To(&[CW]);
    Letter => "letter", Reads, OneCase, Open::To(&[CW]);
    LetterSent => "letter --sent", Writes, OneCase, Open::To(&[CW]);
    LetterReceived => "letter --received", Writes, OneCase, Open::To(&[CW]);
    Communicate => "communicate", Writes, OneCase, Open::To(&[CW]);
    CommunicateReply => "communicate --reply", Writes, OneCase, Open::To(&[CW]);
    Appeal => "appeal", Writes, OneCase, Open::To(&[CW]);
    AppealTooLate => "appeal --too-late", Writes, OneCase, Open::To(&[CW]);
    AppealForward => "appeal --forward", Writes, OneCase, Open::To(&[CW]);
    AppealJudgment => "appeal --judgment", Writes, OneCase, Open::To(&[CW]);
    GuidelineShow => "guideline show", Reads, Nobody, Open::To(&[CW, CO, MG, AD]);
    GuidelineExport => "guideline export", Reads, Nobody, Open::To(&[CW, CO, MG, AD]);
    GuidelineImport => "guideline import", Writes, Nobody, Open::To(&[AD]);
    RetentionDelete => "retention delete", Writes, Many, Open::To(&[AD]);
    Check => "check", Reads, Nobody, Open::To(&[AD]);
    Backup => "backup", Reads, Nobody, Open::To(&[AD]);
    Restore => "restore", Writes, Nobody, Open::To(&[AD]);
    Init => "init", Reads, Nobody, Open::To(&[CW, CO, MG, AD]);
    Demo => "demo", Writes, Nobody, Open::Anyone;
    Completions => "completions", Reads, Nobody, Open::Anyone;
    Manpage => "manpage", Reads, Nobody, Open::Anyone;
    StaffAdd => "staff add", Writes, Nobody, Open::To(&[AD]);
    StaffList => "staff list", Reads, Nobody, Open::To(&[AD, MG]);
    StaffUpdate => "staff update", Writes, Nobody, Open::To(&[AD]);
    StaffDisable => "staff disable", Writes, Nobody, Open::To(&[AD]);
    StaffRoles => "staff roles", Reads, Nobody, Open::Anyone;
    Unit => "unit", Writes, OneCase, Open::To(&[AD]);
    Plan => "plan", Reads, OneCase, Open::To(&[CW, CO, MG]);
    PlanTemplate => "plan --template", Reads, OneCase, Open::To(&[CO]);
    PlanFile => "plan --file", Writes, OneCase, Open::To(&[CO]);
    PlanCheckIn => "plan --check-in", Writes, OneCase, Open::To(&[CO]);
    PlanExport => "plan --export", Reads, OneCase, Open::To(&[CW, CO]);
    IvoNote => "ivo note", Writes, OneCase, Open::To(&[CW]);
    ReportCouncil => "report council", Reads, Many, Open::To(&[MG]);
    ReportLssRegister => "report lss-register", Reads, Many, Open::To(&[MG, AD]);
}

impl Op {
    /// The op typed as `path`, if there is one.
    pub fn parse(path: &str) -> Option<Op> {
        Op::ALL.iter().copied().find(|o| o.path() == path)
    }

    /// The roles that may run it; empty for a command open to anyone.
    pub fn roles(self) -> &'static [Role] {
        match self.open() {
            Open::To(roles) => roles,
            Open::Anyone => &[],
        }
    }

    /// Whether the command opens the file at all (and so needs someone in its register).
    pub fn needs_register(self) -> bool {
        matches!(self.open(), Open::To(_))
    }
}

/// How a role may see a case (S5): the authority's whole case, or the provider's part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    /// The caseworker's and manager's view: everything the case holds.
    Authority,
    /// The provider's coordinator: what the order carries and what the provider records, never
    /// the assessment, the authority's journal notes, or a protected person's number and address.
    Provider,
}

/// One row of `insats staff roles`.
#[derive(Debug, Clone, Serialize)]
pub struct RoleRow {
    pub command: &'static str,
    /// The roles that may run it; empty when anyone may.
    pub roles: Vec<Role>,
    pub anyone: bool,
    pub writes: bool,
    /// `one_case`, `many` or `nobody`: one case is barred by unit (S3).
    pub reach: Reach,
}

/// The role table as `staff roles` prints it.
pub fn table() -> Vec<RoleRow> {
    Op::ALL
        .iter()
        .map(|op| RoleRow {
            command: op.path(),
            roles: op.roles().to_vec(),
            anyone: !op.needs_register(),
            writes: op.effect() == Effect::Writes,
            reach: op.reach(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_op_has_one_path_and_a_role_decision() {
        let mut paths: Vec<&str> = Op::ALL.iter().map(|o| o.path()).collect();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), Op::ALL.len(), "two ops share a path");
        for op in Op::ALL {
            assert_eq!(Op::parse(op.path()), Some(*op));
            if op.needs_register() {
                assert!(!op.roles().is_empty(), "{} is open to nobody", op.path());
            }
        }
    }

    /// S2: the administrator keeps the register, the caseworker decides, the coordinator logs
    /// visits, the manager reviews the log.
    #[test]
    fn s2_the_roles_divide_the_work() {
        assert_eq!(Op::StaffAdd.roles(), &[Role::Admin]);
        assert_eq!(Op::Decide.roles(), &[Role::Caseworker]);
        assert_eq!(Op::LogVisit.roles(), &[Role::Coordinator]);
        assert_eq!(Op::ReportAccess.roles(), &[Role::Manager]);
        assert!(!Op::Show.roles().contains(&Role::Admin));
        assert!(!Op::Completions.needs_register());
    }
}
