//! Who acts (S1), with which roles (S2), in which units (S3), and how they see a case (S5).
//!
//! The facts come in from outside: the operating system's account of the person at the terminal
//! (never a name typed on the command line), the name given with `--user` if any, and what the
//! staff register says of the two. Out comes an [`Acting`] person, or a refusal by rule.

use serde::Serialize;

use crate::domain::access::{Op, Open, Role, View};
use crate::domain::case::InsatsType;
use crate::domain::rules::Rule;
use crate::error::Refusal;

/// The superuser's login: the system lets it read the file anyway, so insats lets it act.
pub const ROOT: &str = "root";

/// The operating system's account of who runs the command (the real user id, S1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub uid: u32,
    pub login: String,
}

impl Account {
    pub fn is_root(&self) -> bool {
        self.uid == 0
    }
}

/// A person in the staff register, as far as acting goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffMember {
    pub login: String,
    pub name: String,
    pub title: String,
    pub roles: Vec<Role>,
    pub units: Vec<String>,
    pub delegations: Vec<InsatsType>,
    pub disabled: bool,
}

/// The person acting, once the system and the register have been asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acting {
    /// What the audit trail, the journal and the access log record: `LOGIN`, or
    /// `LOGIN for NAME` when an administrator (or root) acts for NAME (S1).
    pub recorded: String,
    /// Whose roles apply, and who a new case belongs to: NAME, else LOGIN.
    pub staff: String,
    /// The register's entry for `staff`; `None` for root acting as the superuser.
    pub member: Option<StaffMember>,
}

impl Acting {
    /// Root unregistered, or naming nobody, or naming someone not in the register: every
    /// command, no unit barrier (the system lets root read the file anyway).
    pub fn is_superuser(&self) -> bool {
        self.member.is_none()
    }

    /// The roles that apply; every role for the superuser.
    pub fn roles(&self) -> &[Role] {
        self.member
            .as_ref()
            .map_or(Role::ALL, |m| m.roles.as_slice())
    }

    /// The roles of this person that open `op` (S2).
    fn roles_for(&self, op: Op) -> Vec<Role> {
        match op.open() {
            Open::Anyone => self.roles().to_vec(),
            Open::To(allowed) => self
                .roles()
                .iter()
                .copied()
                .filter(|r| allowed.contains(r))
                .collect(),
        }
    }

    /// How this person sees a case through `op` (S5): the provider's view when only the
    /// coordinator's role opens it to them.
    pub fn view(&self, op: Op) -> View {
        if self.is_superuser() {
            return View::Authority;
        }
        let roles = self.roles_for(op);
        if !roles.is_empty() && roles.iter().all(|r| *r == Role::Coordinator) {
            View::Provider
        } else {
            View::Authority
        }
    }
}

/// Refuses a name given with `--user` that is empty or holds control characters (usage: the
/// value is wrong on its own).
pub fn clean_name(named: &str) -> Result<String, String> {
    let t = named.trim();
    if t.is_empty() {
        return Err("--user is empty: leave it out to act as yourself".into());
    }
    if t.chars().any(char::is_control) {
        return Err("--user holds control characters: give a login as it is written".into());
    }
    Ok(t.to_string())
}

/// A login as the register keeps it: printable ASCII without spaces, at most 64 characters (the
/// logins of the system's user database; `#UID` for an account without a name).
pub fn check_login(login: &str) -> Result<(), String> {
    if login.is_empty() || login.len() > 64 || !login.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(format!(
            "'{}' is not a login: give the person's system account name (letters, digits, . _ -; no spaces)",
            login.escape_debug()
        ));
    }
    Ok(())
}

fn usable(m: Option<&StaffMember>) -> Option<&StaffMember> {
    m.filter(|m| !m.disabled)
}

/// Who acts (S1). `me` is the register's entry for the account, `them` the entry for the name
/// given with `--user` (already cleaned), if one was given and differs from the account.
pub fn resolve(
    account: &Account,
    named: Option<&str>,
    me: Option<&StaffMember>,
    them: Option<&StaffMember>,
) -> Result<Acting, Refusal> {
    let login = account.login.as_str();
    let named = named.filter(|n| *n != login);
    let Some(name) = named else {
        if account.is_root() {
            return Ok(Acting {
                recorded: login.to_string(),
                staff: login.to_string(),
                member: None,
            });
        }
        return match me {
            Some(m) if !m.disabled => Ok(Acting {
                recorded: login.to_string(),
                staff: login.to_string(),
                member: Some(m.clone()),
            }),
            Some(_) => Err(Refusal::new(
                Rule::S1,
                format!("your account {login} is disabled in this file's staff register"),
            )
            .hint("an administrator of the file can enable it again with `insats staff update`")),
            None => Err(Refusal::new(
                Rule::S1,
                format!("your account {login} is not in this file's staff register"),
            )
            .hint(format!(
                "an administrator of the file adds you: insats staff add {login} --name NAME --title TITLE --role ROLE"
            ))),
        };
    };
    let recorded = format!("{login} for {name}");
    if account.is_root() {
        return Ok(Acting {
            recorded,
            staff: name.to_string(),
            member: usable(them).cloned(),
        });
    }
    let admin = usable(me).is_some_and(|m| m.roles.contains(&Role::Admin));
    if !admin {
        return Err(Refusal::new(
            Rule::S1,
            format!(
                "{login} may not act as someone else: only an administrator of the file (or root) may name another user"
            ),
        )
        .hint("leave out --user and INSATS_USER to act as yourself"));
    }
    match them {
        Some(m) if !m.disabled => Ok(Acting {
            recorded,
            staff: name.to_string(),
            member: Some(m.clone()),
        }),
        Some(_) => Err(Refusal::new(
            Rule::S1,
            format!("{name} is disabled in the staff register: nobody can act for them"),
        )),
        None => Err(Refusal::new(
            Rule::S1,
            format!("{name} is not in the staff register: nobody can act for them"),
        )
        .hint("`insats staff list` shows the register")),
    }
}

