
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
            cand log 'Write to or read the case journal; record visits and cancelled meetings'
            cand init 'Create (or migrate) the file and say where it is'
            cand demo 'Make a demonstration file full of realistic cases'
            cand completions 'Print a shell completion script'
            cand follow-up 'Follow up a decision, review an agreement, or list what is due'
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
            cand --visit 'Record a meeting held on DATE (with --hours); its hours count against the period (E1)'
            cand --hours 'The meeting''s hours (with --visit; with --cancel, the cancelled meeting''s length [default: the agreement''s hours per meeting])'
            cand --cancel 'Record that the meeting on DATE was cancelled (E2-E5)'
            cand --by 'Who cancelled (with --cancel); for an individual under 18 only the guardian (E3)'
            cand --notice-days 'How many days ahead of the meeting it was cancelled (with --cancel)'
            cand --rebooked 'The new time booked instead (with --cancel): the hours are not lost (E4)'
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
        &'insats;follow-up'= {
            cand --outcome 'What the follow-up decided (E6): the intervention continues, changes, is extended, or ends (E7)'
            cand --note 'What the follow-up found (for the journal)'
            cand --to 'The new decision''s end date (extend, change)'
            cand --hours 'Hours a month in the new decision (extend, change) [default: as decided now]'
            cand --attainment 'How far the intervention''s goals were met (måluppfyllelse)'
            cand --end-reason 'Why the intervention ends (with --outcome end, E7)'
            cand --within 'With --due: how many days ahead count as due [default: 30]'
            cand --format 'With --due: table, json or csv [default: table; json with --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --agreement-review 'Record the yearly review of the agreement with the assignee (E8), with --note'
            cand --due 'List the follow-ups (G1), LVU reviews (E9) and agreement reviews (E8) due or overdue'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;help'= {
            cand apply 'Register an application (ansökan) or a court order'
            cand show 'Print the whole case: person, consents, status, journal'
            cand list 'List cases'
            cand log 'Write to or read the case journal; record visits and cancelled meetings'
            cand init 'Create (or migrate) the file and say where it is'
            cand demo 'Make a demonstration file full of realistic cases'
            cand completions 'Print a shell completion script'
            cand follow-up 'Follow up a decision, review an agreement, or list what is due'
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
        &'insats;help;follow-up'= {
        }
        &'insats;help;help'= {
        }
    ]
    $completions[$command]
}
