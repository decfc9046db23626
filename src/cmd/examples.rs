//! An example for every command's help (`after_help`), kept in one table so that `--help`, the
//! manual page and the test that parses each example see the same lines. A command whose own
//! definition already has an `after_help` keeps it.

use clap::Command;

/// `(command path, example lines)`: each line a whole command line, comments after `#`.
const EXAMPLES: &[(&str, &[&str])] = &[
    (
        "",
        &["insats demo && insats --db insats-demo.db report reminders"],
    ),
    (
        "apply",
        &[
            "insats apply --pnr 19900101-2385 --name 'Eva Svensson' --insats kontaktperson-sol --consent self",
        ],
    ),
    (
        "assess",
        &[
            "insats assess 17                          # at a terminal",
            "insats assess 17 --template > svar.json",
            "insats assess 17 --answers svar.json",
        ],
    ),
    (
        "decide",
        &[
            "insats decide 17 --grant --from 2026-12-01 --to 2027-05-31 --hours 8 --goal 'Bryta social isolering'",
            "insats decide 17 --reject --reason 'Behovet tillgodoses på annat sätt'",
        ],
    ),
    (
        "order",
        &[
            "insats order 17 --provider 'Kontaktpersonsenheten'",
            "insats order 17 --export -   # the provider's copy on stdout",
        ],
    ),
    ("match", &["insats match suggest 17"]),
    ("match assignee", &["insats match assignee list"]),
    (
        "match assignee add",
        &[
            "insats match assignee add --name 'Karin Ek' --pnr 19850101-2390 --role kontaktperson --approved 2026-10-01",
        ],
    ),
    ("match assignee list", &["insats match assignee list"]),
    ("match assignee show", &["insats match assignee show 3"]),
    (
        "match assignee update",
        &["insats match assignee update 3 --languages svenska,arabiska"],
    ),
    (
        "match assignee step",
        &["insats match assignee step 3 --stage interview"],
    ),
    ("match suggest", &["insats match suggest 17"]),
    ("match offer", &["insats match offer 17 --assignee 3"]),
    ("match decline", &["insats match decline 17"]),
    ("match start", &["insats match start 17 --date 2026-12-05"]),
    (
        "log",
        &[
            "insats log 17 --visit 2026-11-20 --hours 3",
            "insats log 17 --note 'Samtal med vårdnadshavare'",
            "insats log 17",
        ],
    ),
    (
        "follow-up",
        &[
            "insats follow-up 17 --outcome continue --note 'Insatsen fungerar väl'",
            "insats follow-up --due --within 14",
        ],
    ),
    ("report", &["insats report reminders"]),
    (
        "report expiring",
        &["insats report expiring --within 60 --format csv"],
    ),
    (
        "report unexecuted",
        &["insats report unexecuted --quarter 2026-Q3"],
    ),
    (
        "report ivo",
        &["insats report ivo --quarter 2026-Q3 --format markdown"],
    ),
    ("report hours", &["insats report hours --month 2026-10"]),
    (
        "report stats",
        &["insats report stats --year 2026 --format csv"],
    ),
    ("report caseload", &["insats report caseload"]),
    (
        "report compensation",
        &["insats report compensation --month 2026-10"],
    ),
    ("report retention", &["insats report retention"]),
    ("report access", &["insats report access --case 17"]),
    (
        "report council",
        &["insats report council --quarter 2026-Q3"],
    ),
    (
        "report lss-register",
        &["insats report lss-register --date 2026-10-01 --format csv"],
    ),
    (
        "show",
        &["insats show 17", "insats --json show 19900101-2385"],
    ),
    ("find", &["insats find Svensson"]),
    ("person", &["insats person show 19900101-2385"]),
    ("person show", &["insats person show 19900101-2385"]),
    (
        "person update",
        &[
            "insats person update 19900101-2385 --name 'Eva Berg' --note 'Namnbyte enligt folkbokföringen'",
        ],
    ),
    (
        "consent",
        &["insats consent 17 --by self --given 2026-11-20"],
    ),
    (
        "withdraw",
        &["insats withdraw 17 --date 2026-11-20 --note 'Ansökan återkallad per telefon'"],
    ),
    ("close", &["insats close 17 --note 'Inget gäller längre'"]),
    (
        "reopen",
        &["insats reopen 17 --note 'Ny kontakt från den enskilde'"],
    ),
    ("list", &["insats list --open"]),
    (
        "letter",
        &[
            "insats letter 17 --out beslut.pdf",
            "insats letter 17 --sent 2026-11-24",
        ],
    ),
    (
        "communicate",
        &[
            "insats communicate 17 --sent 2026-11-20 --reply-by 2026-12-04 --material 'utredning 2026-11-18'",
        ],
    ),
    (
        "appeal",
        &[
            "insats appeal 17 --received 2026-12-01",
            "insats appeal 17 --forward 2026-12-05",
        ],
    ),
    ("guideline", &["insats guideline show"]),
    ("guideline show", &["insats guideline show"]),
    (
        "guideline export",
        &["insats guideline export --out riktlinjer.json"],
    ),
    (
        "guideline import",
        &["insats guideline import riktlinjer.json"],
    ),
    ("retention", &["insats retention delete --yes"]),
    ("retention delete", &["insats retention delete --yes"]),
    ("check", &["insats check --anchor /backup/insats.anchors"]),
    (
        "backup",
        &["insats backup --out /backup/insats-2026-11-23.db"],
    ),
    ("restore", &["insats restore /backup/insats-2026-11-23.db"]),
    ("init", &["insats init"]),
    ("demo", &["insats demo --cases 1000"]),
    (
        "completions",
        &["insats completions bash > ~/.local/share/bash-completion/completions/insats"],
    ),
    ("staff", &["insats staff list"]),
    (
        "staff add",
        &[
            "insats staff add anna.lindqvist --name 'Anna Lindqvist' --title Socialsekreterare --role caseworker",
        ],
    ),
    ("staff list", &["insats staff list"]),
    (
        "staff update",
        &["insats staff update anna.lindqvist --role caseworker --role manager"],
    ),
    ("staff disable", &["insats staff disable anna.lindqvist"]),
    ("staff roles", &["insats staff roles"]),
    ("unit", &["insats unit 17 barn-och-unga"]),
    (
        "plan",
        &[
            "insats plan 17 --template > plan.json",
            "insats plan 17 --file plan.json",
            "insats plan 17 --export md --out -",
        ],
    ),
    (
        "ivo",
        &["insats ivo note 17 --reason 'Ingen kontaktperson har kunnat rekryteras'"],
    ),
    (
        "ivo note",
        &["insats ivo note 17 --reason 'Ingen kontaktperson har kunnat rekryteras'"],
    ),
];

/// The example text of the command at `path`, if the table has one.
pub fn example(path: &str) -> Option<String> {
    let (_, lines) = EXAMPLES.iter().find(|(p, _)| *p == path)?;
    let heading = if lines.len() == 1 {
        "Example:"
    } else {
        "Examples:"
    };
    Some(format!("{heading}\n  {}", lines.join("\n  ")))
}

/// Every example line, with its command path (for the test that parses them).
pub fn all() -> impl Iterator<Item = (&'static str, &'static str)> {
    EXAMPLES
        .iter()
        .flat_map(|(p, lines)| lines.iter().map(move |l| (*p, *l)))
}

/// `cmd` with an example under every command's help that has none of its own.
pub fn add(cmd: Command) -> Command {
    add_at(cmd, "")
}

fn add_at(mut cmd: Command, path: &str) -> Command {
    if cmd.get_after_help().is_none()
        && let Some(text) = example(path)
    {
        cmd = cmd.after_help(text);
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in names {
        let sub = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |c| add_at(c, &sub));
    }
    cmd
}
