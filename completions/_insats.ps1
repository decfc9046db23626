
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'insats' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'insats'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'insats' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Register an application (ansökan) or a court order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the whole case: person, consents, status, journal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Write to or read the case journal')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the file and say where it is')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Make a demonstration file full of realistic cases')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent, checked copy of the file')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the file with a backup, keeping the replaced file aside')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the file: integrity, modes, and the journal''s hash chain (for the nightly cron)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;apply' {
            [CompletionResult]::new('--pnr', '--pnr', [CompletionResultType]::ParameterName, 'Personnummer or samordningsnummer: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The person''s name')
            [CompletionResult]::new('--insats', '--insats', [CompletionResultType]::ParameterName, 'The intervention applied for')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'When the application arrived [default: today]')
            [CompletionResult]::new('--requested-by', '--requested-by', [CompletionResultType]::ParameterName, 'Who asked [default: court for umgangesstod, guardian for a child, else self]')
            [CompletionResult]::new('--consent', '--consent', [CompletionResultType]::ParameterName, 'Consent given (repeat for both): the individual''s own, or the guardian''s')
            [CompletionResult]::new('--guardians', '--guardians', [CompletionResultType]::ParameterName, 'How many guardians (vårdnadshavare) a child has')
            [CompletionResult]::new('--court-ref', '--court-ref', [CompletionResultType]::ParameterName, 'The court''s case reference (required for umgangesstod, rule K4)')
            [CompletionResult]::new('--lss-group', '--lss-group', [CompletionResultType]::ParameterName, 'LSS personkrets group')
            [CompletionResult]::new('--housing', '--housing', [CompletionResultType]::ParameterName, 'Ordinary housing, or special housing (särskilt boende)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address, for letters')
            [CompletionResult]::new('--workplace', '--workplace', [CompletionResultType]::ParameterName, 'Where the person works or has daily activity (matching checks it, rule M4)')
            [CompletionResult]::new('--residence', '--residence', [CompletionResultType]::ParameterName, 'Where the person lives, e.g. a group home (matching checks it, rule M4)')
            [CompletionResult]::new('--area', '--area', [CompletionResultType]::ParameterName, 'The part of the municipality the person lives in (matching prefers the same area)')
            [CompletionResult]::new('--wish-sex', '--wish-sex', [CompletionResultType]::ParameterName, 'The individual wishes for a contact person of this sex (D4)')
            [CompletionResult]::new('--wish-languages', '--wish-languages', [CompletionResultType]::ParameterName, 'Languages the individual wishes the contact person to speak (D4)')
            [CompletionResult]::new('--wish-interests', '--wish-interests', [CompletionResultType]::ParameterName, 'Interests the individual wishes to share (D4)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--protected', '--protected', [CompletionResultType]::ParameterName, 'The person has protected identity (skyddad identitet): no address in letters or exports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only open cases (not ended or rejected)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;log' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The note''s text')
            [CompletionResult]::new('--correct', '--correct', [CompletionResultType]::ParameterName, 'Correct an earlier entry (the journal is append-only: the correction points at it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;demo' {
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'How many cases')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;backup' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the copy; it must not exist yet')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Register an application (ansökan) or a court order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the whole case: person, consents, status, journal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Write to or read the case journal')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the file and say where it is')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Make a demonstration file full of realistic cases')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent, checked copy of the file')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the file with a backup, keeping the replaced file aside')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the file: integrity, modes, and the journal''s hash chain (for the nightly cron)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;help;apply' {
            break
        }
        'insats;help;show' {
            break
        }
        'insats;help;list' {
            break
        }
        'insats;help;log' {
            break
        }
        'insats;help;init' {
            break
        }
        'insats;help;demo' {
            break
        }
        'insats;help;completions' {
            break
        }
        'insats;help;backup' {
            break
        }
        'insats;help;restore' {
            break
        }
        'insats;help;check' {
            break
        }
        'insats;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
