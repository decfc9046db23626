//! `insats staff`: the staff register (S1-S3) and the role table (S2).

use std::io::{self, Write};

use anyhow::Result;
use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::Ctx;
use crate::act::staff::{self as act, Change};
use crate::domain::access::{self, Op, Role, RoleRow};
use crate::domain::case::InsatsType;
use crate::error::usage;
use crate::json_by_serde;
use crate::render::table::table;
use crate::render::{Output, Style};
use crate::store::staff::{self, Entry, StaffRow};

/// The staff register: who may act on the file, with which roles, units and delegations
#[derive(Debug, Args)]
pub struct StaffArgs {
    #[command(subcommand)]
    pub command: StaffCommand,
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a person, by their system login (S1), with roles (S2), units (S3) and delegations
    Add(AddArgs),
    /// The register
    List,
    /// Change a person's entry: each flag given replaces what is there
    Update(UpdateArgs),
    /// Stop a person from acting; the logs keep naming them
    Disable(LoginArg),
    /// Which role may run which command (S2); needs no file
    Roles,
}

impl StaffArgs {
    /// The command as the role table knows it (S2).
    pub fn op(&self) -> Op {
        match self.command {
            StaffCommand::Add(_) => Op::StaffAdd,
            StaffCommand::List => Op::StaffList,
            StaffCommand::Update(_) => Op::StaffUpdate,
            StaffCommand::Disable(_) => Op::StaffDisable,
            StaffCommand::Roles => Op::StaffRoles,
        }
    }
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The person's login on the system (the account insats sees acting)
    #[arg(value_name = "LOGIN")]
    pub login: String,
    /// The name letters print
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// The title letters print beside the name (e.g. Socialsekreterare)
    #[arg(long, value_name = "TITLE")]
    pub title: String,
    /// A role; repeat it for several
    #[arg(long = "role", value_name = "ROLE", required = true, value_parser = PossibleValuesParser::new(Role::NAMES))]
    pub roles: Vec<String>,
    /// A unit (enhet) the person works in (S3); repeat it for several
    #[arg(long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
    /// An intervention type the person may decide on (S2), or `all`; repeat it for several
    #[arg(long = "delegation", value_name = "TYPE", value_parser = delegation_names())]
    pub delegations: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The person's login
    #[arg(value_name = "LOGIN")]
    pub login: String,
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,
    /// The person's roles from now on (repeat for several)
    #[arg(long = "role", value_name = "ROLE", value_parser = PossibleValuesParser::new(Role::NAMES))]
    pub roles: Vec<String>,
    /// The person's units from now on (repeat for several)
    #[arg(long = "unit", value_name = "UNIT", conflicts_with = "no_units")]
    pub units: Vec<String>,
    /// The person works in no unit
    #[arg(long)]
    pub no_units: bool,
    /// The types the person may decide on from now on (repeat, or `all`)
    #[arg(long = "delegation", value_name = "TYPE", value_parser = delegation_names(),
          conflicts_with = "no_delegations")]
    pub delegations: Vec<String>,
    /// The person may decide on nothing
    #[arg(long)]
    pub no_delegations: bool,
    /// Let a disabled person act again
    #[arg(long)]
    pub enable: bool,
}

#[derive(Debug, Args)]
pub struct LoginArg {
    /// The person's login
    #[arg(value_name = "LOGIN")]
    pub login: String,
}

fn delegation_names() -> Vec<&'static str> {
    let mut names = InsatsType::NAMES.to_vec();
    names.push("all");
    names
}

fn roles(names: &[String]) -> Vec<Role> {
    let mut out: Vec<Role> = names.iter().filter_map(|n| Role::parse(n)).collect();
    out.sort();
    out.dedup();
    out
}

fn delegations(names: &[String]) -> Vec<InsatsType> {
    if names.iter().any(|n| n == "all") {
        return InsatsType::ALL.to_vec();
    }
    let mut out: Vec<InsatsType> = names.iter().filter_map(|n| InsatsType::parse(n)).collect();
    out.sort();
    out.dedup();
    out
}

/// A text flag: trimmed, not empty, without control characters.
fn text(flag: &str, value: &str) -> Result<String> {
    let t = value.trim();
    if t.is_empty() {
        return Err(usage(format!("{flag} is empty")));
    }
    if t.chars().any(char::is_control) {
        return Err(usage(format!("{flag} holds control characters")));
    }
    Ok(t.to_string())
}

fn units(list: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for u in list {
        let u = text("--unit", u)?;
        if !out.contains(&u) {
            out.push(u);
        }
    }
    Ok(out)
}

