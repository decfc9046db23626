//! `apply` at a terminal: when the command line leaves out who or what, everything a decision
//! will need is asked for (the number, the name, the intervention, who asked, consent, a
//! child's guardians, address and housing). A value that does not hold is asked for again,
//! with the reason.

use anyhow::Result;
use chrono::NaiveDate;

use super::ApplyArgs;
use crate::domain::case::InsatsType;
use crate::domain::pnr::Pnr;
use crate::prompt::Prompter;

/// Whether the walk should run: at a terminal, with the number, the name or the type missing.
pub fn wanted(interactive: bool, args: &ApplyArgs) -> bool {
    let numbered = args.no_pnr || args.reserve_number.is_some() || args.pnr.is_some();
    interactive && (!numbered || args.name.is_none() || args.insats.is_none())
}

/// Fills in what the flags leave out, asking at the terminal.
pub fn fill(args: &mut ApplyArgs, p: &mut dyn Prompter, today: NaiveDate) -> Result<()> {
    let received = args.received.unwrap_or(today);
    let mut born = args.born;
    if !args.no_pnr && args.reserve_number.is_none() {
        let pnr = match args.pnr.clone() {
            Some(t) => Pnr::parse(&t, today).ok(),
            None => {
                let pnr = ask_pnr(p, today)?;
                args.pnr = Some(pnr.as_str().to_string());
                Some(pnr)
            }
        };
        born = pnr.map(|p| p.birth_date()).or(born);
    }
    if args.name.is_none() {
        args.name = Some(required(p, "Namn")?);
    }
    if args.insats.is_none() {
        let i = pick(p, "Insats", &InsatsType::NAMES, None)?;
        args.insats = Some(InsatsType::NAMES[i].to_string());
    }
    let court = args.insats.as_deref() == Some(InsatsType::Umgangesstod.as_str());
    let child = born.is_some_and(|b| crate::domain::dates::years_between(b, received) < 18);
    if args.requested_by.is_none() && !court {
        let items = [
            "den enskilde själv (self)",
            "vårdnadshavare (guardian)",
            "domstol (court)",
            "nämnden (committee)",
        ];
        let i = pick(p, "Vem ansökte?", &items, None)?;
        args.requested_by = Some(["self", "guardian", "court", "committee"][i].to_string());
    }
    if child {
        guardians(args, p)?;
    }
    if args.consent.is_empty() {
        consent(args, p, child)?;
    }
    if args.address.is_none() && !args.protected {
        args.address = optional(p, "Postadress (Enter hoppar över)")?;
    }
    if args.housing.is_none() {
        let items = ["ordinärt boende (ordinary)", "särskilt boende (special)"];
        let i = pick(p, "Boende", &items, Some(0))?;
        args.housing = Some(["ordinary", "special"][i].to_string());
    }
    Ok(())
}

/// Asks until the number holds (date and check digit), saying why it did not.
fn ask_pnr(p: &mut dyn Prompter, today: NaiveDate) -> Result<Pnr> {
    loop {
        let text = p.text("Personnummer eller samordningsnummer", false)?;
        if text.to_ascii_uppercase().contains('T') {
            p.say("  Ett reservnummer är inget personnummer: ange det med --reserve-number. Försök igen.");
            continue;
        }
        match Pnr::parse(&text, today) {
            Ok(pnr) => return Ok(pnr),
            Err(e) => p.say(&format!("  Numret går inte att använda: {e}. Försök igen.")),
        }
    }
}

/// A child's guardians: how many, and their names (and addresses, for letters).
fn guardians(args: &mut ApplyArgs, p: &mut dyn Prompter) -> Result<()> {
    if args.guardians.is_none() {
        let n = if args.guardian_2.is_some() {
            2
        } else {
            pick(p, "Hur många vårdnadshavare har barnet?", &["1", "2"], None)? as u8 + 1
        };
        args.guardians = Some(n);
    }
    let n = args.guardians.unwrap_or(1);
    if args.guardian_1.is_none() {
        args.guardian_1 = Some(required(p, "Vårdnadshavare 1, namn")?);
    }
    if args.guardian_1_address.is_none() {
        args.guardian_1_address = optional(p, "Vårdnadshavare 1, adress (Enter hoppar över)")?;
    }
    if n == 2 {
        if args.guardian_2.is_none() {
            args.guardian_2 = Some(required(p, "Vårdnadshavare 2, namn")?);
        }
        if args.guardian_2_address.is_none() {
            args.guardian_2_address = optional(p, "Vårdnadshavare 2, adress (Enter hoppar över)")?;
        }
    }
    Ok(())
}

/// Who has consented, asked party by party (K1: nothing is assumed).
fn consent(args: &mut ApplyArgs, p: &mut dyn Prompter, child: bool) -> Result<()> {
    let yes_no = ["ja", "nej"];
    let mut parties = vec![("self", "Har den enskilde själv samtyckt?")];
    if child {
        parties.push(("guardian-1", "Har vårdnadshavare 1 samtyckt?"));
        if args.guardians == Some(2) {
            parties.push(("guardian-2", "Har vårdnadshavare 2 samtyckt?"));
        }
    }
    for (party, label) in parties {
        if pick(p, label, &yes_no, None)? == 0 {
            args.consent.push(party.to_string());
        }
    }
    Ok(())
}

/// One of `items`; Esc asks again (there is nothing to go back to here).
fn pick(
    p: &mut dyn Prompter,
    label: &str,
    items: &[&str],
    default: Option<usize>,
) -> Result<usize> {
    loop {
        if let Some(i) = p.choose(label, items, default)? {
            return Ok(i);
        }
    }
}

fn required(p: &mut dyn Prompter, label: &str) -> Result<String> {
    loop {
        let t = p.text(label, false)?;
        if !t.trim().is_empty() && !t.chars().any(char::is_control) {
            return Ok(t.trim().to_string());
        }
        p.say("  Skriv en text utan styrtecken. Försök igen.");
    }
}

fn optional(p: &mut dyn Prompter, label: &str) -> Result<Option<String>> {
    loop {
        let t = p.text(label, true)?;
        if !t.chars().any(char::is_control) {
            return Ok(Some(t.trim().to_string()).filter(|s| !s.is_empty()));
        }
        p.say("  Skriv en text utan styrtecken. Försök igen.");
    }
}
