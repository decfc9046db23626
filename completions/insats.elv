
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
            cand assess 'Walk the guideline''s criteria for a case: a recommendation with its reasons'
            cand guideline 'See, export or import the guideline (riktlinjer) the assessments follow'
            cand init 'Create (or migrate) the file and say where it is'
            cand demo 'Make a demonstration file full of realistic cases'
            cand completions 'Print a shell completion script'
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
        &'insats;assess'= {
            cand --answers 'Answer from a filled answers document (''-'' reads standard input)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --template 'Print the questions for this case as an answers document (JSON) to fill in'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;guideline'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Show the guideline in use: its intervention types, their settings, how many questions'
            cand export 'Write the guideline in use as a JSON document (to standard output without --out)'
            cand import 'Check a guideline document and make it the one new assessments follow'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;guideline;show'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;guideline;export'= {
            cand --out 'Write to this file instead (created private to you)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;guideline;import'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Who is acting; stored with every change [default: the login name]'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;guideline;help'= {
            cand show 'Show the guideline in use: its intervention types, their settings, how many questions'
            cand export 'Write the guideline in use as a JSON document (to standard output without --out)'
            cand import 'Check a guideline document and make it the one new assessments follow'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;guideline;help;show'= {
        }
        &'insats;guideline;help;export'= {
        }
        &'insats;guideline;help;import'= {
        }
        &'insats;guideline;help;help'= {
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
        &'insats;help'= {
            cand apply 'Register an application (ansökan) or a court order'
            cand show 'Print the whole case: person, consents, status, journal'
            cand list 'List cases'
            cand log 'Write to or read the case journal'
            cand assess 'Walk the guideline''s criteria for a case: a recommendation with its reasons'
            cand guideline 'See, export or import the guideline (riktlinjer) the assessments follow'
            cand init 'Create (or migrate) the file and say where it is'
            cand demo 'Make a demonstration file full of realistic cases'
            cand completions 'Print a shell completion script'
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
        &'insats;help;assess'= {
        }
        &'insats;help;guideline'= {
            cand show 'Show the guideline in use: its intervention types, their settings, how many questions'
            cand export 'Write the guideline in use as a JSON document (to standard output without --out)'
            cand import 'Check a guideline document and make it the one new assessments follow'
        }
        &'insats;help;guideline;show'= {
        }
        &'insats;help;guideline;export'= {
        }
        &'insats;help;guideline;import'= {
        }
        &'insats;help;init'= {
        }
        &'insats;help;demo'= {
        }
        &'insats;help;completions'= {
        }
        &'insats;help;help'= {
        }
    ]
    $completions[$command]
}
