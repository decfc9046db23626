
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
            cand backup 'Write a consistent, checked copy of the file'
            cand restore 'Replace the file with a backup, keeping the replaced file aside'
            cand check 'Check the file: integrity, modes, and the journal''s hash chain (for the nightly cron)'
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
        &'insats;backup'= {
            cand --out 'Where to write the copy; it must not exist yet'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --force 'Replace FILE if it exists'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;restore'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;check'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;help'= {
            cand apply 'Register an application (ansökan) or a court order'
            cand show 'Print the whole case: person, consents, status, journal'
            cand list 'List cases'
            cand log 'Write to or read the case journal'
            cand init 'Create (or migrate) the file and say where it is'
            cand demo 'Make a demonstration file full of realistic cases'
            cand completions 'Print a shell completion script'
            cand backup 'Write a consistent, checked copy of the file'
            cand restore 'Replace the file with a backup, keeping the replaced file aside'
            cand check 'Check the file: integrity, modes, and the journal''s hash chain (for the nightly cron)'
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
        &'insats;help;backup'= {
        }
        &'insats;help;restore'= {
        }
        &'insats;help;check'= {
        }
        &'insats;help;help'= {
        }
    ]
    $completions[$command]
}