/// Whether the acting person's roles open `op` (S2).
pub fn admit(acting: &Acting, op: Op) -> Result<(), Refusal> {
    if acting.is_superuser() || !op.needs_register() || !acting.roles_for(op).is_empty() {
        return Ok(());
    }
    let roles: Vec<&str> = op.roles().iter().map(|r| r.as_str()).collect();
    let held: Vec<&str> = acting.roles().iter().map(|r| r.as_str()).collect();
    Err(Refusal::new(
        Rule::S2,
        format!(
            "`{}` is for the role{} {}; {} hold{} {}",
            op.path(),
            if roles.len() == 1 { "" } else { "s" },
            roles.join(", "),
            acting.staff,
            if held.len() == 1 { "s" } else { "" },
            if held.is_empty() {
                "no role".to_string()
            } else {
                held.join(", ")
            }
        ),
    )
    .hint("`insats staff roles` shows who may run what"))
}

/// The unit barrier (S3): a caseworker reading or changing one case of another unit needs a
/// stated reason. Returns whether the access is outside the person's units (to be logged so).
pub fn admit_unit(
    acting: &Acting,
    op: Op,
    case_id: i64,
    unit: Option<&str>,
    reason: Option<&str>,
) -> Result<bool, Refusal> {
    let (Some(unit), Some(member)) = (unit, acting.member.as_ref()) else {
        return Ok(false);
    };
    // The barrier is the caseworkers': a manager, coordinator or administrator who may run the
    // command by that role is not in a unit for it.
    let roles = acting.roles_for(op);
    let by_caseworker_only = !roles.is_empty() && roles.iter().all(|r| *r == Role::Caseworker);
    if !by_caseworker_only || member.units.iter().any(|u| u == unit) {
        return Ok(false);
    }
    match reason {
        Some(_) => Ok(true),
        None => Err(Refusal::new(
            Rule::S3,
            format!(
                "case {case_id} belongs to the unit {unit}, and {} works in {}",
                acting.staff,
                if member.units.is_empty() {
                    "no unit".to_string()
                } else {
                    member.units.join(", ")
                }
            ),
        )
        .hint("give --access-reason TEXT to say why you need it; the reason is logged and shown first in the log review")),
    }
}

/// A decision (or a new decision at follow-up) only by someone whose delegation covers the
/// intervention type (S2).
pub fn admit_delegation(acting: &Acting, insats: InsatsType) -> Result<(), Refusal> {
    let Some(m) = acting.member.as_ref() else {
        return Ok(());
    };
    if m.delegations.contains(&insats) {
        return Ok(());
    }
    Err(Refusal::new(
        Rule::S2,
        format!(
            "{}'s delegation does not cover {} ({}): the decision is for someone whose delegation does",
            acting.staff,
            insats.as_str(),
            insats.swedish()
        ),
    )
    .hint(format!(
        "an administrator adds it: insats staff update {} --delegation {}",
        acting.staff,
        insats.as_str()
    )))
}