pub fn run(ctx: &Ctx, command: &'static str, args: StaffArgs) -> Result<Box<dyn Output>> {
    match args.command {
        StaffCommand::Roles => Ok(Box::new(RoleTable(access::table()))),
        StaffCommand::List => {
            let store = ctx.open_existing(command)?;
            Ok(Box::new(Register {
                items: staff::list(&store)?,
            }))
        }
        StaffCommand::Add(a) => {
            let entry = Entry {
                login: a.login.trim().to_string(),
                name: text("--name", &a.name)?,
                title: text("--title", &a.title)?,
                roles: roles(&a.roles),
                units: units(&a.units)?,
                delegations: delegations(&a.delegations),
            };
            let mut store = ctx.open_existing(command)?;
            Ok(Box::new(store.write(|tx| act::add(tx, &entry))?))
        }
        StaffCommand::Update(a) => {
            let change = Change {
                name: a.name.as_deref().map(|n| text("--name", n)).transpose()?,
                title: a.title.as_deref().map(|t| text("--title", t)).transpose()?,
                roles: (!a.roles.is_empty()).then(|| roles(&a.roles)),
                units: if a.no_units {
                    Some(Vec::new())
                } else if a.units.is_empty() {
                    None
                } else {
                    Some(units(&a.units)?)
                },
                delegations: if a.no_delegations {
                    Some(Vec::new())
                } else {
                    (!a.delegations.is_empty()).then(|| delegations(&a.delegations))
                },
                enable: a.enable,
            };
            let mut store = ctx.open_existing(command)?;
            let login = a.login.trim().to_string();
            Ok(Box::new(store.write(|tx| act::update(tx, &login, change))?))
        }
        StaffCommand::Disable(a) => {
            let mut store = ctx.open_existing(command)?;
            let login = a.login.trim().to_string();
            Ok(Box::new(store.write(|tx| act::disable(tx, &login))?))
        }
    }
}

fn joined<T: std::fmt::Display>(list: &[T]) -> String {
    if list.is_empty() {
        "-".to_string()
    } else {
        list.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Delegations in a table cell: `alla` when they cover every type.
fn delegation_cell(d: &[InsatsType]) -> String {
    if d.len() == InsatsType::ALL.len() {
        "alla".to_string()
    } else {
        joined(d)
    }
}

impl Output for StaffRow {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, _: Style) -> io::Result<()> {
        writeln!(w, "{} · {}, {}", self.login, self.name, self.title)?;
        let roles: Vec<&str> = self.roles.iter().map(|r| r.swedish()).collect();
        writeln!(w, "  roller      {}", joined(&roles))?;
        writeln!(w, "  enheter     {}", joined(&self.units))?;
        writeln!(w, "  delegation  {}", delegation_cell(&self.delegations))?;
        if let Some(d) = &self.disabled {
            writeln!(w, "  avstängd    sedan {d}")?;
        }
        Ok(())
    }
}

#[derive(Debug, Serialize)]
pub struct Register {
    pub items: Vec<StaffRow>,
}

impl Output for Register {
    json_by_serde!();
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let rows = self.items.iter().map(|s| {
            let roles: Vec<&str> = s.roles.iter().map(|r| r.swedish()).collect();
            vec![
                s.login.clone(),
                s.name.clone(),
                s.title.clone(),
                joined(&roles),
                joined(&s.units),
                delegation_cell(&s.delegations),
                s.disabled.clone().unwrap_or_default(),
            ]
        });
        let headers = [
            "inloggning",
            "namn",
            "titel",
            "roller",
            "enheter",
            "delegation",
            "avstängd",
        ];
        writeln!(w, "{}", table(&headers, rows, style))
    }
}

/// The role table (S2), as `staff roles` prints it.
pub struct RoleTable(pub Vec<RoleRow>);

impl Output for RoleTable {
    fn json(&self) -> serde_json::Value {
        serde_json::json!({ "items": self.0 })
    }
    fn human(&self, w: &mut dyn Write, style: Style) -> io::Result<()> {
        let mark = |row: &RoleRow, r: Role| {
            if row.anyone || row.roles.contains(&r) {
                "x".to_string()
            } else {
                String::new()
            }
        };
        let rows = self.0.iter().map(|row| {
            let mut cells = vec![row.command.to_string()];
            cells.extend(Role::ALL.iter().map(|r| mark(row, *r)));
            cells.push(if row.anyone {
                "alla".into()
            } else {
                String::new()
            });
            cells
        });
        let mut headers = vec!["kommando"];
        headers.extend(Role::ALL.iter().map(|r| r.swedish()));
        headers.push("anmärkning");
        writeln!(w, "{}", table(&headers, rows, style))?;
        writeln!(
            w,
            "decide och ett nytt beslut vid uppföljning kräver också delegation för insatstypen (S2); en handläggare behöver --access-reason för ett ärende i en annan enhet (S3)"
        )
    }
}
