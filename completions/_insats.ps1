
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
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Batch reports and the nightly reminder (numbers masked unless --reveal)')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Delete personal files due under the retention rules (gallring, R2)')
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
        'insats;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'Grants in force that end within DAYS of today (G1), by their last day')
            [CompletionResult]::new('unexecuted', 'unexecuted', [CompletionResultType]::ParameterValue, 'Grants not executed within three months of the decision (D3), for a quarter')
            [CompletionResult]::new('ivo', 'ivo', [CompletionResultType]::ParameterValue, 'The quarterly report to IVO (R1): decisions not executed within three months, interruptions of more than three months, partly executed decisions; prints nothing when there is nothing')
            [CompletionResult]::new('hours', 'hours', [CompletionResultType]::ParameterValue, 'Granted against used hours per case in a month, and the balance of its hours period (E1)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Applications and decisions of a year by intervention, law, outcome, age band and sex')
            [CompletionResult]::new('caseload', 'caseload', [CompletionResultType]::ParameterValue, 'Open cases per caseworker and status, with the oldest application of each')
            [CompletionResult]::new('compensation', 'compensation', [CompletionResultType]::ParameterValue, 'Each contact person''s fee and expense compensation for a month, per assignment')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;report;reminders' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'What falls due within this many days from today (and everything overdue)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'insats;report;expiring' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Grants whose last day is today or within this many days')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;unexecuted' {
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'The quarter, YYYY-QN [default: the quarter of today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;ivo' {
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'The quarter, YYYY-QN [default: the quarter of today]')
            [CompletionResult]::new('--partly-below', '--partly-below', [CompletionResultType]::ParameterName, 'Partly executed: the hours used in the quarter''s whole months fell below this percentage of the hours granted')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;hours' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, YYYY-MM [default: the month of today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;stats' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year, YYYY [default: the year of today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;caseload' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;compensation' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, YYYY-MM [default: the month of today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;retention' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;help' {
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'Grants in force that end within DAYS of today (G1), by their last day')
            [CompletionResult]::new('unexecuted', 'unexecuted', [CompletionResultType]::ParameterValue, 'Grants not executed within three months of the decision (D3), for a quarter')
            [CompletionResult]::new('ivo', 'ivo', [CompletionResultType]::ParameterValue, 'The quarterly report to IVO (R1): decisions not executed within three months, interruptions of more than three months, partly executed decisions; prints nothing when there is nothing')
            [CompletionResult]::new('hours', 'hours', [CompletionResultType]::ParameterValue, 'Granted against used hours per case in a month, and the balance of its hours period (E1)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Applications and decisions of a year by intervention, law, outcome, age band and sex')
            [CompletionResult]::new('caseload', 'caseload', [CompletionResultType]::ParameterValue, 'Open cases per caseworker and status, with the oldest application of each')
            [CompletionResult]::new('compensation', 'compensation', [CompletionResultType]::ParameterValue, 'Each contact person''s fee and expense compensation for a month, per assignment')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;report;help;reminders' {
            break
        }
        'insats;report;help;expiring' {
            break
        }
        'insats;report;help;unexecuted' {
            break
        }
        'insats;report;help;ivo' {
            break
        }
        'insats;report;help;hours' {
            break
        }
        'insats;report;help;stats' {
            break
        }
        'insats;report;help;caseload' {
            break
        }
        'insats;report;help;compensation' {
            break
        }
        'insats;report;help;retention' {
            break
        }
        'insats;report;help;help' {
            break
        }
        'insats;retention' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;retention;delete' {
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only this person''s files (repeat for several) [default: every file due]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Who is acting; stored with every change [default: the login name]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (needed when there is no terminal to ask at)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;retention;help' {
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;retention;help;delete' {
            break
        }
        'insats;retention;help;help' {
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
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Batch reports and the nightly reminder (numbers masked unless --reveal)')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Delete personal files due under the retention rules (gallring, R2)')
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
        'insats;help;report' {
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'Grants in force that end within DAYS of today (G1), by their last day')
            [CompletionResult]::new('unexecuted', 'unexecuted', [CompletionResultType]::ParameterValue, 'Grants not executed within three months of the decision (D3), for a quarter')
            [CompletionResult]::new('ivo', 'ivo', [CompletionResultType]::ParameterValue, 'The quarterly report to IVO (R1): decisions not executed within three months, interruptions of more than three months, partly executed decisions; prints nothing when there is nothing')
            [CompletionResult]::new('hours', 'hours', [CompletionResultType]::ParameterValue, 'Granted against used hours per case in a month, and the balance of its hours period (E1)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Applications and decisions of a year by intervention, law, outcome, age band and sex')
            [CompletionResult]::new('caseload', 'caseload', [CompletionResultType]::ParameterValue, 'Open cases per caseworker and status, with the oldest application of each')
            [CompletionResult]::new('compensation', 'compensation', [CompletionResultType]::ParameterValue, 'Each contact person''s fee and expense compensation for a month, per assignment')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them')
            break
        }
        'insats;help;report;reminders' {
            break
        }
        'insats;help;report;expiring' {
            break
        }
        'insats;help;report;unexecuted' {
            break
        }
        'insats;help;report;ivo' {
            break
        }
        'insats;help;report;hours' {
            break
        }
        'insats;help;report;stats' {
            break
        }
        'insats;help;report;caseload' {
            break
        }
        'insats;help;report;compensation' {
            break
        }
        'insats;help;report;retention' {
            break
        }
        'insats;help;retention' {
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited')
            break
        }
        'insats;help;retention;delete' {
            break
        }
        'insats;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