/// What the caller of a setgid binary on a shared host may not choose (S1): the file (only
/// the one /etc/insats/insats.conf names), any other path the program would open with the
/// service group's rights, and the day of a write (nothing back-dated). Root may: the system
/// lets root open the file anyway.
pub fn admit_shared_host(
    op: Op,
    root: bool,
    db_given: bool,
    today_given: bool,
    path_given: Option<&str>,
) -> Result<(), Refusal> {
    if root {
        return Ok(());
    }
    if db_given {
        return Err(Refusal::new(
            Rule::S1,
            "on a shared host the file is the one /etc/insats/insats.conf names: --db and INSATS_DB are not taken",
        )
        .hint("leave out --db and INSATS_DB"));
    }
    if let Some(flag) = path_given {
        return Err(Refusal::new(
            Rule::S1,
            format!(
                "on a shared host insats opens no file the caller names ({flag}): it would open it with the service group's rights"
            ),
        )
        .hint("use '-' for standard input or output, and redirect it in the shell"));
    }
    if today_given && op.effect() == crate::domain::access::Effect::Writes {
        return Err(Refusal::new(
            Rule::S1,
            format!(
                "on a shared host `{}` writes on the system's date: --today and INSATS_TODAY are for reading only",
                op.path()
            ),
        )
        .hint("leave out --today and INSATS_TODAY"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(login: &str, roles: &[Role]) -> StaffMember {
        StaffMember {
            login: login.into(),
            name: login.into(),
            title: "Handläggare".into(),
            roles: roles.to_vec(),
            units: vec!["Vuxen".into()],
            delegations: vec![InsatsType::KontaktpersonSol],
            disabled: false,
        }
    }

    fn account(uid: u32, login: &str) -> Account {
        Account {
            uid,
            login: login.into(),
        }
    }

    /// S1: the account acts as itself; naming another user is for an administrator or root,
    /// and is recorded as both.
    #[test]
    fn s1_the_account_acts_and_only_an_administrator_names_another() {
        let cw = member("anna", &[Role::Caseworker]);
        let admin = member("ola", &[Role::Admin]);
        let me = account(1000, "anna");
        let a = resolve(&me, None, Some(&cw), None).unwrap();
        assert_eq!((a.recorded.as_str(), a.staff.as_str()), ("anna", "anna"));
        let same = resolve(&me, Some("anna"), Some(&cw), None).unwrap();
        assert_eq!(same.recorded, "anna");
        let e = resolve(&me, Some("ola"), Some(&cw), Some(&admin)).unwrap_err();
        assert_eq!(e.rule, Rule::S1);
        let ola = account(1001, "ola");
        let a = resolve(&ola, Some("anna"), Some(&admin), Some(&cw)).unwrap();
        assert_eq!(a.recorded, "ola for anna");
        assert_eq!(a.roles(), &[Role::Caseworker]);
        assert!(resolve(&ola, Some("nobody"), Some(&admin), None).is_err());
        let mut off = cw.clone();
        off.disabled = true;
        assert!(resolve(&ola, Some("anna"), Some(&admin), Some(&off)).is_err());
        assert!(resolve(&me, None, Some(&off), None).is_err());
        assert!(resolve(&account(1002, "stranger"), None, None, None).is_err());
        let root = account(0, "root");
        let r = resolve(&root, Some("nobody"), None, None).unwrap();
        assert!(r.is_superuser());
        assert_eq!(r.recorded, "root for nobody");
        let r = resolve(&root, Some("anna"), None, Some(&cw)).unwrap();
        assert!(!r.is_superuser());
        assert!(resolve(&root, None, None, None).unwrap().is_superuser());
        assert!(clean_name("a\u{1b}[31m").is_err());
        assert!(clean_name("  ").is_err());
    }

    /// S2, S3, S5: roles open commands, units bar caseworkers, the coordinator sees the
    /// provider's part.
    #[test]
    fn s2_s3_s5_roles_units_and_views() {
        let cw = Acting {
            recorded: "anna".into(),
            staff: "anna".into(),
            member: Some(member("anna", &[Role::Caseworker])),
        };
        assert!(admit(&cw, Op::Decide).is_ok());
        assert_eq!(admit(&cw, Op::StaffAdd).unwrap_err().rule, Rule::S2);
        assert_eq!(admit_unit(&cw, Op::Show, 1, Some("Vuxen"), None), Ok(false));
        assert_eq!(
            admit_unit(&cw, Op::Show, 1, Some("LSS"), None)
                .unwrap_err()
                .rule,
            Rule::S3
        );
        assert_eq!(
            admit_unit(&cw, Op::Show, 1, Some("LSS"), Some("jour")),
            Ok(true)
        );
        assert_eq!(admit_unit(&cw, Op::Show, 1, None, None), Ok(false));
        assert!(admit_delegation(&cw, InsatsType::KontaktpersonSol).is_ok());
        assert_eq!(
            admit_delegation(&cw, InsatsType::Umgangesstod)
                .unwrap_err()
                .rule,
            Rule::S2
        );
        let co = Acting {
            recorded: "bo".into(),
            staff: "bo".into(),
            member: Some(member("bo", &[Role::Coordinator])),
        };
        assert_eq!(co.view(Op::Show), View::Provider);
        assert_eq!(cw.view(Op::Show), View::Authority);
        let both = Acting {
            member: Some(member("cy", &[Role::Coordinator, Role::Caseworker])),
            ..co.clone()
        };
        assert_eq!(both.view(Op::Show), View::Authority);
        let mg = Acting {
            member: Some(member("di", &[Role::Manager])),
            ..co
        };
        assert_eq!(admit_unit(&mg, Op::Show, 1, Some("LSS"), None), Ok(false));
    }
}
