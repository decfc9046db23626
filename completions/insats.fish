# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_insats_global_optspecs
    string join \n db= user= today= json h/help V/version
end

function __fish_insats_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_insats_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_insats_using_subcommand
    set -l cmd (__fish_insats_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c insats -n "__fish_insats_needs_command" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_needs_command" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_needs_command" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_needs_command" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c insats -n "__fish_insats_needs_command" -s V -l version -d 'Print version'
complete -c insats -n "__fish_insats_needs_command" -f -a "apply" -d 'Register an application (ansökan) or a court order'
complete -c insats -n "__fish_insats_needs_command" -f -a "show" -d 'Print the whole case: person, consents, status, journal'
complete -c insats -n "__fish_insats_needs_command" -f -a "list" -d 'List cases'
complete -c insats -n "__fish_insats_needs_command" -f -a "log" -d 'Write to or read the case journal'
complete -c insats -n "__fish_insats_needs_command" -f -a "init" -d 'Create (or migrate) the file and say where it is'
complete -c insats -n "__fish_insats_needs_command" -f -a "demo" -d 'Make a demonstration file full of realistic cases'
complete -c insats -n "__fish_insats_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c insats -n "__fish_insats_needs_command" -f -a "report" -d 'Batch reports and the nightly reminder (numbers masked unless --reveal)'
complete -c insats -n "__fish_insats_needs_command" -f -a "retention" -d 'Delete personal files due under the retention rules (gallring, R2)'
complete -c insats -n "__fish_insats_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand apply" -l pnr -d 'Personnummer or samordningsnummer: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l name -d 'The person\'s name' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l insats -d 'The intervention applied for' -r -f -a "kontaktperson-sol\t''
kontaktperson-lss\t''
kvalificerad-sol\t''
kvalificerad-lvu\t''
umgangesstod\t''
ledsagning-sol\t''
ledsagarservice-lss\t''"
complete -c insats -n "__fish_insats_using_subcommand apply" -l received -d 'When the application arrived [default: today]' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l requested-by -d 'Who asked [default: court for umgangesstod, guardian for a child, else self]' -r -f -a "self\t''
guardian\t''
court\t''
committee\t''"
complete -c insats -n "__fish_insats_using_subcommand apply" -l consent -d 'Consent given (repeat for both): the individual\'s own, or the guardian\'s' -r -f -a "self\t''
guardian\t''"
complete -c insats -n "__fish_insats_using_subcommand apply" -l guardians -d 'How many guardians (vårdnadshavare) a child has' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l court-ref -d 'The court\'s case reference (required for umgangesstod, rule K4)' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l lss-group -d 'LSS personkrets group' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l housing -d 'Ordinary housing, or special housing (särskilt boende)' -r -f -a "ordinary\t''
special\t''"
complete -c insats -n "__fish_insats_using_subcommand apply" -l address -d 'Postal address, for letters' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l workplace -d 'Where the person works or has daily activity (matching checks it, rule M4)' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l residence -d 'Where the person lives, e.g. a group home (matching checks it, rule M4)' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l area -d 'The part of the municipality the person lives in (matching prefers the same area)' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l wish-sex -d 'The individual wishes for a contact person of this sex (D4)' -r -f -a "female\t''
male\t''"
complete -c insats -n "__fish_insats_using_subcommand apply" -l wish-languages -d 'Languages the individual wishes the contact person to speak (D4)' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l wish-interests -d 'Interests the individual wishes to share (D4)' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand apply" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l protected -d 'The person has protected identity (skyddad identitet): no address in letters or exports'
complete -c insats -n "__fish_insats_using_subcommand apply" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand apply" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand show" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand show" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand show" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand show" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand show" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand list" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand list" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand list" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand list" -l open -d 'Only open cases (not ended or rejected)'
complete -c insats -n "__fish_insats_using_subcommand list" -l reveal -d 'Show whole personal identity numbers'
complete -c insats -n "__fish_insats_using_subcommand list" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand list" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand log" -l note -d 'The note\'s text' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l correct -d 'Correct an earlier entry (the journal is append-only: the correction points at it)' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand log" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand log" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand init" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand init" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand init" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand init" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand init" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand demo" -l cases -d 'How many cases' -r
complete -c insats -n "__fish_insats_using_subcommand demo" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand demo" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand demo" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand demo" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand demo" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand completions" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand completions" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand completions" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand completions" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand completions" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -f -a "reminders" -d 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -f -a "expiring" -d 'Grants in force that end within DAYS of today (G1), by their last day'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -f -a "unexecuted" -d 'Grants not executed within three months of the decision (D3), for a quarter'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -f -a "ivo" -d 'The quarterly report to IVO (R1): decisions not executed within three months, interruptions of more than three months, partly executed decisions; prints nothing when there is nothing'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -f -a "hours" -d 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -f -a "stats" -d 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -f -a "caseload" -d 'Open cases per caseworker and status, with the oldest application of each'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -f -a "compensation" -d 'Each contact person\'s fee and expense compensation for a month, per assignment'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -f -a "retention" -d 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l within -d 'What falls due within this many days from today (and everything overdue)' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l within -d 'Grants whose last day is today or within this many days' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l quarter -d 'The quarter, YYYY-QN [default: the quarter of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l quarter -d 'The quarter, YYYY-QN [default: the quarter of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l partly-below -d 'Partly executed: the hours used in the quarter\'s whole months fell below this percentage of the hours granted' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l month -d 'The month, YYYY-MM [default: the month of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l year -d 'The year, YYYY [default: the year of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l month -d 'The month, YYYY-MM [default: the month of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "reminders" -d 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "expiring" -d 'Grants in force that end within DAYS of today (G1), by their last day'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "unexecuted" -d 'Grants not executed within three months of the decision (D3), for a quarter'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "ivo" -d 'The quarterly report to IVO (R1): decisions not executed within three months, interruptions of more than three months, partly executed decisions; prints nothing when there is nothing'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "hours" -d 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "caseload" -d 'Open cases per caseworker and status, with the oldest application of each'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "compensation" -d 'Each contact person\'s fee and expense compensation for a month, per assignment'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "retention" -d 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -f -a "delete" -d 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l person -d 'Only this person\'s files (repeat for several) [default: every file due]' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l yes -d 'Delete without asking (needed when there is no terminal to ask at)'
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions report retention help" -f -a "apply" -d 'Register an application (ansökan) or a court order'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions report retention help" -f -a "show" -d 'Print the whole case: person, consents, status, journal'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions report retention help" -f -a "list" -d 'List cases'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions report retention help" -f -a "log" -d 'Write to or read the case journal'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions report retention help" -f -a "init" -d 'Create (or migrate) the file and say where it is'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions report retention help" -f -a "demo" -d 'Make a demonstration file full of realistic cases'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions report retention help" -f -a "completions" -d 'Print a shell completion script'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions report retention help" -f -a "report" -d 'Batch reports and the nightly reminder (numbers masked unless --reveal)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions report retention help" -f -a "retention" -d 'Delete personal files due under the retention rules (gallring, R2)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions report retention help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "reminders" -d 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "expiring" -d 'Grants in force that end within DAYS of today (G1), by their last day'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "unexecuted" -d 'Grants not executed within three months of the decision (D3), for a quarter'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "ivo" -d 'The quarterly report to IVO (R1): decisions not executed within three months, interruptions of more than three months, partly executed decisions; prints nothing when there is nothing'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "hours" -d 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "stats" -d 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "caseload" -d 'Open cases per caseworker and status, with the oldest application of each'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "compensation" -d 'Each contact person\'s fee and expense compensation for a month, per assignment'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "retention" -d 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "delete" -d 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
