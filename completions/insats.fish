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
complete -c insats -n "__fish_insats_needs_command" -f -a "match" -d 'Recruit assignees (contact persons, companions) and match them to orders'
complete -c insats -n "__fish_insats_needs_command" -f -a "demo" -d 'Make a demonstration file full of realistic cases'
complete -c insats -n "__fish_insats_needs_command" -f -a "completions" -d 'Print a shell completion script'
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
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -f -a "assignee" -d 'The register of assignees and their recruitment (M6)'
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -f -a "suggest" -d 'Ranked candidates for a case\'s order, and who is excluded by which rule'
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -f -a "offer" -d 'Offer the case\'s assignment to an assignee'
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -f -a "decline" -d 'The open offer was declined: the assignee goes back in the queue (M6)'
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -f -a "start" -d 'The assignment starts: agreement signed, first meeting held, the order executed'
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -f -a "add" -d 'Register an assignee, with the recruitment steps done so far'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -f -a "list" -d 'The register (personal identity numbers masked unless --reveal, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -f -a "show" -d 'One assignee: details, relations, recruitment steps, offers and agreements'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -f -a "update" -d 'Change an assignee\'s details, checks and relations'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -f -a "step" -d 'Move an assignee along the recruitment pipeline (M6), dated'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from suggest" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from suggest" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from suggest" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from suggest" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from suggest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l assignee -d 'The assignee\'s number (see `insats match suggest CASE`)' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l date -d 'When the offer was made [default: today]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l date -d 'When [default: today]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l reason -d 'Why, for the journal' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l date -d 'The day of the first meeting and the agreement: the order is executed on it' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l meetings -d 'Meetings a month [default: the decision\'s, else weekly within the ordered hours (M7)]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l hours-per-meeting -d 'About how long a meeting is, in hours [default: 3 (M7), at most the ordered hours]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l compensation-level -d 'The compensation level of the guideline [default: from the meetings and the intervention]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l goal -d 'A goal of the assignment beside the order\'s goals (the individual\'s own aims, D4); repeat' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "assignee" -d 'The register of assignees and their recruitment (M6)'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "suggest" -d 'Ranked candidates for a case\'s order, and who is excluded by which rule'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "offer" -d 'Offer the case\'s assignment to an assignee'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "decline" -d 'The open offer was declined: the assignee goes back in the queue (M6)'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "start" -d 'The assignment starts: agreement signed, first meeting held, the order executed'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init match demo completions help" -f -a "apply" -d 'Register an application (ansökan) or a court order'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init match demo completions help" -f -a "show" -d 'Print the whole case: person, consents, status, journal'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init match demo completions help" -f -a "list" -d 'List cases'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init match demo completions help" -f -a "log" -d 'Write to or read the case journal'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init match demo completions help" -f -a "init" -d 'Create (or migrate) the file and say where it is'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init match demo completions help" -f -a "match" -d 'Recruit assignees (contact persons, companions) and match them to orders'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init match demo completions help" -f -a "demo" -d 'Make a demonstration file full of realistic cases'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init match demo completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init match demo completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from match" -f -a "assignee" -d 'The register of assignees and their recruitment (M6)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from match" -f -a "suggest" -d 'Ranked candidates for a case\'s order, and who is excluded by which rule'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from match" -f -a "offer" -d 'Offer the case\'s assignment to an assignee'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from match" -f -a "decline" -d 'The open offer was declined: the assignee goes back in the queue (M6)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from match" -f -a "start" -d 'The assignment starts: agreement signed, first meeting held, the order executed'
