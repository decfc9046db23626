# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_insats_global_optspecs
    string join \n db= user= access-reason= today= json h/help V/version
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
complete -c insats -n "__fish_insats_needs_command" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_needs_command" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_needs_command" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_needs_command" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_needs_command" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_needs_command" -s V -l version -d 'Print version'
complete -c insats -n "__fish_insats_needs_command" -f -a "apply" -d 'Register an application (ansökan) or a court order'
complete -c insats -n "__fish_insats_needs_command" -f -a "assess" -d 'Walk the guideline\'s criteria for a case: a recommendation with its reasons'
complete -c insats -n "__fish_insats_needs_command" -f -a "decide" -d 'Decide on a case (beslut): grant for a limited period, or reject'
complete -c insats -n "__fish_insats_needs_command" -f -a "order" -d 'Order the granted intervention from a provider (beställning), or export the order'
complete -c insats -n "__fish_insats_needs_command" -f -a "match" -d 'Recruit assignees (contact persons, companions) and match them to orders'
complete -c insats -n "__fish_insats_needs_command" -f -a "log" -d 'Write to or read the case journal; record visits and cancelled meetings'
complete -c insats -n "__fish_insats_needs_command" -f -a "follow-up" -d 'Follow up a decision, review an agreement, or list what is due'
complete -c insats -n "__fish_insats_needs_command" -f -a "report" -d 'Batch reports and the nightly reminder (numbers masked unless --reveal)'
complete -c insats -n "__fish_insats_needs_command" -f -a "show" -d 'Print the whole case: person, consents, status, journal'
complete -c insats -n "__fish_insats_needs_command" -f -a "find" -d 'Find cases by a part of a name, a personnummer or a case number'
complete -c insats -n "__fish_insats_needs_command" -f -a "person" -d 'A person: every case of theirs, consents, guardians, and the history of changes'
complete -c insats -n "__fish_insats_needs_command" -f -a "consent" -d 'Record consent or request as facts, or their withdrawal or refusal (K1, K2)'
complete -c insats -n "__fish_insats_needs_command" -f -a "withdraw" -d 'The applicant withdraws the application: the case is written off (F9)'
complete -c insats -n "__fish_insats_needs_command" -f -a "close" -d 'Close a case where nothing is in force any more'
complete -c insats -n "__fish_insats_needs_command" -f -a "reopen" -d 'Take a written-off or closed case up again'
complete -c insats -n "__fish_insats_needs_command" -f -a "list" -d 'List cases'
complete -c insats -n "__fish_insats_needs_command" -f -a "letter" -d 'Write the letter of a decision (beslutsbrev) in Swedish, or record it sent or received'
complete -c insats -n "__fish_insats_needs_command" -f -a "communicate" -d 'Kommunicering (F1): the material sent to the party before a decision, and their reply'
complete -c insats -n "__fish_insats_needs_command" -f -a "appeal" -d 'An appeal (överklagande): its time (F4), dismissal, forwarding (F6) and judgment (F7)'
complete -c insats -n "__fish_insats_needs_command" -f -a "guideline" -d 'See, export or import the guideline (riktlinjer) the assessments follow'
complete -c insats -n "__fish_insats_needs_command" -f -a "retention" -d 'Delete personal files due under the retention rules (gallring, R2)'
complete -c insats -n "__fish_insats_needs_command" -f -a "check" -d 'Check the file: integrity, modes, and the journal\'s hash chain (for the nightly cron)'
complete -c insats -n "__fish_insats_needs_command" -f -a "backup" -d 'Write a consistent, checked copy of the file'
complete -c insats -n "__fish_insats_needs_command" -f -a "restore" -d 'Replace the file with a backup, keeping the replaced file aside'
complete -c insats -n "__fish_insats_needs_command" -f -a "init" -d 'Create (or migrate) the file and say where it is'
complete -c insats -n "__fish_insats_needs_command" -f -a "demo" -d 'Make a demonstration file full of realistic cases'
complete -c insats -n "__fish_insats_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c insats -n "__fish_insats_needs_command" -f -a "manpage" -d 'Print the manual page (roff): insats manpage > insats.1'
complete -c insats -n "__fish_insats_needs_command" -f -a "staff" -d 'The staff register: who may act, with which roles, units and delegations (S1-S3)'
complete -c insats -n "__fish_insats_needs_command" -f -a "unit" -d 'Move a case to another unit (S3), journalled'
complete -c insats -n "__fish_insats_needs_command" -f -a "plan" -d 'The provider\'s implementation plan (genomförandeplan) and check-ins (P1, P4)'
complete -c insats -n "__fish_insats_needs_command" -f -a "ivo" -d 'IVO\'s individual reports (R1): the caseworker\'s reason, consequences and interim support'
complete -c insats -n "__fish_insats_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand apply" -l pnr -d 'Personnummer or samordningsnummer: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l born -d 'With --no-pnr: the birth date' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l sex -d 'With --no-pnr: female or male' -r -f -a "female\t''
male\t''"
complete -c insats -n "__fish_insats_using_subcommand apply" -l reserve-number -d 'A person without a Swedish number who already has a reserve number in the file (added)' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l name -d 'The person\'s name' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l insats -d 'The intervention applied for' -r -f -a "kontaktperson-sol\t''
kontaktperson-lss\t''
kvalificerad-sol\t''
kvalificerad-lvu\t''
umgangesstod\t''
ledsagning-sol\t''
ledsagarservice-lss\t''"
complete -c insats -n "__fish_insats_using_subcommand apply" -l received -d 'When the application arrived [default: today]' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l requested-by -d 'Who asked [default: court for umgangesstod; otherwise nothing is assumed (K1)]' -r -f -a "self\t''
guardian\t''
court\t''
committee\t''"
complete -c insats -n "__fish_insats_using_subcommand apply" -l consent -d 'Consent given on the received day (repeat): the individual\'s own, a guardian\'s (guardian-1, guardian-2), or `guardian` for each of the child\'s guardians' -r -f -a "self\t''
guardian\t''
guardian-1\t''
guardian-2\t''"
complete -c insats -n "__fish_insats_using_subcommand apply" -l guardians -d 'How many guardians (vårdnadshavare) a child has' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l guardian-1 -d 'The first guardian\'s name, so that letters can name and reach them' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l guardian-2 -d 'The second guardian\'s name' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l guardian-1-address -d 'The first guardian\'s postal address' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l guardian-2-address -d 'The second guardian\'s postal address' -r
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
complete -c insats -n "__fish_insats_using_subcommand apply" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand apply" -l no-pnr -d 'The person has no Swedish personnummer: the file gives them a reserve number (YYYYMMDD-T and three digits); give --born and --sex'
complete -c insats -n "__fish_insats_using_subcommand apply" -l protected -d 'The person has protected identity (skyddad identitet): no address in letters or exports'
complete -c insats -n "__fish_insats_using_subcommand apply" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand apply" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand assess" -l answers -d 'Answer from a filled answers document (\'-\' reads standard input)' -r -F
complete -c insats -n "__fish_insats_using_subcommand assess" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand assess" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand assess" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand assess" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand assess" -l template -d 'Print the questions for this case as an answers document (JSON) to fill in'
complete -c insats -n "__fish_insats_using_subcommand assess" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand assess" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand decide" -l from -d 'The grant\'s first day' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l to -d 'The grant\'s last day: no decision is "until further notice" (rule G1)' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l hours -d 'Hours per month' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l meetings -d 'Meetings per month, where the guideline counts meetings (kontaktperson)' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l goal -d 'An overall goal of the intervention; repeat for more (rule D1)' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l purpose -d '`economy`: temporary help with finances, kontaktperson-sol only, a few months at most (A3)' -r -f -a "economy\t''"
complete -c insats -n "__fish_insats_using_subcommand decide" -l partial -d 'What part of the application is not granted, and why: a partial grant, which the letter tells how to appeal' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l reason -d 'The reasons for a rejection' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l deviation-reason -d 'Why the decision goes against the assessment\'s recommendation (rule G2)' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l override-objection -d 'The documented reason to grant without the guardians\' consent: a child from 12 who consents (K1), or one of two guardians objects (K2)' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l motivation -d 'The reasons that decided it, in your words (motivering, F2): needed for a partial grant or fewer hours; a rejection\'s --reason is its motivering' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l no-communication-reason -d 'Why the decision is made without kommunicering (the exceptions of FL 25 §, F1)' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand decide" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand decide" -l grant -d 'Grant the intervention (bifall): needs --from, --to, --hours and a --goal'
complete -c insats -n "__fish_insats_using_subcommand decide" -l reject -d 'Reject the application (avslag): needs --reason'
complete -c insats -n "__fish_insats_using_subcommand decide" -l guardian-objects -d 'One of the child\'s guardians objects to the intervention (K2)'
complete -c insats -n "__fish_insats_using_subcommand decide" -l crime-recorded -d 'The child has committed a crime that is recorded (K3: kvalificerad-lvu under 15)'
complete -c insats -n "__fish_insats_using_subcommand decide" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand decide" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand order" -l provider -d 'The provider (utförare) who carries the intervention out' -r
complete -c insats -n "__fish_insats_using_subcommand order" -l note -d 'Special circumstances the provider needs to know (D2)' -r
complete -c insats -n "__fish_insats_using_subcommand order" -l export -d 'Write the order for the provider to FILE: no assessment, and for a person with protected identity no personal identity number and no address' -r -F
complete -c insats -n "__fish_insats_using_subcommand order" -l format -d 'The export\'s format [default: from FILE\'s extension (.json), else md]' -r -f -a "md\t''
json\t''"
complete -c insats -n "__fish_insats_using_subcommand order" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand order" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand order" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand order" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand order" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand order" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and not __fish_seen_subcommand_from assignee suggest offer decline start help" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
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
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from assignee" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
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
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from suggest" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from suggest" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from suggest" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from suggest" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from suggest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l assignee -d 'The assignee\'s number (see `insats match suggest CASE`)' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l date -d 'When the offer was made [default: today]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from offer" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l date -d 'When [default: today]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l by -d 'Who declined: the individual (the assignee may be offered this case again later) or the assignee (not suggested for this case again, M6) [default: not stated]' -r -f -a "individual\t''
assignee\t''"
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l reason -d 'Why, for the journal and for `match suggest` (shown beside an assignee who declined)' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l date -d 'The day of the first meeting and the agreement: the order is executed on it' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l meetings -d 'Meetings a month [default: the decision\'s, else as many of the usual length as the ordered hours hold (M7)]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l hours-per-meeting -d 'About how long a meeting is, in hours [default: the ordered hours shared over the meetings when they are counted, else the guideline\'s usual length (M7), never more than the order]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l compensation-level -d 'The compensation level of the guideline [default: from the meetings and the intervention]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l goal -d 'A goal of the assignment beside the order\'s goals (the individual\'s own aims, D4); repeat' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "assignee" -d 'The register of assignees and their recruitment (M6)'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "suggest" -d 'Ranked candidates for a case\'s order, and who is excluded by which rule'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "offer" -d 'Offer the case\'s assignment to an assignee'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "decline" -d 'The open offer was declined: the assignee goes back in the queue (M6)'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "start" -d 'The assignment starts: agreement signed, first meeting held, the order executed'
complete -c insats -n "__fish_insats_using_subcommand match; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand log" -l note -d 'The note\'s text' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l correct -d 'Correct an earlier entry (the journal is append-only: the correction points at it). On a visit or cancellation it voids it (its hours count nowhere any more), or, with --visit DATE --hours H, records that visit in its place' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l demand-decision -d 'The applicant\'s written demand for a decision came in on DATE (F8: answered within four weeks)' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l visit -d 'Record a meeting held on DATE (with --hours); its hours count against the period (E1)' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l hours -d 'The meeting\'s hours (with --visit; with --cancel, the cancelled meeting\'s length [default: the agreement\'s hours per meeting])' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l cancel -d 'Record that the meeting on DATE was cancelled (E2-E5)' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l by -d 'Who cancelled (with --cancel); for an individual under 18 only the guardian (E3)' -r -f -a "individual\t''
guardian\t''
assignee\t''
provider\t''"
complete -c insats -n "__fish_insats_using_subcommand log" -l notice-days -d 'How many days ahead of the meeting it was cancelled (with --cancel)' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l rebooked -d 'The new time booked instead (with --cancel): the hours are not lost (E4)' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l expense -d 'The assignee\'s expense on DATE (with --amount and --what), held against the plan (P2)' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l amount -d 'The expense in kronor, e.g. 120 or 45,50 (with --expense)' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l what -d 'What the expense was for, as the plan names it (with --expense)' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l changed-needs -d 'The provider reports on DATE that the individual\'s needs have changed (with --note): the caseworker is reminded until a follow-up (P3)' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand log" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand log" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand log" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l outcome -d 'What the follow-up decided (E6): the intervention continues, changes, is extended, or ends (E7)' -r -f -a "continue\t''
change\t''
extend\t''
end\t''"
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l note -d 'What the follow-up found (for the journal)' -r
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l to -d 'The new decision\'s end date (extend, change)' -r
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l hours -d 'Hours a month in the new decision (extend, change) [default: as decided now]' -r
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l attainment -d 'How far the intervention\'s goals were met (måluppfyllelse)' -r -f -a "met\t''
partly\t''
not-met\t''"
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l end-reason -d 'Why the intervention ends (with --outcome end, E7)' -r -f -a "need-met-otherwise\t''
does-not-want\t''
moved\t''
died\t''
other\t''"
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l motivation -d 'The reasons that decided it, in your words (motivering, F2): needed for fewer hours or an ending the individual did not ask for' -r
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l no-communication-reason -d 'Why the decision is made without kommunicering (the exceptions of FL 25 §, F1)' -r
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l within -d 'With --due: how many days ahead count as due [default: 30]' -r
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l format -d 'With --due: table, json, csv or markdown [default: table; json with --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l agreement-review -d 'Record the yearly review of the agreement with the assignee (E8), with --note'
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l due -d 'List the follow-ups (G1), LVU reviews (E9) and agreement reviews (E8) due or overdue'
complete -c insats -n "__fish_insats_using_subcommand follow-up" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand follow-up" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "reminders" -d 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "expiring" -d 'Grants in force that end within DAYS of today (G1), by their last day'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "unexecuted" -d 'Grants not executed within three months of the decision (D3), for a quarter'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "ivo" -d 'IVO\'s individual reports of a quarter (R1): decisions not executed within three months, interruptions of more than three months and partly executed decisions, each new, continuing or closing; prints nothing when there is nothing to report'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "hours" -d 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "stats" -d 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "caseload" -d 'Open cases per caseworker and status, with the oldest application of each'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "compensation" -d 'Each contact person\'s fee and expense compensation for a month, per assignment'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "retention" -d 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "access" -d 'The log review (loggkontroll, S4): who read or changed which case or how many people, when; readings outside the reader\'s unit first (S3)'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "council" -d 'Decisions not executed within three months, counted for the council and the auditors (R4): by law, intervention, sex and time waited, with nothing that identifies a person'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "lss-register" -d 'Socialstyrelsen\'s LSS register (R5): each person with an LSS intervention carried out on 1 October, with personkrets, ledsagarservice (9 § 3) and kontaktperson (9 § 4)'
complete -c insats -n "__fish_insats_using_subcommand report; and not __fish_seen_subcommand_from reminders expiring unexecuted ivo hours stats caseload compensation retention access council lss-register help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l within -d 'What falls due within this many days from today (and everything overdue)' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l caseworker -d 'Only the cases of caseworker LOGIN: one cron line per caseworker mails each their own' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l mine -d 'Only the cases of the person acting (a caseworker\'s own nightly cron job, S2)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l sql -d 'Print the SQL statements the report runs, parameters filled in, instead of the report (for the benchmark\'s comparison with the sqlite3 shell)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from reminders" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l within -d 'Grants whose last day is today or within this many days' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from expiring" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l quarter -d 'The quarter, YYYY-QN [default: the quarter of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from unexecuted" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l quarter -d 'The quarter, YYYY-QN [default: the quarter of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l partly-below -d 'Partly executed: the hours used in the quarter\'s whole months fell below this percentage of the hours granted' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from ivo" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l month -d 'The month, YYYY-MM [default: the month of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from hours" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l year -d 'The year, YYYY [default: the year of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from caseload" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l month -d 'The month, YYYY-MM [default: the month of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from compensation" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from retention" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l staff -d 'Only what this login did (acting for themselves or for someone else), or what was done with their roles' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l case -d 'Only lines about this case' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l person -d 'Only lines about this person (any written form of the personnummer)' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l from -d 'From this day (the command\'s day)' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l to -d 'To this day, inclusive' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from council" -l quarter -d 'The quarter, YYYY-QN [default: the quarter of today]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from council" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from council" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from council" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from council" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from council" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from council" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from council" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from council" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from lss-register" -l date -d 'The register\'s day, 1 October of a year [default: the last 1 October]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from lss-register" -l format -d 'Output format [default: table; json with the global --json]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from lss-register" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from lss-register" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from lss-register" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from lss-register" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from lss-register" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from lss-register" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from lss-register" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "reminders" -d 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "expiring" -d 'Grants in force that end within DAYS of today (G1), by their last day'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "unexecuted" -d 'Grants not executed within three months of the decision (D3), for a quarter'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "ivo" -d 'IVO\'s individual reports of a quarter (R1): decisions not executed within three months, interruptions of more than three months and partly executed decisions, each new, continuing or closing; prints nothing when there is nothing to report'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "hours" -d 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "caseload" -d 'Open cases per caseworker and status, with the oldest application of each'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "compensation" -d 'Each contact person\'s fee and expense compensation for a month, per assignment'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "retention" -d 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "access" -d 'The log review (loggkontroll, S4): who read or changed which case or how many people, when; readings outside the reader\'s unit first (S3)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "council" -d 'Decisions not executed within three months, counted for the council and the auditors (R4): by law, intervention, sex and time waited, with nothing that identifies a person'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "lss-register" -d 'Socialstyrelsen\'s LSS register (R5): each person with an LSS intervention carried out on 1 October, with personkrets, ledsagarservice (9 § 3) and kontaktperson (9 § 4)'
complete -c insats -n "__fish_insats_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand show" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand show" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand show" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand show" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand show" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand show" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand find" -l limit -d 'At most this many cases by name [default: 50]' -r
complete -c insats -n "__fish_insats_using_subcommand find" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand find" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand find" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand find" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand find" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail)'
complete -c insats -n "__fish_insats_using_subcommand find" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand find" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand person; and not __fish_seen_subcommand_from show update help" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand person; and not __fish_seen_subcommand_from show update help" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand person; and not __fish_seen_subcommand_from show update help" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand person; and not __fish_seen_subcommand_from show update help" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand person; and not __fish_seen_subcommand_from show update help" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand person; and not __fish_seen_subcommand_from show update help" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand person; and not __fish_seen_subcommand_from show update help" -f -a "show" -d 'The person, every case of theirs, consents, guardians and the history of every change'
complete -c insats -n "__fish_insats_using_subcommand person; and not __fish_seen_subcommand_from show update help" -f -a "update" -d 'Correct or change a person\'s details; every change is journalled on each of their cases and kept with its old value'
complete -c insats -n "__fish_insats_using_subcommand person; and not __fish_seen_subcommand_from show update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from show" -l case -d 'The person of this case' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from show" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from show" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from show" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from show" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from show" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l name -d 'The person\'s name' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l address -d 'Postal address (\'\' clears it)' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l sex -d 'For a person with a reserve number (a personnummer says the sex itself)' -r -f -a "female\t''
male\t''"
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l guardians -d 'How many guardians (vårdnadshavare) the child has' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l guardian-1 -d 'The first guardian\'s name' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l guardian-2 -d 'The second guardian\'s name' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l guardian-1-address -d 'The first guardian\'s postal address' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l guardian-2-address -d 'The second guardian\'s postal address' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l pnr -d 'The real personnummer of someone registered with a reserve number; every case is kept' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l note -d 'Why: the source of the correction, for the history and the journal' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l protected -d 'The person has protected identity (skyddad identitet)'
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l not-protected -d 'The protection has ended'
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "show" -d 'The person, every case of theirs, consents, guardians and the history of every change'
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "update" -d 'Correct or change a person\'s details; every change is journalled on each of their cases and kept with its old value'
complete -c insats -n "__fish_insats_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand consent" -l by -d 'Whose: the individual\'s own, or one of the child\'s guardians' -r -f -a "self\t''
guardian-1\t''
guardian-2\t''"
complete -c insats -n "__fish_insats_using_subcommand consent" -l given -d 'The consent was given on DATE' -r
complete -c insats -n "__fish_insats_using_subcommand consent" -l withdrawn -d 'An earlier consent was withdrawn on DATE (K5: the intervention ends)' -r
complete -c insats -n "__fish_insats_using_subcommand consent" -l refused -d 'Consent was refused on DATE: an objection (K2)' -r
complete -c insats -n "__fish_insats_using_subcommand consent" -l requested -d 'The party asked for the intervention on DATE (added)' -r
complete -c insats -n "__fish_insats_using_subcommand consent" -l note -d 'How it was given (in writing, at a meeting, by telephone), for the journal' -r
complete -c insats -n "__fish_insats_using_subcommand consent" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand consent" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand consent" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand consent" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand consent" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand consent" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand withdraw" -l date -d 'The day the withdrawal came in' -r
complete -c insats -n "__fish_insats_using_subcommand withdraw" -l note -d 'How it came in, for the journal' -r
complete -c insats -n "__fish_insats_using_subcommand withdraw" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand withdraw" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand withdraw" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand withdraw" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand withdraw" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand withdraw" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand close" -l note -d 'Why, for the journal' -r
complete -c insats -n "__fish_insats_using_subcommand close" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand close" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand close" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand close" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand close" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand close" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand reopen" -l note -d 'Why, for the journal' -r
complete -c insats -n "__fish_insats_using_subcommand reopen" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand reopen" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand reopen" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand reopen" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand reopen" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand reopen" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand list" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand list" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand list" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand list" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand list" -l open -d 'Only open cases (not ended or rejected)'
complete -c insats -n "__fish_insats_using_subcommand list" -l reveal -d 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
complete -c insats -n "__fish_insats_using_subcommand list" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand list" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand letter" -l decision -d 'The decision whose letter it is [default: the case\'s latest act]' -r
complete -c insats -n "__fish_insats_using_subcommand letter" -l follow-up -d 'The letter of an ending follow-up (E7)' -r
complete -c insats -n "__fish_insats_using_subcommand letter" -l appeal -d 'The letter dismissing an appeal as too late (F4)' -r
complete -c insats -n "__fish_insats_using_subcommand letter" -l format -d 'md, html, txt or pdf [default: from --out\'s extension, else txt]' -r -f -a "md\t''
html\t''
txt\t''
pdf\t''"
complete -c insats -n "__fish_insats_using_subcommand letter" -l out -d 'Write the letter to FILE instead of stdout' -r -F
complete -c insats -n "__fish_insats_using_subcommand letter" -l sent -d 'Record the day the letter was sent (F3)' -r
complete -c insats -n "__fish_insats_using_subcommand letter" -l how -d 'With --sent: how it went out' -r -f -a "post\t''
digital\t''
hand\t''"
complete -c insats -n "__fish_insats_using_subcommand letter" -l received -d 'Record the day the party received it (F3): the appeal clock starts (F4)' -r
complete -c insats -n "__fish_insats_using_subcommand letter" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand letter" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand letter" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand letter" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand letter" -l final -d 'The letter as sent: refused while it needs a reference the guideline has not confirmed (R3)'
complete -c insats -n "__fish_insats_using_subcommand letter" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand letter" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand communicate" -l sent -d 'The day the material was sent to the party' -r
complete -c insats -n "__fish_insats_using_subcommand communicate" -l reply-by -d 'The last day the party may reply (the whole day is theirs)' -r
complete -c insats -n "__fish_insats_using_subcommand communicate" -l material -d 'A document communicated, e.g. "utredning 2026-11-02"; repeat for more' -r
complete -c insats -n "__fish_insats_using_subcommand communicate" -l reply -d 'The day the party\'s reply came in, with --note saying what they said' -r
complete -c insats -n "__fish_insats_using_subcommand communicate" -l note -d 'A note for the journal (with --reply: what the party said)' -r
complete -c insats -n "__fish_insats_using_subcommand communicate" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand communicate" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand communicate" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand communicate" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand communicate" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand communicate" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand appeal" -l received -d 'The day the appeal came in to the committee' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l decision -d 'With --received: the decision appealed [default: the case\'s latest act]' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l follow-up -d 'With --received: the ending follow-up appealed' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l forward -d 'The day the appeal and the case file went to the court (F6)' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l court -d 'With --forward: the court [default: the guideline\'s letterhead court]' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l judgment -d 'The day the court\'s judgment came in (F7)' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l outcome -d 'What the court decided' -r -f -a "granted\t''
partly\t''
rejected\t''
returned\t''"
complete -c insats -n "__fish_insats_using_subcommand appeal" -l to -d 'With a judgment that grants: the last day of the decision it makes' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l hours -d 'With a judgment that grants: hours per month' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l goal -d 'With a judgment that grants: an overall goal; repeat for more [default: the appealed decision\'s]' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l note -d 'A note for the journal (with --too-late: the reasons of the dismissal)' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand appeal" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand appeal" -l too-late -d 'Dismiss the open appeal as too late (avvisning, F4): a decision with its own letter'
complete -c insats -n "__fish_insats_using_subcommand appeal" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand appeal" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand guideline; and not __fish_seen_subcommand_from show export import help" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand guideline; and not __fish_seen_subcommand_from show export import help" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and not __fish_seen_subcommand_from show export import help" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and not __fish_seen_subcommand_from show export import help" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and not __fish_seen_subcommand_from show export import help" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand guideline; and not __fish_seen_subcommand_from show export import help" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand guideline; and not __fish_seen_subcommand_from show export import help" -f -a "show" -d 'Show the guideline in use: its intervention types, their settings, how many questions'
complete -c insats -n "__fish_insats_using_subcommand guideline; and not __fish_seen_subcommand_from show export import help" -f -a "export" -d 'Write the guideline in use as a JSON document (to standard output without --out)'
complete -c insats -n "__fish_insats_using_subcommand guideline; and not __fish_seen_subcommand_from show export import help" -f -a "import" -d 'Check a guideline document and make it the one new assessments follow'
complete -c insats -n "__fish_insats_using_subcommand guideline; and not __fish_seen_subcommand_from show export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from show" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from show" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from show" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from show" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from show" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from export" -l out -d 'Write to this file instead (created private to you)' -r -F
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from export" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from export" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from export" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from export" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from export" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from import" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from import" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from import" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from import" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from import" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the guideline in use: its intervention types, their settings, how many questions'
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the guideline in use as a JSON document (to standard output without --out)'
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from help" -f -a "import" -d 'Check a guideline document and make it the one new assessments follow'
complete -c insats -n "__fish_insats_using_subcommand guideline; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -f -a "delete" -d 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
complete -c insats -n "__fish_insats_using_subcommand retention; and not __fish_seen_subcommand_from delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l person -d 'Only this person\'s files (repeat for several) [default: every file due]' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l yes -d 'Delete without asking (needed when there is no terminal to ask at)'
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
complete -c insats -n "__fish_insats_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand check" -l anchor -d 'An anchor file kept apart from the database (with the backups): the chains must pass through every head it holds, and today\'s heads are appended to it when all is sound' -r -F
complete -c insats -n "__fish_insats_using_subcommand check" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand check" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand check" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand check" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand check" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand check" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand backup" -l out -d 'Where to write the copy; it must not exist yet' -r -F
complete -c insats -n "__fish_insats_using_subcommand backup" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand backup" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand backup" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand backup" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand backup" -l force -d 'Replace FILE if it exists'
complete -c insats -n "__fish_insats_using_subcommand backup" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand backup" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand restore" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand restore" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand restore" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand restore" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand restore" -l yes -d 'Do not ask for confirmation (required without a terminal)'
complete -c insats -n "__fish_insats_using_subcommand restore" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand restore" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand init" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand init" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand init" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand init" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand init" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand init" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand demo" -l cases -d 'How many cases' -r
complete -c insats -n "__fish_insats_using_subcommand demo" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand demo" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand demo" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand demo" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand demo" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand demo" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand completions" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand completions" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand completions" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand completions" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand completions" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand completions" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand manpage" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand manpage" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand manpage" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand manpage" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand manpage" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand manpage" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -f -a "add" -d 'Add a person, by their system login (S1), with roles (S2), units (S3) and delegations'
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -f -a "list" -d 'The register'
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -f -a "update" -d 'Change a person\'s entry: each flag given replaces what is there'
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -f -a "disable" -d 'Stop a person from acting; the logs keep naming them'
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -f -a "roles" -d 'Which role may run which command (S2); needs no file'
complete -c insats -n "__fish_insats_using_subcommand staff; and not __fish_seen_subcommand_from add list update disable roles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -l name -d 'The name letters print' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -l title -d 'The title letters print beside the name (e.g. Socialsekreterare)' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -l role -d 'A role; repeat it for several' -r -f -a "caseworker\t''
coordinator\t''
manager\t''
admin\t''"
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -l unit -d 'A unit (enhet) the person works in (S3); repeat it for several' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -l delegation -d 'An intervention type the person may decide on (S2), or `all`; repeat it for several' -r -f -a "kontaktperson-sol\t''
kontaktperson-lss\t''
kvalificerad-sol\t''
kvalificerad-lvu\t''
umgangesstod\t''
ledsagning-sol\t''
ledsagarservice-lss\t''
all\t''"
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from list" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from list" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from list" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from list" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from list" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l name -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l title -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l role -d 'The person\'s roles from now on (repeat for several)' -r -f -a "caseworker\t''
coordinator\t''
manager\t''
admin\t''"
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l unit -d 'The person\'s units from now on (repeat for several)' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l delegation -d 'The types the person may decide on from now on (repeat, or `all`)' -r -f -a "kontaktperson-sol\t''
kontaktperson-lss\t''
kvalificerad-sol\t''
kvalificerad-lvu\t''
umgangesstod\t''
ledsagning-sol\t''
ledsagarservice-lss\t''
all\t''"
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l no-units -d 'The person works in no unit'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l no-delegations -d 'The person may decide on nothing'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l enable -d 'Let a disabled person act again'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from disable" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from disable" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from disable" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from disable" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from disable" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from roles" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from roles" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from roles" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from roles" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from roles" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a person, by their system login (S1), with roles (S2), units (S3) and delegations'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "list" -d 'The register'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a person\'s entry: each flag given replaces what is there'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stop a person from acting; the logs keep naming them'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "roles" -d 'Which role may run which command (S2); needs no file'
complete -c insats -n "__fish_insats_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand unit" -l note -d 'Why, for the journal' -r
complete -c insats -n "__fish_insats_using_subcommand unit" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand unit" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand unit" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand unit" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand unit" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand unit" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand plan" -l file -d 'Store the filled plan document from FILE (\'-\' for stdin) as a new version; every problem is listed and nothing is stored until the document is sound' -r -F
complete -c insats -n "__fish_insats_using_subcommand plan" -l check-in -d 'The coordinator checked with the assignee on DATE that the assignment runs as planned (P4)' -r
complete -c insats -n "__fish_insats_using_subcommand plan" -l note -d 'What the check-in found (with --check-in)' -r
complete -c insats -n "__fish_insats_using_subcommand plan" -l export -d 'Write the plan in force for the individual, in Swedish: md, html or pdf' -r -f -a "md\t''
html\t''
pdf\t''"
complete -c insats -n "__fish_insats_using_subcommand plan" -l out -d 'Where the export goes (\'-\' for stdout) [default: stdout; a pdf needs --out]' -r -F
complete -c insats -n "__fish_insats_using_subcommand plan" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand plan" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand plan" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand plan" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand plan" -l template -d 'Print the plan document for the case\'s order (its goals filled in), as JSON to fill in'
complete -c insats -n "__fish_insats_using_subcommand plan" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand plan" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand ivo; and not __fish_seen_subcommand_from note help" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand ivo; and not __fish_seen_subcommand_from note help" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand ivo; and not __fish_seen_subcommand_from note help" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand ivo; and not __fish_seen_subcommand_from note help" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand ivo; and not __fish_seen_subcommand_from note help" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand ivo; and not __fish_seen_subcommand_from note help" -s h -l help -d 'Print help'
complete -c insats -n "__fish_insats_using_subcommand ivo; and not __fish_seen_subcommand_from note help" -f -a "note" -d 'Why a decision is not executed, what it means for the individual, and any support given meanwhile: the fields of IVO\'s individual report (R1), journalled'
complete -c insats -n "__fish_insats_using_subcommand ivo; and not __fish_seen_subcommand_from note help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from note" -l reason -d 'The reason the decision is not executed (or the intervention interrupted)' -r
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from note" -l consequences -d 'The consequences for the individual' -r
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from note" -l interim -d 'Support given while waiting (interim support)' -r
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from note" -l db -d 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]' -r -F
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from note" -l user -d 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME\'s roles; S1) [default: the system account running insats]' -r
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from note" -l access-reason -d 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review' -r
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from note" -l today -d 'The date the command treats as today [default: the system date]' -r
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from note" -l json -d 'Machine output: exactly one JSON document on stdout'
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from help" -f -a "note" -d 'Why a decision is not executed, what it means for the individual, and any support given meanwhile: the fields of IVO\'s individual report (R1), journalled'
complete -c insats -n "__fish_insats_using_subcommand ivo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "apply" -d 'Register an application (ansökan) or a court order'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "assess" -d 'Walk the guideline\'s criteria for a case: a recommendation with its reasons'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "decide" -d 'Decide on a case (beslut): grant for a limited period, or reject'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "order" -d 'Order the granted intervention from a provider (beställning), or export the order'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "match" -d 'Recruit assignees (contact persons, companions) and match them to orders'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "log" -d 'Write to or read the case journal; record visits and cancelled meetings'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "follow-up" -d 'Follow up a decision, review an agreement, or list what is due'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "report" -d 'Batch reports and the nightly reminder (numbers masked unless --reveal)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "show" -d 'Print the whole case: person, consents, status, journal'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "find" -d 'Find cases by a part of a name, a personnummer or a case number'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "person" -d 'A person: every case of theirs, consents, guardians, and the history of changes'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "consent" -d 'Record consent or request as facts, or their withdrawal or refusal (K1, K2)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "withdraw" -d 'The applicant withdraws the application: the case is written off (F9)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "close" -d 'Close a case where nothing is in force any more'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "reopen" -d 'Take a written-off or closed case up again'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "list" -d 'List cases'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "letter" -d 'Write the letter of a decision (beslutsbrev) in Swedish, or record it sent or received'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "communicate" -d 'Kommunicering (F1): the material sent to the party before a decision, and their reply'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "appeal" -d 'An appeal (överklagande): its time (F4), dismissal, forwarding (F6) and judgment (F7)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "guideline" -d 'See, export or import the guideline (riktlinjer) the assessments follow'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "retention" -d 'Delete personal files due under the retention rules (gallring, R2)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "check" -d 'Check the file: integrity, modes, and the journal\'s hash chain (for the nightly cron)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "backup" -d 'Write a consistent, checked copy of the file'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "restore" -d 'Replace the file with a backup, keeping the replaced file aside'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "init" -d 'Create (or migrate) the file and say where it is'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "demo" -d 'Make a demonstration file full of realistic cases'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "completions" -d 'Print a shell completion script'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "manpage" -d 'Print the manual page (roff): insats manpage > insats.1'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "staff" -d 'The staff register: who may act, with which roles, units and delegations (S1-S3)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "unit" -d 'Move a case to another unit (S3), journalled'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "plan" -d 'The provider\'s implementation plan (genomförandeplan) and check-ins (P1, P4)'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "ivo" -d 'IVO\'s individual reports (R1): the caseworker\'s reason, consequences and interim support'
complete -c insats -n "__fish_insats_using_subcommand help; and not __fish_seen_subcommand_from apply assess decide order match log follow-up report show find person consent withdraw close reopen list letter communicate appeal guideline retention check backup restore init demo completions manpage staff unit plan ivo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from match" -f -a "assignee" -d 'The register of assignees and their recruitment (M6)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from match" -f -a "suggest" -d 'Ranked candidates for a case\'s order, and who is excluded by which rule'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from match" -f -a "offer" -d 'Offer the case\'s assignment to an assignee'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from match" -f -a "decline" -d 'The open offer was declined: the assignee goes back in the queue (M6)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from match" -f -a "start" -d 'The assignment starts: agreement signed, first meeting held, the order executed'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "reminders" -d 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "expiring" -d 'Grants in force that end within DAYS of today (G1), by their last day'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "unexecuted" -d 'Grants not executed within three months of the decision (D3), for a quarter'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "ivo" -d 'IVO\'s individual reports of a quarter (R1): decisions not executed within three months, interruptions of more than three months and partly executed decisions, each new, continuing or closing; prints nothing when there is nothing to report'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "hours" -d 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "stats" -d 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "caseload" -d 'Open cases per caseworker and status, with the oldest application of each'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "compensation" -d 'Each contact person\'s fee and expense compensation for a month, per assignment'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "retention" -d 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "access" -d 'The log review (loggkontroll, S4): who read or changed which case or how many people, when; readings outside the reader\'s unit first (S3)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "council" -d 'Decisions not executed within three months, counted for the council and the auditors (R4): by law, intervention, sex and time waited, with nothing that identifies a person'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "lss-register" -d 'Socialstyrelsen\'s LSS register (R5): each person with an LSS intervention carried out on 1 October, with personkrets, ledsagarservice (9 § 3) and kontaktperson (9 § 4)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "show" -d 'The person, every case of theirs, consents, guardians and the history of every change'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "update" -d 'Correct or change a person\'s details; every change is journalled on each of their cases and kept with its old value'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from guideline" -f -a "show" -d 'Show the guideline in use: its intervention types, their settings, how many questions'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from guideline" -f -a "export" -d 'Write the guideline in use as a JSON document (to standard output without --out)'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from guideline" -f -a "import" -d 'Check a guideline document and make it the one new assessments follow'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "delete" -d 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "add" -d 'Add a person, by their system login (S1), with roles (S2), units (S3) and delegations'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "list" -d 'The register'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "update" -d 'Change a person\'s entry: each flag given replaces what is there'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "disable" -d 'Stop a person from acting; the logs keep naming them'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "roles" -d 'Which role may run which command (S2); needs no file'
complete -c insats -n "__fish_insats_using_subcommand help; and __fish_seen_subcommand_from ivo" -f -a "note" -d 'Why a decision is not executed, what it means for the individual, and any support given meanwhile: the fields of IVO\'s individual report (R1), journalled'
