
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Register an application (ansökan) or a court order')
            [CompletionResult]::new('assess', 'assess', [CompletionResultType]::ParameterValue, 'Walk the guideline''s criteria for a case: a recommendation with its reasons')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Decide on a case (beslut): grant for a limited period, or reject')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Order the granted intervention from a provider (beställning), or export the order')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Recruit assignees (contact persons, companions) and match them to orders')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Write to or read the case journal; record visits and cancelled meetings')
            [CompletionResult]::new('follow-up', 'follow-up', [CompletionResultType]::ParameterValue, 'Follow up a decision, review an agreement, or list what is due')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Batch reports and the nightly reminder (numbers masked unless --reveal)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the whole case: person, consents, status, journal')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find cases by a part of a name, a personnummer or a case number')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'A person: every case of theirs, consents, guardians, and the history of changes')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record consent or request as facts, or their withdrawal or refusal (K1, K2)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'The applicant withdraws the application: the case is written off (F9)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a case where nothing is in force any more')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Take a written-off or closed case up again')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'Write the letter of a decision (beslutsbrev) in Swedish, or record it sent or received')
            [CompletionResult]::new('communicate', 'communicate', [CompletionResultType]::ParameterValue, 'Kommunicering (F1): the material sent to the party before a decision, and their reply')
            [CompletionResult]::new('appeal', 'appeal', [CompletionResultType]::ParameterValue, 'An appeal (överklagande): its time (F4), dismissal, forwarding (F6) and judgment (F7)')
            [CompletionResult]::new('guideline', 'guideline', [CompletionResultType]::ParameterValue, 'See, export or import the guideline (riktlinjer) the assessments follow')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Delete personal files due under the retention rules (gallring, R2)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the file: integrity, modes, and the journal''s hash chain (for the nightly cron)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent, checked copy of the file')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the file with a backup, keeping the replaced file aside')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the file and say where it is')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Make a demonstration file full of realistic cases')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('manpage', 'manpage', [CompletionResultType]::ParameterValue, 'Print the manual page (roff): insats manpage > insats.1')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'The staff register: who may act, with which roles, units and delegations (S1-S3)')
            [CompletionResult]::new('unit', 'unit', [CompletionResultType]::ParameterValue, 'Move a case to another unit (S3), journalled')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The provider''s implementation plan (genomförandeplan) and check-ins (P1, P4)')
            [CompletionResult]::new('ivo', 'ivo', [CompletionResultType]::ParameterValue, 'IVO''s individual reports (R1): the caseworker''s reason, consequences and interim support')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;apply' {
            [CompletionResult]::new('--pnr', '--pnr', [CompletionResultType]::ParameterName, 'Personnummer or samordningsnummer: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN')
            [CompletionResult]::new('--born', '--born', [CompletionResultType]::ParameterName, 'With --no-pnr: the birth date')
            [CompletionResult]::new('--sex', '--sex', [CompletionResultType]::ParameterName, 'With --no-pnr: female or male')
            [CompletionResult]::new('--reserve-number', '--reserve-number', [CompletionResultType]::ParameterName, 'A person without a Swedish number who already has a reserve number in the file (added)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The person''s name')
            [CompletionResult]::new('--insats', '--insats', [CompletionResultType]::ParameterName, 'The intervention applied for')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'When the application arrived [default: today]')
            [CompletionResult]::new('--requested-by', '--requested-by', [CompletionResultType]::ParameterName, 'Who asked [default: court for umgangesstod; otherwise nothing is assumed (K1)]')
            [CompletionResult]::new('--consent', '--consent', [CompletionResultType]::ParameterName, 'Consent given on the received day (repeat): the individual''s own, a guardian''s (guardian-1, guardian-2), or `guardian` for each of the child''s guardians')
            [CompletionResult]::new('--guardians', '--guardians', [CompletionResultType]::ParameterName, 'How many guardians (vårdnadshavare) a child has')
            [CompletionResult]::new('--guardian-1', '--guardian-1', [CompletionResultType]::ParameterName, 'The first guardian''s name, so that letters can name and reach them')
            [CompletionResult]::new('--guardian-2', '--guardian-2', [CompletionResultType]::ParameterName, 'The second guardian''s name')
            [CompletionResult]::new('--guardian-1-address', '--guardian-1-address', [CompletionResultType]::ParameterName, 'The first guardian''s postal address')
            [CompletionResult]::new('--guardian-2-address', '--guardian-2-address', [CompletionResultType]::ParameterName, 'The second guardian''s postal address')
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--no-pnr', '--no-pnr', [CompletionResultType]::ParameterName, 'The person has no Swedish personnummer: the file gives them a reserve number (YYYYMMDD-T and three digits); give --born and --sex')
            [CompletionResult]::new('--protected', '--protected', [CompletionResultType]::ParameterName, 'The person has protected identity (skyddad identitet): no address in letters or exports')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;assess' {
            [CompletionResult]::new('--answers', '--answers', [CompletionResultType]::ParameterName, 'Answer from a filled answers document (''-'' reads standard input)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Print the questions for this case as an answers document (JSON) to fill in')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;decide' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The grant''s first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The grant''s last day: no decision is "until further notice" (rule G1)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'Hours per month')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'Meetings per month, where the guideline counts meetings (kontaktperson)')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'An overall goal of the intervention; repeat for more (rule D1)')
            [CompletionResult]::new('--purpose', '--purpose', [CompletionResultType]::ParameterName, '`economy`: temporary help with finances, kontaktperson-sol only, a few months at most (A3)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'What part of the application is not granted, and why: a partial grant, which the letter tells how to appeal')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The reasons for a rejection')
            [CompletionResult]::new('--deviation-reason', '--deviation-reason', [CompletionResultType]::ParameterName, 'Why the decision goes against the assessment''s recommendation (rule G2)')
            [CompletionResult]::new('--override-objection', '--override-objection', [CompletionResultType]::ParameterName, 'The documented reason to grant without the guardians'' consent: a child from 12 who consents (K1), or one of two guardians objects (K2)')
            [CompletionResult]::new('--motivation', '--motivation', [CompletionResultType]::ParameterName, 'The reasons that decided it, in your words (motivering, F2): needed for a partial grant or fewer hours; a rejection''s --reason is its motivering')
            [CompletionResult]::new('--no-communication-reason', '--no-communication-reason', [CompletionResultType]::ParameterName, 'Why the decision is made without kommunicering (the exceptions of FL 25 §, F1)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Grant the intervention (bifall): needs --from, --to, --hours and a --goal')
            [CompletionResult]::new('--reject', '--reject', [CompletionResultType]::ParameterName, 'Reject the application (avslag): needs --reason')
            [CompletionResult]::new('--guardian-objects', '--guardian-objects', [CompletionResultType]::ParameterName, 'One of the child''s guardians objects to the intervention (K2)')
            [CompletionResult]::new('--crime-recorded', '--crime-recorded', [CompletionResultType]::ParameterName, 'The child has committed a crime that is recorded (K3: kvalificerad-lvu under 15)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;order' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider (utförare) who carries the intervention out')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Special circumstances the provider needs to know (D2)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Write the order for the provider to FILE: no assessment, and for a person with protected identity no personal identity number and no address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The export''s format [default: from FILE''s extension (.json), else md]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;match' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('assignee', 'assignee', [CompletionResultType]::ParameterValue, 'The register of assignees and their recruitment (M6)')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Ranked candidates for a case''s order, and who is excluded by which rule')
            [CompletionResult]::new('offer', 'offer', [CompletionResultType]::ParameterValue, 'Offer the case''s assignment to an assignee')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'The open offer was declined: the assignee goes back in the queue (M6)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'The assignment starts: agreement signed, first meeting held, the order executed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;match;assignee' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register an assignee, with the recruitment steps done so far')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register (personal identity numbers masked unless --reveal, rule G5)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One assignee: details, relations, recruitment steps, offers and agreements')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an assignee''s details, checks and relations')
            [CompletionResult]::new('step', 'step', [CompletionResultType]::ParameterValue, 'Move an assignee along the recruitment pipeline (M6), dated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;match;assignee;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The assignee''s name')
            [CompletionResult]::new('--pnr', '--pnr', [CompletionResultType]::ParameterName, 'Personnummer or samordningsnummer')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Contact person (kontaktperson) or companion (ledsagare)')
            [CompletionResult]::new('--record-checked', '--record-checked', [CompletionResultType]::ParameterName, 'Date of the extract from the criminal-records register (belastningsregistret, M2)')
            [CompletionResult]::new('--approved', '--approved', [CompletionResultType]::ParameterName, 'Approved as an assignee on this date (M6); without it the assignee cannot be offered')
            [CompletionResult]::new('--interests', '--interests', [CompletionResultType]::ParameterName, 'Interests, comma-separated')
            [CompletionResult]::new('--languages', '--languages', [CompletionResultType]::ParameterName, 'Languages spoken, comma-separated')
            [CompletionResult]::new('--workplace', '--workplace', [CompletionResultType]::ParameterName, 'Where the assignee works (M4)')
            [CompletionResult]::new('--residence', '--residence', [CompletionResultType]::ParameterName, 'Where the assignee lives, e.g. a group home where they live or work (M4)')
            [CompletionResult]::new('--relative-of', '--relative-of', [CompletionResultType]::ParameterName, 'A relative of this individual (M3); repeat for more')
            [CompletionResult]::new('--network-of', '--network-of', [CompletionResultType]::ParameterName, 'In this individual''s existing network (M3); repeat for more')
            [CompletionResult]::new('--sex', '--sex', [CompletionResultType]::ParameterName, 'The assignee''s sex [default: from the personal identity number]')
            [CompletionResult]::new('--area', '--area', [CompletionResultType]::ParameterName, 'The part of the municipality the assignee lives in (matching prefers the same area)')
            [CompletionResult]::new('--available-from', '--available-from', [CompletionResultType]::ParameterName, 'Available for assignments from this date')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'How many assignments at once')
            [CompletionResult]::new('--interest', '--interest', [CompletionResultType]::ParameterName, 'Interest registered (intresseanmälan) on this date [default: the earliest step, else today]')
            [CompletionResult]::new('--interview', '--interview', [CompletionResultType]::ParameterName, 'Interviewed on this date')
            [CompletionResult]::new('--consent', '--consent', [CompletionResultType]::ParameterName, 'Consent to register checks (medgivande) signed on this date')
            [CompletionResult]::new('--register-checked', '--register-checked', [CompletionResultType]::ParameterName, 'Date of the check in the social services register of the home municipality')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the first recruitment step')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--trained', '--trained', [CompletionResultType]::ParameterName, 'Has training or experience of social work (M5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'insats;match;assignee;list' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Only assignees at this stage of the pipeline')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only contact persons or only companions')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;match;assignee;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;match;assignee;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The assignee''s name')
            [CompletionResult]::new('--sex', '--sex', [CompletionResultType]::ParameterName, 'The assignee''s sex')
            [CompletionResult]::new('--interests', '--interests', [CompletionResultType]::ParameterName, 'Interests, comma-separated (replaces the list; '''' clears it)')
            [CompletionResult]::new('--languages', '--languages', [CompletionResultType]::ParameterName, 'Languages spoken, comma-separated (replaces the list; '''' clears it)')
            [CompletionResult]::new('--area', '--area', [CompletionResultType]::ParameterName, 'The part of the municipality the assignee lives in')
            [CompletionResult]::new('--workplace', '--workplace', [CompletionResultType]::ParameterName, 'Where the assignee works (M4)')
            [CompletionResult]::new('--residence', '--residence', [CompletionResultType]::ParameterName, 'Where the assignee lives (M4)')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'How many assignments at once')
            [CompletionResult]::new('--record-checked', '--record-checked', [CompletionResultType]::ParameterName, 'Date of a new criminal-records extract (M2)')
            [CompletionResult]::new('--register-checked', '--register-checked', [CompletionResultType]::ParameterName, 'Date of a new social services register check')
            [CompletionResult]::new('--available-from', '--available-from', [CompletionResultType]::ParameterName, 'Available for assignments from this date')
            [CompletionResult]::new('--relative-of', '--relative-of', [CompletionResultType]::ParameterName, 'Add: a relative of this individual (M3)')
            [CompletionResult]::new('--network-of', '--network-of', [CompletionResultType]::ParameterName, 'Add: in this individual''s existing network (M3)')
            [CompletionResult]::new('--remove-relation', '--remove-relation', [CompletionResultType]::ParameterName, 'Remove the relation to this individual')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--trained', '--trained', [CompletionResultType]::ParameterName, 'Has training or experience of social work (M5)')
            [CompletionResult]::new('--untrained', '--untrained', [CompletionResultType]::ParameterName, 'Has no training or experience of social work (M5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'insats;match;assignee;step' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'The stage reached')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When [default: today]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note on the step')
            [CompletionResult]::new('--record-checked', '--record-checked', [CompletionResultType]::ParameterName, 'For `checked`: date of the criminal-records extract [default: --date]')
            [CompletionResult]::new('--register-checked', '--register-checked', [CompletionResultType]::ParameterName, 'For `checked`: date of the social services register check [default: --date]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'insats;match;assignee;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register an assignee, with the recruitment steps done so far')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register (personal identity numbers masked unless --reveal, rule G5)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One assignee: details, relations, recruitment steps, offers and agreements')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an assignee''s details, checks and relations')
            [CompletionResult]::new('step', 'step', [CompletionResultType]::ParameterValue, 'Move an assignee along the recruitment pipeline (M6), dated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;match;assignee;help;add' {
            break
        }
        'insats;match;assignee;help;list' {
            break
        }
        'insats;match;assignee;help;show' {
            break
        }
        'insats;match;assignee;help;update' {
            break
        }
        'insats;match;assignee;help;step' {
            break
        }
        'insats;match;assignee;help;help' {
            break
        }
        'insats;match;suggest' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'insats;match;offer' {
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'The assignee''s number (see `insats match suggest CASE`)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When the offer was made [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;match;decline' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When [default: today]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who declined: the individual (the assignee may be offered this case again later) or the assignee (not suggested for this case again, M6) [default: not stated]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, for the journal and for `match suggest` (shown beside an assignee who declined)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'insats;match;start' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the first meeting and the agreement: the order is executed on it')
            [CompletionResult]::new('--meetings', '--meetings', [CompletionResultType]::ParameterName, 'Meetings a month [default: the decision''s, else as many of the usual length as the ordered hours hold (M7)]')
            [CompletionResult]::new('--hours-per-meeting', '--hours-per-meeting', [CompletionResultType]::ParameterName, 'About how long a meeting is, in hours [default: the ordered hours shared over the meetings when they are counted, else the guideline''s usual length (M7), never more than the order]')
            [CompletionResult]::new('--compensation-level', '--compensation-level', [CompletionResultType]::ParameterName, 'The compensation level of the guideline [default: from the meetings and the intervention]')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'A goal of the assignment beside the order''s goals (the individual''s own aims, D4); repeat')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'insats;match;help' {
            [CompletionResult]::new('assignee', 'assignee', [CompletionResultType]::ParameterValue, 'The register of assignees and their recruitment (M6)')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Ranked candidates for a case''s order, and who is excluded by which rule')
            [CompletionResult]::new('offer', 'offer', [CompletionResultType]::ParameterValue, 'Offer the case''s assignment to an assignee')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'The open offer was declined: the assignee goes back in the queue (M6)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'The assignment starts: agreement signed, first meeting held, the order executed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;match;help;assignee' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register an assignee, with the recruitment steps done so far')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register (personal identity numbers masked unless --reveal, rule G5)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One assignee: details, relations, recruitment steps, offers and agreements')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an assignee''s details, checks and relations')
            [CompletionResult]::new('step', 'step', [CompletionResultType]::ParameterValue, 'Move an assignee along the recruitment pipeline (M6), dated')
            break
        }
        'insats;match;help;assignee;add' {
            break
        }
        'insats;match;help;assignee;list' {
            break
        }
        'insats;match;help;assignee;show' {
            break
        }
        'insats;match;help;assignee;update' {
            break
        }
        'insats;match;help;assignee;step' {
            break
        }
        'insats;match;help;suggest' {
            break
        }
        'insats;match;help;offer' {
            break
        }
        'insats;match;help;decline' {
            break
        }
        'insats;match;help;start' {
            break
        }
        'insats;match;help;help' {
            break
        }
        'insats;log' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'The note''s text')
            [CompletionResult]::new('--correct', '--correct', [CompletionResultType]::ParameterName, 'Correct an earlier entry (the journal is append-only: the correction points at it). On a visit or cancellation it voids it (its hours count nowhere any more), or, with --visit DATE --hours H, records that visit in its place')
            [CompletionResult]::new('--demand-decision', '--demand-decision', [CompletionResultType]::ParameterName, 'The applicant''s written demand for a decision came in on DATE (F8: answered within four weeks)')
            [CompletionResult]::new('--visit', '--visit', [CompletionResultType]::ParameterName, 'Record a meeting held on DATE (with --hours); its hours count against the period (E1)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'The meeting''s hours (with --visit; with --cancel, the cancelled meeting''s length [default: the agreement''s hours per meeting])')
            [CompletionResult]::new('--cancel', '--cancel', [CompletionResultType]::ParameterName, 'Record that the meeting on DATE was cancelled (E2-E5)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who cancelled (with --cancel); for an individual under 18 only the guardian (E3)')
            [CompletionResult]::new('--notice-days', '--notice-days', [CompletionResultType]::ParameterName, 'How many days ahead of the meeting it was cancelled (with --cancel)')
            [CompletionResult]::new('--rebooked', '--rebooked', [CompletionResultType]::ParameterName, 'The new time booked instead (with --cancel): the hours are not lost (E4)')
            [CompletionResult]::new('--expense', '--expense', [CompletionResultType]::ParameterName, 'The assignee''s expense on DATE (with --amount and --what), held against the plan (P2)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The expense in kronor, e.g. 120 or 45,50 (with --expense)')
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'What the expense was for, as the plan names it (with --expense)')
            [CompletionResult]::new('--changed-needs', '--changed-needs', [CompletionResultType]::ParameterName, 'The provider reports on DATE that the individual''s needs have changed (with --note): the caseworker is reminded until a follow-up (P3)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('--motivation', '--motivation', [CompletionResultType]::ParameterName, 'The reasons that decided it, in your words (motivering, F2): needed for fewer hours or an ending the individual did not ask for')
            [CompletionResult]::new('--no-communication-reason', '--no-communication-reason', [CompletionResultType]::ParameterName, 'Why the decision is made without kommunicering (the exceptions of FL 25 §, F1)')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'With --due: how many days ahead count as due [default: 30]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'With --due: table, json, csv or markdown [default: table; json with --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--agreement-review', '--agreement-review', [CompletionResultType]::ParameterName, 'Record the yearly review of the agreement with the assignee (E8), with --note')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'List the follow-ups (G1), LVU reviews (E9) and agreement reviews (E8) due or overdue')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'Grants in force that end within DAYS of today (G1), by their last day')
            [CompletionResult]::new('unexecuted', 'unexecuted', [CompletionResultType]::ParameterValue, 'Grants not executed within three months of the decision (D3), for a quarter')
            [CompletionResult]::new('ivo', 'ivo', [CompletionResultType]::ParameterValue, 'IVO''s individual reports of a quarter (R1): decisions not executed within three months, interruptions of more than three months and partly executed decisions, each new, continuing or closing; prints nothing when there is nothing to report')
            [CompletionResult]::new('hours', 'hours', [CompletionResultType]::ParameterValue, 'Granted against used hours per case in a month, and the balance of its hours period (E1)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Applications and decisions of a year by intervention, law, outcome, age band and sex')
            [CompletionResult]::new('caseload', 'caseload', [CompletionResultType]::ParameterValue, 'Open cases per caseworker and status, with the oldest application of each')
            [CompletionResult]::new('compensation', 'compensation', [CompletionResultType]::ParameterValue, 'Each contact person''s fee and expense compensation for a month, per assignment')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'The log review (loggkontroll, S4): who read or changed which case or how many people, when; readings outside the reader''s unit first (S3)')
            [CompletionResult]::new('council', 'council', [CompletionResultType]::ParameterValue, 'Decisions not executed within three months, counted for the council and the auditors (R4): by law, intervention, sex and time waited, with nothing that identifies a person')
            [CompletionResult]::new('lss-register', 'lss-register', [CompletionResultType]::ParameterValue, 'Socialstyrelsen''s LSS register (R5): each person with an LSS intervention carried out on 1 October, with personkrets, ledsagarservice (9 § 3) and kontaktperson (9 § 4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;report;reminders' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'What falls due within this many days from today (and everything overdue)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--caseworker', '--caseworker', [CompletionResultType]::ParameterName, 'Only the cases of caseworker LOGIN: one cron line per caseworker mails each their own')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only the cases of the person acting (a caseworker''s own nightly cron job, S2)')
            [CompletionResult]::new('--sql', '--sql', [CompletionResultType]::ParameterName, 'Print the SQL statements the report runs, parameters filled in, instead of the report (for the benchmark''s comparison with the sqlite3 shell)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'insats;report;expiring' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Grants whose last day is today or within this many days')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;access' {
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'Only what this login did (acting for themselves or for someone else), or what was done with their roles')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only lines about this case')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only lines about this person (any written form of the personnummer)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this day (the command''s day)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To this day, inclusive')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;council' {
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'The quarter, YYYY-QN [default: the quarter of today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;report;lss-register' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The register''s day, 1 October of a year [default: the last 1 October]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table; json with the global --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('ivo', 'ivo', [CompletionResultType]::ParameterValue, 'IVO''s individual reports of a quarter (R1): decisions not executed within three months, interruptions of more than three months and partly executed decisions, each new, continuing or closing; prints nothing when there is nothing to report')
            [CompletionResult]::new('hours', 'hours', [CompletionResultType]::ParameterValue, 'Granted against used hours per case in a month, and the balance of its hours period (E1)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Applications and decisions of a year by intervention, law, outcome, age band and sex')
            [CompletionResult]::new('caseload', 'caseload', [CompletionResultType]::ParameterValue, 'Open cases per caseworker and status, with the oldest application of each')
            [CompletionResult]::new('compensation', 'compensation', [CompletionResultType]::ParameterValue, 'Each contact person''s fee and expense compensation for a month, per assignment')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'The log review (loggkontroll, S4): who read or changed which case or how many people, when; readings outside the reader''s unit first (S3)')
            [CompletionResult]::new('council', 'council', [CompletionResultType]::ParameterValue, 'Decisions not executed within three months, counted for the council and the auditors (R4): by law, intervention, sex and time waited, with nothing that identifies a person')
            [CompletionResult]::new('lss-register', 'lss-register', [CompletionResultType]::ParameterValue, 'Socialstyrelsen''s LSS register (R5): each person with an LSS intervention carried out on 1 October, with personkrets, ledsagarservice (9 § 3) and kontaktperson (9 § 4)')
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
        'insats;report;help;access' {
            break
        }
        'insats;report;help;council' {
            break
        }
        'insats;report;help;lss-register' {
            break
        }
        'insats;report;help;help' {
            break
        }
        'insats;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;find' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many cases by name [default: 50]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;person' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The person, every case of theirs, consents, guardians and the history of every change')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Correct or change a person''s details; every change is journalled on each of their cases and kept with its old value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;person;show' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'The person of this case')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;person;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The person''s name')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address ('''' clears it)')
            [CompletionResult]::new('--sex', '--sex', [CompletionResultType]::ParameterName, 'For a person with a reserve number (a personnummer says the sex itself)')
            [CompletionResult]::new('--guardians', '--guardians', [CompletionResultType]::ParameterName, 'How many guardians (vårdnadshavare) the child has')
            [CompletionResult]::new('--guardian-1', '--guardian-1', [CompletionResultType]::ParameterName, 'The first guardian''s name')
            [CompletionResult]::new('--guardian-2', '--guardian-2', [CompletionResultType]::ParameterName, 'The second guardian''s name')
            [CompletionResult]::new('--guardian-1-address', '--guardian-1-address', [CompletionResultType]::ParameterName, 'The first guardian''s postal address')
            [CompletionResult]::new('--guardian-2-address', '--guardian-2-address', [CompletionResultType]::ParameterName, 'The second guardian''s postal address')
            [CompletionResult]::new('--pnr', '--pnr', [CompletionResultType]::ParameterName, 'The real personnummer of someone registered with a reserve number; every case is kept')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why: the source of the correction, for the history and the journal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--protected', '--protected', [CompletionResultType]::ParameterName, 'The person has protected identity (skyddad identitet)')
            [CompletionResult]::new('--not-protected', '--not-protected', [CompletionResultType]::ParameterName, 'The protection has ended')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;person;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The person, every case of theirs, consents, guardians and the history of every change')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Correct or change a person''s details; every change is journalled on each of their cases and kept with its old value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;person;help;show' {
            break
        }
        'insats;person;help;update' {
            break
        }
        'insats;person;help;help' {
            break
        }
        'insats;consent' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Whose: the individual''s own, or one of the child''s guardians')
            [CompletionResult]::new('--given', '--given', [CompletionResultType]::ParameterName, 'The consent was given on DATE')
            [CompletionResult]::new('--withdrawn', '--withdrawn', [CompletionResultType]::ParameterName, 'An earlier consent was withdrawn on DATE (K5: the intervention ends)')
            [CompletionResult]::new('--refused', '--refused', [CompletionResultType]::ParameterName, 'Consent was refused on DATE: an objection (K2)')
            [CompletionResult]::new('--requested', '--requested', [CompletionResultType]::ParameterName, 'The party asked for the intervention on DATE (added)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'How it was given (in writing, at a meeting, by telephone), for the journal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;withdraw' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day the withdrawal came in')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'How it came in, for the journal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;close' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why, for the journal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;reopen' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why, for the journal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only open cases (not ended or rejected)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;letter' {
            [CompletionResult]::new('--decision', '--decision', [CompletionResultType]::ParameterName, 'The decision whose letter it is [default: the case''s latest act]')
            [CompletionResult]::new('--follow-up', '--follow-up', [CompletionResultType]::ParameterName, 'The letter of an ending follow-up (E7)')
            [CompletionResult]::new('--appeal', '--appeal', [CompletionResultType]::ParameterName, 'The letter dismissing an appeal as too late (F4)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'md, html, txt or pdf [default: from --out''s extension, else txt]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the letter to FILE instead of stdout')
            [CompletionResult]::new('--sent', '--sent', [CompletionResultType]::ParameterName, 'Record the day the letter was sent (F3)')
            [CompletionResult]::new('--how', '--how', [CompletionResultType]::ParameterName, 'With --sent: how it went out')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'Record the day the party received it (F3): the appeal clock starts (F4)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--final', '--final', [CompletionResultType]::ParameterName, 'The letter as sent: refused while it needs a reference the guideline has not confirmed (R3)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;communicate' {
            [CompletionResult]::new('--sent', '--sent', [CompletionResultType]::ParameterName, 'The day the material was sent to the party')
            [CompletionResult]::new('--reply-by', '--reply-by', [CompletionResultType]::ParameterName, 'The last day the party may reply (the whole day is theirs)')
            [CompletionResult]::new('--material', '--material', [CompletionResultType]::ParameterName, 'A document communicated, e.g. "utredning 2026-11-02"; repeat for more')
            [CompletionResult]::new('--reply', '--reply', [CompletionResultType]::ParameterName, 'The day the party''s reply came in, with --note saying what they said')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the journal (with --reply: what the party said)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;appeal' {
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'The day the appeal came in to the committee')
            [CompletionResult]::new('--decision', '--decision', [CompletionResultType]::ParameterName, 'With --received: the decision appealed [default: the case''s latest act]')
            [CompletionResult]::new('--follow-up', '--follow-up', [CompletionResultType]::ParameterName, 'With --received: the ending follow-up appealed')
            [CompletionResult]::new('--forward', '--forward', [CompletionResultType]::ParameterName, 'The day the appeal and the case file went to the court (F6)')
            [CompletionResult]::new('--court', '--court', [CompletionResultType]::ParameterName, 'With --forward: the court [default: the guideline''s letterhead court]')
            [CompletionResult]::new('--judgment', '--judgment', [CompletionResultType]::ParameterName, 'The day the court''s judgment came in (F7)')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'What the court decided')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'With a judgment that grants: the last day of the decision it makes')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'With a judgment that grants: hours per month')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'With a judgment that grants: an overall goal; repeat for more [default: the appealed decision''s]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the journal (with --too-late: the reasons of the dismissal)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--too-late', '--too-late', [CompletionResultType]::ParameterName, 'Dismiss the open appeal as too late (avvisning, F4): a decision with its own letter')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;guideline' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;guideline;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead (created private to you)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;guideline;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
        'insats;retention' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
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
        'insats;check' {
            [CompletionResult]::new('--anchor', '--anchor', [CompletionResultType]::ParameterName, 'An anchor file kept apart from the database (with the backups): the chains must pass through every head it holds, and today''s heads are appended to it when all is sound')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;backup' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the copy; it must not exist yet')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;demo' {
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'How many cases')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;manpage' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;staff' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person, by their system login (S1), with roles (S2), units (S3) and delegations')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a person''s entry: each flag given replaces what is there')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a person from acting; the logs keep naming them')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Which role may run which command (S2); needs no file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;staff;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name letters print')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The title letters print beside the name (e.g. Socialsekreterare)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role; repeat it for several')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'A unit (enhet) the person works in (S3); repeat it for several')
            [CompletionResult]::new('--delegation', '--delegation', [CompletionResultType]::ParameterName, 'An intervention type the person may decide on (S2), or `all`; repeat it for several')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;staff;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;staff;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'title')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The person''s roles from now on (repeat for several)')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'The person''s units from now on (repeat for several)')
            [CompletionResult]::new('--delegation', '--delegation', [CompletionResultType]::ParameterName, 'The types the person may decide on from now on (repeat, or `all`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--no-units', '--no-units', [CompletionResultType]::ParameterName, 'The person works in no unit')
            [CompletionResult]::new('--no-delegations', '--no-delegations', [CompletionResultType]::ParameterName, 'The person may decide on nothing')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Let a disabled person act again')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;staff;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;staff;roles' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;staff;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person, by their system login (S1), with roles (S2), units (S3) and delegations')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a person''s entry: each flag given replaces what is there')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a person from acting; the logs keep naming them')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Which role may run which command (S2); needs no file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;staff;help;add' {
            break
        }
        'insats;staff;help;list' {
            break
        }
        'insats;staff;help;update' {
            break
        }
        'insats;staff;help;disable' {
            break
        }
        'insats;staff;help;roles' {
            break
        }
        'insats;staff;help;help' {
            break
        }
        'insats;unit' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why, for the journal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;plan' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Store the filled plan document from FILE (''-'' for stdin) as a new version; every problem is listed and nothing is stored until the document is sound')
            [CompletionResult]::new('--check-in', '--check-in', [CompletionResultType]::ParameterName, 'The coordinator checked with the assignee on DATE that the assignment runs as planned (P4)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What the check-in found (with --check-in)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Write the plan in force for the individual, in Swedish: md, html or pdf')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where the export goes (''-'' for stdout) [default: stdout; a pdf needs --out]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Print the plan document for the case''s order (its goals filled in), as JSON to fill in')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'insats;ivo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Why a decision is not executed, what it means for the individual, and any support given meanwhile: the fields of IVO''s individual report (R1), journalled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;ivo;note' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The reason the decision is not executed (or the intervention interrupted)')
            [CompletionResult]::new('--consequences', '--consequences', [CompletionResultType]::ParameterName, 'The consequences for the individual')
            [CompletionResult]::new('--interim', '--interim', [CompletionResultType]::ParameterName, 'Support given while waiting (interim support)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]')
            [CompletionResult]::new('--access-reason', '--access-reason', [CompletionResultType]::ParameterName, 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date the command treats as today [default: the system date]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: exactly one JSON document on stdout')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'insats;ivo;help' {
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Why a decision is not executed, what it means for the individual, and any support given meanwhile: the fields of IVO''s individual report (R1), journalled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;ivo;help;note' {
            break
        }
        'insats;ivo;help;help' {
            break
        }
        'insats;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Register an application (ansökan) or a court order')
            [CompletionResult]::new('assess', 'assess', [CompletionResultType]::ParameterValue, 'Walk the guideline''s criteria for a case: a recommendation with its reasons')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Decide on a case (beslut): grant for a limited period, or reject')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Order the granted intervention from a provider (beställning), or export the order')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Recruit assignees (contact persons, companions) and match them to orders')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Write to or read the case journal; record visits and cancelled meetings')
            [CompletionResult]::new('follow-up', 'follow-up', [CompletionResultType]::ParameterValue, 'Follow up a decision, review an agreement, or list what is due')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Batch reports and the nightly reminder (numbers masked unless --reveal)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the whole case: person, consents, status, journal')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find cases by a part of a name, a personnummer or a case number')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'A person: every case of theirs, consents, guardians, and the history of changes')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record consent or request as facts, or their withdrawal or refusal (K1, K2)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'The applicant withdraws the application: the case is written off (F9)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a case where nothing is in force any more')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Take a written-off or closed case up again')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'Write the letter of a decision (beslutsbrev) in Swedish, or record it sent or received')
            [CompletionResult]::new('communicate', 'communicate', [CompletionResultType]::ParameterValue, 'Kommunicering (F1): the material sent to the party before a decision, and their reply')
            [CompletionResult]::new('appeal', 'appeal', [CompletionResultType]::ParameterValue, 'An appeal (överklagande): its time (F4), dismissal, forwarding (F6) and judgment (F7)')
            [CompletionResult]::new('guideline', 'guideline', [CompletionResultType]::ParameterValue, 'See, export or import the guideline (riktlinjer) the assessments follow')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Delete personal files due under the retention rules (gallring, R2)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the file: integrity, modes, and the journal''s hash chain (for the nightly cron)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent, checked copy of the file')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the file with a backup, keeping the replaced file aside')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or migrate) the file and say where it is')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Make a demonstration file full of realistic cases')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('manpage', 'manpage', [CompletionResultType]::ParameterValue, 'Print the manual page (roff): insats manpage > insats.1')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'The staff register: who may act, with which roles, units and delegations (S1-S3)')
            [CompletionResult]::new('unit', 'unit', [CompletionResultType]::ParameterValue, 'Move a case to another unit (S3), journalled')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The provider''s implementation plan (genomförandeplan) and check-ins (P1, P4)')
            [CompletionResult]::new('ivo', 'ivo', [CompletionResultType]::ParameterValue, 'IVO''s individual reports (R1): the caseworker''s reason, consequences and interim support')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'insats;help;apply' {
            break
        }
        'insats;help;assess' {
            break
        }
        'insats;help;decide' {
            break
        }
        'insats;help;order' {
            break
        }
        'insats;help;match' {
            [CompletionResult]::new('assignee', 'assignee', [CompletionResultType]::ParameterValue, 'The register of assignees and their recruitment (M6)')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Ranked candidates for a case''s order, and who is excluded by which rule')
            [CompletionResult]::new('offer', 'offer', [CompletionResultType]::ParameterValue, 'Offer the case''s assignment to an assignee')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'The open offer was declined: the assignee goes back in the queue (M6)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'The assignment starts: agreement signed, first meeting held, the order executed')
            break
        }
        'insats;help;match;assignee' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register an assignee, with the recruitment steps done so far')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register (personal identity numbers masked unless --reveal, rule G5)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One assignee: details, relations, recruitment steps, offers and agreements')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an assignee''s details, checks and relations')
            [CompletionResult]::new('step', 'step', [CompletionResultType]::ParameterValue, 'Move an assignee along the recruitment pipeline (M6), dated')
            break
        }
        'insats;help;match;assignee;add' {
            break
        }
        'insats;help;match;assignee;list' {
            break
        }
        'insats;help;match;assignee;show' {
            break
        }
        'insats;help;match;assignee;update' {
            break
        }
        'insats;help;match;assignee;step' {
            break
        }
        'insats;help;match;suggest' {
            break
        }
        'insats;help;match;offer' {
            break
        }
        'insats;help;match;decline' {
            break
        }
        'insats;help;match;start' {
            break
        }
        'insats;help;log' {
            break
        }
        'insats;help;follow-up' {
            break
        }
        'insats;help;report' {
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'Grants in force that end within DAYS of today (G1), by their last day')
            [CompletionResult]::new('unexecuted', 'unexecuted', [CompletionResultType]::ParameterValue, 'Grants not executed within three months of the decision (D3), for a quarter')
            [CompletionResult]::new('ivo', 'ivo', [CompletionResultType]::ParameterValue, 'IVO''s individual reports of a quarter (R1): decisions not executed within three months, interruptions of more than three months and partly executed decisions, each new, continuing or closing; prints nothing when there is nothing to report')
            [CompletionResult]::new('hours', 'hours', [CompletionResultType]::ParameterValue, 'Granted against used hours per case in a month, and the balance of its hours period (E1)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Applications and decisions of a year by intervention, law, outcome, age band and sex')
            [CompletionResult]::new('caseload', 'caseload', [CompletionResultType]::ParameterValue, 'Open cases per caseworker and status, with the oldest application of each')
            [CompletionResult]::new('compensation', 'compensation', [CompletionResultType]::ParameterValue, 'Each contact person''s fee and expense compensation for a month, per assignment')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'The log review (loggkontroll, S4): who read or changed which case or how many people, when; readings outside the reader''s unit first (S3)')
            [CompletionResult]::new('council', 'council', [CompletionResultType]::ParameterValue, 'Decisions not executed within three months, counted for the council and the auditors (R4): by law, intervention, sex and time waited, with nothing that identifies a person')
            [CompletionResult]::new('lss-register', 'lss-register', [CompletionResultType]::ParameterValue, 'Socialstyrelsen''s LSS register (R5): each person with an LSS intervention carried out on 1 October, with personkrets, ledsagarservice (9 § 3) and kontaktperson (9 § 4)')
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
        'insats;help;report;access' {
            break
        }
        'insats;help;report;council' {
            break
        }
        'insats;help;report;lss-register' {
            break
        }
        'insats;help;show' {
            break
        }
        'insats;help;find' {
            break
        }
        'insats;help;person' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The person, every case of theirs, consents, guardians and the history of every change')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Correct or change a person''s details; every change is journalled on each of their cases and kept with its old value')
            break
        }
        'insats;help;person;show' {
            break
        }
        'insats;help;person;update' {
            break
        }
        'insats;help;consent' {
            break
        }
        'insats;help;withdraw' {
            break
        }
        'insats;help;close' {
            break
        }
        'insats;help;reopen' {
            break
        }
        'insats;help;list' {
            break
        }
        'insats;help;letter' {
            break
        }
        'insats;help;communicate' {
            break
        }
        'insats;help;appeal' {
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
        'insats;help;retention' {
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited')
            break
        }
        'insats;help;retention;delete' {
            break
        }
        'insats;help;check' {
            break
        }
        'insats;help;backup' {
            break
        }
        'insats;help;restore' {
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
        'insats;help;manpage' {
            break
        }
        'insats;help;staff' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person, by their system login (S1), with roles (S2), units (S3) and delegations')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a person''s entry: each flag given replaces what is there')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a person from acting; the logs keep naming them')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Which role may run which command (S2); needs no file')
            break
        }
        'insats;help;staff;add' {
            break
        }
        'insats;help;staff;list' {
            break
        }
        'insats;help;staff;update' {
            break
        }
        'insats;help;staff;disable' {
            break
        }
        'insats;help;staff;roles' {
            break
        }
        'insats;help;unit' {
            break
        }
        'insats;help;plan' {
            break
        }
        'insats;help;ivo' {
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Why a decision is not executed, what it means for the individual, and any support given meanwhile: the fields of IVO''s individual report (R1), journalled')
            break
        }
        'insats;help;ivo;note' {
            break
        }
        'insats;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
