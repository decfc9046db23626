
use builtin;
use str;

set edit:completion:arg-completer[insats] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'insats'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'insats'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand apply 'Register an application (ansökan) or a court order'
            cand show 'Print the whole case: person, consents, status, journal'
            cand list 'List cases'
            cand log 'Write to or read the case journal'
            cand init 'Create (or migrate) the file and say where it is'
            cand demo 'Make a demonstration file full of realistic cases'
            cand completions 'Print a shell completion script'
            cand report 'Batch reports and the nightly reminder (numbers masked unless --reveal)'
            cand retention 'Delete personal files due under the retention rules (gallring, R2)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;apply'= {
            cand --pnr 'Personnummer or samordningsnummer: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN'
            cand --name 'The person''s name'
            cand --insats 'The intervention applied for'
            cand --received 'When the application arrived [default: today]'
            cand --requested-by 'Who asked [default: court for umgangesstod, guardian for a child, else self]'
            cand --consent 'Consent given (repeat for both): the individual''s own, or the guardian''s'
            cand --guardians 'How many guardians (vårdnadshavare) a child has'
            cand --court-ref 'The court''s case reference (required for umgangesstod, rule K4)'
            cand --lss-group 'LSS personkrets group'
            cand --housing 'Ordinary housing, or special housing (särskilt boende)'
            cand --address 'Postal address, for letters'
            cand --workplace 'Where the person works or has daily activity (matching checks it, rule M4)'
            cand --residence 'Where the person lives, e.g. a group home (matching checks it, rule M4)'
            cand --area 'The part of the municipality the person lives in (matching prefers the same area)'
            cand --wish-sex 'The individual wishes for a contact person of this sex (D4)'
            cand --wish-languages 'Languages the individual wishes the contact person to speak (D4)'
            cand --wish-interests 'Interests the individual wishes to share (D4)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --protected 'The person has protected identity (skyddad identitet): no address in letters or exports'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;show'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;list'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --open 'Only open cases (not ended or rejected)'
            cand --reveal 'Show whole personal identity numbers'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;log'= {
            cand --note 'The note''s text'
            cand --correct 'Correct an earlier entry (the journal is append-only: the correction points at it)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;init'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;demo'= {
            cand --cases 'How many cases'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;completions'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand reminders 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
            cand expiring 'Grants in force that end within DAYS of today (G1), by their last day'
            cand unexecuted 'Grants not executed within three months of the decision (D3), for a quarter'
            cand ivo 'The quarterly report to IVO (R1): decisions not executed within three months, interruptions of more than three months, partly executed decisions; prints nothing when there is nothing'
            cand hours 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
            cand stats 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
            cand caseload 'Open cases per caseworker and status, with the oldest application of each'
            cand compensation 'Each contact person''s fee and expense compensation for a month, per assignment'
            cand retention 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;report;reminders'= {
            cand --within 'What falls due within this many days from today (and everything overdue)'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'insats;report;expiring'= {
            cand --within 'Grants whose last day is today or within this many days'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;unexecuted'= {
            cand --quarter 'The quarter, YYYY-QN [default: the quarter of today]'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;ivo'= {
            cand --quarter 'The quarter, YYYY-QN [default: the quarter of today]'
            cand --partly-below 'Partly executed: the hours used in the quarter''s whole months fell below this percentage of the hours granted'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;hours'= {
            cand --month 'The month, YYYY-MM [default: the month of today]'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;stats'= {
            cand --year 'The year, YYYY [default: the year of today]'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;caseload'= {
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;compensation'= {
            cand --month 'The month, YYYY-MM [default: the month of today]'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;retention'= {
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;help'= {
            cand reminders 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
            cand expiring 'Grants in force that end within DAYS of today (G1), by their last day'
            cand unexecuted 'Grants not executed within three months of the decision (D3), for a quarter'
            cand ivo 'The quarterly report to IVO (R1): decisions not executed within three months, interruptions of more than three months, partly executed decisions; prints nothing when there is nothing'
            cand hours 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
            cand stats 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
            cand caseload 'Open cases per caseworker and status, with the oldest application of each'
            cand compensation 'Each contact person''s fee and expense compensation for a month, per assignment'
            cand retention 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;report;help;reminders'= {
        }
        &'insats;report;help;expiring'= {
        }
        &'insats;report;help;unexecuted'= {
        }
        &'insats;report;help;ivo'= {
        }
        &'insats;report;help;hours'= {
        }
        &'insats;report;help;stats'= {
        }
        &'insats;report;help;caseload'= {
        }
        &'insats;report;help;compensation'= {
        }
        &'insats;report;help;retention'= {
        }
        &'insats;report;help;help'= {
        }
        &'insats;retention'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand delete 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;retention;delete'= {
            cand --person 'Only this person''s files (repeat for several) [default: every file due]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --yes 'Delete without asking (needed when there is no terminal to ask at)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;retention;help'= {
            cand delete 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;retention;help;delete'= {
        }
        &'insats;retention;help;help'= {
        }
        &'insats;help'= {
            cand apply 'Register an application (ansökan) or a court order'
            cand show 'Print the whole case: person, consents, status, journal'
            cand list 'List cases'
            cand log 'Write to or read the case journal'
            cand init 'Create (or migrate) the file and say where it is'
            cand demo 'Make a demonstration file full of realistic cases'
            cand completions 'Print a shell completion script'
            cand report 'Batch reports and the nightly reminder (numbers masked unless --reveal)'
            cand retention 'Delete personal files due under the retention rules (gallring, R2)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;help;apply'= {
        }
        &'insats;help;show'= {
        }
        &'insats;help;list'= {
        }
        &'insats;help;log'= {
        }
        &'insats;help;init'= {
        }
        &'insats;help;demo'= {
        }
        &'insats;help;completions'= {
        }
        &'insats;help;report'= {
            cand reminders 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
            cand expiring 'Grants in force that end within DAYS of today (G1), by their last day'
            cand unexecuted 'Grants not executed within three months of the decision (D3), for a quarter'
            cand ivo 'The quarterly report to IVO (R1): decisions not executed within three months, interruptions of more than three months, partly executed decisions; prints nothing when there is nothing'
            cand hours 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
            cand stats 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
            cand caseload 'Open cases per caseworker and status, with the oldest application of each'
            cand compensation 'Each contact person''s fee and expense compensation for a month, per assignment'
            cand retention 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
        }
        &'insats;help;report;reminders'= {
        }
        &'insats;help;report;expiring'= {
        }
        &'insats;help;report;unexecuted'= {
        }
        &'insats;help;report;ivo'= {
        }
        &'insats;help;report;hours'= {
        }
        &'insats;help;report;stats'= {
        }
        &'insats;help;report;caseload'= {
        }
        &'insats;help;report;compensation'= {
        }
        &'insats;help;report;retention'= {
        }
        &'insats;help;retention'= {
            cand delete 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
        }
        &'insats;help;retention;delete'= {
        }
        &'insats;help;help'= {
        }
    ]
    $completions[$command]
}
