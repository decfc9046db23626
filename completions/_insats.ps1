
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
            [CompletionResult]::new('assess', 'assess', [CompletionResultType]::ParameterValue, 'Walk the guideline''s criteria for a case: a recommendation with its reasons')
            [CompletionResult]::new('guideline', 'guideline', [CompletionResultType]::ParameterValue, 'See, export or import the guideline (riktlinjer) the assessments follow')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the file and say where it is')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Make a demonstration file full of realistic cases')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
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
        'insats;assess' {
            [CompletionResult]::new('--answers', '--answers', [CompletionResultType]::ParameterName, 'Answer from a filled answers document (''-'' reads standard input)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Print the questions for this case as an answers document (JSON) to fill in')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;guideline' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the guideline in use: its intervention types, their settings, how many questions')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the guideline in use as a JSON document (to standard output without --out)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Check a guideline document and make it the one new assessments follow')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;guideline;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;guideline;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead (created private to you)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;guideline;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;guideline;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the guideline in use: its intervention types, their settings, how many questions')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the guideline in use as a JSON document (to standard output without --out)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Check a guideline document and make it the one new assessments follow')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;guideline;help;show' {
            break
        }
        'insats;guideline;help;export' {
            break
        }
        'insats;guideline;help;import' {
            break
        }
        'insats;guideline;help;help' {
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
        'insats;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Register an application (ansökan) or a court order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the whole case: person, consents, status, journal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Write to or read the case journal')
            [CompletionResult]::new('assess', 'assess', [CompletionResultType]::ParameterValue, 'Walk the guideline''s criteria for a case: a recommendation with its reasons')
            [CompletionResult]::new('guideline', 'guideline', [CompletionResultType]::ParameterValue, 'See, export or import the guideline (riktlinjer) the assessments follow')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the file and say where it is')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Make a demonstration file full of realistic cases')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
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
        'insats;help;assess' {
            break
        }
        'insats;help;guideline' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the guideline in use: its intervention types, their settings, how many questions')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the guideline in use as a JSON document (to standard output without --out)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Check a guideline document and make it the one new assessments follow')
            break
        }
        'insats;help;guideline;show' {
            break
        }
        'insats;help;guideline;export' {
            break
        }
        'insats;help;guideline;import' {
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
        'insats;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
