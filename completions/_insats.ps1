
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
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Write to or read the case journal; record visits and cancelled meetings')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the file and say where it is')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Make a demonstration file full of realistic cases')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('follow-up', 'follow-up', [CompletionResultType]::ParameterValue, 'Follow up a decision, review an agreement, or list what is due')
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
            [CompletionResult]::new('--visit', '--visit', [CompletionResultType]::ParameterName, 'Record a meeting held on DATE (with --hours); its hours count against the period (E1)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'The meeting''s hours (with --visit; with --cancel, the cancelled meeting''s length [default: the agreement''s hours per meeting])')
            [CompletionResult]::new('--cancel', '--cancel', [CompletionResultType]::ParameterName, 'Record that the meeting on DATE was cancelled (E2-E5)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who cancelled (with --cancel); for an individual under 18 only the guardian (E3)')
            [CompletionResult]::new('--notice-days', '--notice-days', [CompletionResultType]::ParameterName, 'How many days ahead of the meeting it was cancelled (with --cancel)')
            [CompletionResult]::new('--rebooked', '--rebooked', [CompletionResultType]::ParameterName, 'The new time booked instead (with --cancel): the hours are not lost (E4)')
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
        'insats;follow-up' {
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'What the follow-up decided (E6): the intervention continues, changes, is extended, or ends (E7)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What the follow-up found (for the journal)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The new decision''s end date (extend, change)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'Hours a month in the new decision (extend, change) [default: as decided now]')
            [CompletionResult]::new('--attainment', '--attainment', [CompletionResultType]::ParameterName, 'How far the intervention''s goals were met (måluppfyllelse)')
            [CompletionResult]::new('--end-reason', '--end-reason', [CompletionResultType]::ParameterName, 'Why the intervention ends (with --outcome end, E7)')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'With --due: how many days ahead count as due [default: 30]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'With --due: table, json or csv [default: table; json with --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--agreement-review', '--agreement-review', [CompletionResultType]::ParameterName, 'Record the yearly review of the agreement with the assignee (E8), with --note')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'List the follow-ups (G1), LVU reviews (E9) and agreement reviews (E8) due or overdue')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Register an application (ansökan) or a court order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the whole case: person, consents, status, journal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Write to or read the case journal; record visits and cancelled meetings')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the file and say where it is')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Make a demonstration file full of realistic cases')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('follow-up', 'follow-up', [CompletionResultType]::ParameterValue, 'Follow up a decision, review an agreement, or list what is due')
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
        'insats;help;follow-up' {
            break
        }
        'insats;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
