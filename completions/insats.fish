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
complete -c insats -n "__fish_insats_needs_command" -f -a "backup" -d 'Write a consistent, checked copy of the file'
complete -c insats -n "__fish_insats_needs_command" -f -a "restore" -d 'Replace the file with a backup, keeping the replaced file aside'
complete -c insats -n "__fish_insats_needs_command" -f -a "check" -d 'Check the file: integrity, modes, and the journal\'s hash chain (for the nightly cron)'
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
complete -c insats -n "__fish_insats_using_subcommand backup" -l out -d 'Where to write the copy; it must not exist yet' -r -F
complete -c insats -n "__fish_insats_using_subcommand backup" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand backup" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand backup" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand backup" -l force -d 'Replace FILE if it exists'
complete -c insats -n "__fish_insats_using_subcommand backup" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand backup" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand restore" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand restore" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand restore" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand restore" -l yes -d 'Do not ask for confirmation (required without a terminal)'
complete -c insats -n "__fish_insats_using_subcommand restore" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand restore" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand check" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand check" -l user -d 'Who is acting; stored with every change [default: the login name]' -r
complete -c insats -n "__fish_insats_using_subcommand check" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand check" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand check" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "apply" -d 'Register an application (ansökan) or a court order'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "show" -d 'Print the whole case: person, consents, status, journal'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "list" -d 'List cases'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "log" -d 'Write to or read the case journal'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "init" -d 'Create (or migrate) the file and say where it is'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "demo" -d 'Make a demonstration file full of realistic cases'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "completions" -d 'Print a shell completion script'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "backup" -d 'Write a consistent, checked copy of the file'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "restore" -d 'Replace the file with a backup, keeping the replaced file aside'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "check" -d 'Check the file: integrity, modes, and the journal\'s hash chain (for the nightly cron)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply show list log init demo completions backup restore check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
