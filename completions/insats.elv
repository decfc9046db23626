
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
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand apply 'Register an application (ansökan) or a court order'
            cand assess 'Walk the guideline''s criteria for a case: a recommendation with its reasons'
            cand decide 'Decide on a case (beslut): grant for a limited period, or reject'
            cand order 'Order the granted intervention from a provider (beställning), or export the order'
            cand match 'Recruit assignees (contact persons, companions) and match them to orders'
            cand log 'Write to or read the case journal; record visits and cancelled meetings'
            cand follow-up 'Follow up a decision, review an agreement, or list what is due'
            cand report 'Batch reports and the nightly reminder (numbers masked unless --reveal)'
            cand show 'Print the whole case: person, consents, status, journal'
            cand find 'Find cases by a part of a name, a personnummer or a case number'
            cand person 'A person: every case of theirs, consents, guardians, and the history of changes'
            cand consent 'Record consent or request as facts, or their withdrawal or refusal (K1, K2)'
            cand withdraw 'The applicant withdraws the application: the case is written off (F9)'
            cand close 'Close a case where nothing is in force any more'
            cand reopen 'Take a written-off or closed case up again'
            cand list 'List cases'
            cand letter 'Write the letter of a decision (beslutsbrev) in Swedish, or record it sent or received'
            cand communicate 'Kommunicering (F1): the material sent to the party before a decision, and their reply'
            cand appeal 'An appeal (överklagande): its time (F4), dismissal, forwarding (F6) and judgment (F7)'
            cand guideline 'See, export or import the guideline (riktlinjer) the assessments follow'
            cand retention 'Delete personal files due under the retention rules (gallring, R2)'
            cand check 'Check the file: integrity, modes, and the journal''s hash chain (for the nightly cron)'
            cand backup 'Write a consistent, checked copy of the file'
            cand restore 'Replace the file with a backup, keeping the replaced file aside'
            cand init 'Create (or migrate) the file and say where it is'
            cand demo 'Make a demonstration file full of realistic cases'
            cand completions 'Print a shell completion script'
            cand manpage 'Print the manual page (roff): insats manpage > insats.1'
            cand staff 'The staff register: who may act, with which roles, units and delegations (S1-S3)'
            cand unit 'Move a case to another unit (S3), journalled'
            cand plan 'The provider''s implementation plan (genomförandeplan) and check-ins (P1, P4)'
            cand ivo 'IVO''s individual reports (R1): the caseworker''s reason, consequences and interim support'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;apply'= {
            cand --pnr 'Personnummer or samordningsnummer: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN or YYMMDD+NNNN'
            cand --born 'With --no-pnr: the birth date'
            cand --sex 'With --no-pnr: female or male'
            cand --reserve-number 'A person without a Swedish number who already has a reserve number in the file (added)'
            cand --name 'The person''s name'
            cand --insats 'The intervention applied for'
            cand --received 'When the application arrived [default: today]'
            cand --requested-by 'Who asked [default: court for umgangesstod; otherwise nothing is assumed (K1)]'
            cand --consent 'Consent given on the received day (repeat): the individual''s own, a guardian''s (guardian-1, guardian-2), or `guardian` for each of the child''s guardians'
            cand --guardians 'How many guardians (vårdnadshavare) a child has'
            cand --guardian-1 'The first guardian''s name, so that letters can name and reach them'
            cand --guardian-2 'The second guardian''s name'
            cand --guardian-1-address 'The first guardian''s postal address'
            cand --guardian-2-address 'The second guardian''s postal address'
            cand --court-ref 'The court''s case reference (required for umgangesstod, rule K4)'
            cand --lss-group 'LSS personkrets group'
            cand --housing 'Ordinary housing, or special housing (särskilt boende)'
            cand --address 'Postal address, for letters'
            cand --workplace 'Where the person works or has daily activity (matching checks it, rule M4)'
            cand --residence 'Where the person lives, e.g. a group home (matching checks it, rule M4)'
            cand --area 'The part of the municipality the person lives in (matching prefers the same area)'
            cand --wish-sex 'The individual wishes for a contact person of this sex (D4)'
            cand --wish-languages 'Languages the individual wishes the contact person to speak (D4)'
            cand --wish-interests 'Interests the individual wishes to share (D4)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --no-pnr 'The person has no Swedish personnummer: the file gives them a reserve number (YYYYMMDD-T and three digits); give --born and --sex'
            cand --protected 'The person has protected identity (skyddad identitet): no address in letters or exports'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;assess'= {
            cand --answers 'Answer from a filled answers document (''-'' reads standard input)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --template 'Print the questions for this case as an answers document (JSON) to fill in'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;decide'= {
            cand --from 'The grant''s first day'
            cand --to 'The grant''s last day: no decision is "until further notice" (rule G1)'
            cand --hours 'Hours per month'
            cand --meetings 'Meetings per month, where the guideline counts meetings (kontaktperson)'
            cand --goal 'An overall goal of the intervention; repeat for more (rule D1)'
            cand --purpose '`economy`: temporary help with finances, kontaktperson-sol only, a few months at most (A3)'
            cand --partial 'What part of the application is not granted, and why: a partial grant, which the letter tells how to appeal'
            cand --reason 'The reasons for a rejection'
            cand --deviation-reason 'Why the decision goes against the assessment''s recommendation (rule G2)'
            cand --override-objection 'The documented reason to grant without the guardians'' consent: a child from 12 who consents (K1), or one of two guardians objects (K2)'
            cand --motivation 'The reasons that decided it, in your words (motivering, F2): needed for a partial grant or fewer hours; a rejection''s --reason is its motivering'
            cand --no-communication-reason 'Why the decision is made without kommunicering (the exceptions of FL 25 §, F1)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --grant 'Grant the intervention (bifall): needs --from, --to, --hours and a --goal'
            cand --reject 'Reject the application (avslag): needs --reason'
            cand --guardian-objects 'One of the child''s guardians objects to the intervention (K2)'
            cand --crime-recorded 'The child has committed a crime that is recorded (K3: kvalificerad-lvu under 15)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;order'= {
            cand --provider 'The provider (utförare) who carries the intervention out'
            cand --note 'Special circumstances the provider needs to know (D2)'
            cand --export 'Write the order for the provider to FILE: no assessment, and for a person with protected identity no personal identity number and no address'
            cand --format 'The export''s format [default: from FILE''s extension (.json), else md]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;match'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand assignee 'The register of assignees and their recruitment (M6)'
            cand suggest 'Ranked candidates for a case''s order, and who is excluded by which rule'
            cand offer 'Offer the case''s assignment to an assignee'
            cand decline 'The open offer was declined: the assignee goes back in the queue (M6)'
            cand start 'The assignment starts: agreement signed, first meeting held, the order executed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;match;assignee'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Register an assignee, with the recruitment steps done so far'
            cand list 'The register (personal identity numbers masked unless --reveal, rule G5)'
            cand show 'One assignee: details, relations, recruitment steps, offers and agreements'
            cand update 'Change an assignee''s details, checks and relations'
            cand step 'Move an assignee along the recruitment pipeline (M6), dated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;match;assignee;add'= {
            cand --name 'The assignee''s name'
            cand --pnr 'Personnummer or samordningsnummer'
            cand --role 'Contact person (kontaktperson) or companion (ledsagare)'
            cand --record-checked 'Date of the extract from the criminal-records register (belastningsregistret, M2)'
            cand --approved 'Approved as an assignee on this date (M6); without it the assignee cannot be offered'
            cand --interests 'Interests, comma-separated'
            cand --languages 'Languages spoken, comma-separated'
            cand --workplace 'Where the assignee works (M4)'
            cand --residence 'Where the assignee lives, e.g. a group home where they live or work (M4)'
            cand --relative-of 'A relative of this individual (M3); repeat for more'
            cand --network-of 'In this individual''s existing network (M3); repeat for more'
            cand --sex 'The assignee''s sex [default: from the personal identity number]'
            cand --area 'The part of the municipality the assignee lives in (matching prefers the same area)'
            cand --available-from 'Available for assignments from this date'
            cand --capacity 'How many assignments at once'
            cand --interest 'Interest registered (intresseanmälan) on this date [default: the earliest step, else today]'
            cand --interview 'Interviewed on this date'
            cand --consent 'Consent to register checks (medgivande) signed on this date'
            cand --register-checked 'Date of the check in the social services register of the home municipality'
            cand --note 'A note for the first recruitment step'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --trained 'Has training or experience of social work (M5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'insats;match;assignee;list'= {
            cand --stage 'Only assignees at this stage of the pipeline'
            cand --role 'Only contact persons or only companions'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;match;assignee;show'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;match;assignee;update'= {
            cand --name 'The assignee''s name'
            cand --sex 'The assignee''s sex'
            cand --interests 'Interests, comma-separated (replaces the list; '''' clears it)'
            cand --languages 'Languages spoken, comma-separated (replaces the list; '''' clears it)'
            cand --area 'The part of the municipality the assignee lives in'
            cand --workplace 'Where the assignee works (M4)'
            cand --residence 'Where the assignee lives (M4)'
            cand --capacity 'How many assignments at once'
            cand --record-checked 'Date of a new criminal-records extract (M2)'
            cand --register-checked 'Date of a new social services register check'
            cand --available-from 'Available for assignments from this date'
            cand --relative-of 'Add: a relative of this individual (M3)'
            cand --network-of 'Add: in this individual''s existing network (M3)'
            cand --remove-relation 'Remove the relation to this individual'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --trained 'Has training or experience of social work (M5)'
            cand --untrained 'Has no training or experience of social work (M5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'insats;match;assignee;step'= {
            cand --stage 'The stage reached'
            cand --date 'When [default: today]'
            cand --note 'A note on the step'
            cand --record-checked 'For `checked`: date of the criminal-records extract [default: --date]'
            cand --register-checked 'For `checked`: date of the social services register check [default: --date]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'insats;match;assignee;help'= {
            cand add 'Register an assignee, with the recruitment steps done so far'
            cand list 'The register (personal identity numbers masked unless --reveal, rule G5)'
            cand show 'One assignee: details, relations, recruitment steps, offers and agreements'
            cand update 'Change an assignee''s details, checks and relations'
            cand step 'Move an assignee along the recruitment pipeline (M6), dated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;match;assignee;help;add'= {
        }
        &'insats;match;assignee;help;list'= {
        }
        &'insats;match;assignee;help;show'= {
        }
        &'insats;match;assignee;help;update'= {
        }
        &'insats;match;assignee;help;step'= {
        }
        &'insats;match;assignee;help;help'= {
        }
        &'insats;match;suggest'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'insats;match;offer'= {
            cand --assignee 'The assignee''s number (see `insats match suggest CASE`)'
            cand --date 'When the offer was made [default: today]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;match;decline'= {
            cand --date 'When [default: today]'
            cand --by 'Who declined: the individual (the assignee may be offered this case again later) or the assignee (not suggested for this case again, M6) [default: not stated]'
            cand --reason 'Why, for the journal and for `match suggest` (shown beside an assignee who declined)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'insats;match;start'= {
            cand --date 'The day of the first meeting and the agreement: the order is executed on it'
            cand --meetings 'Meetings a month [default: the decision''s, else as many of the usual length as the ordered hours hold (M7)]'
            cand --hours-per-meeting 'About how long a meeting is, in hours [default: the ordered hours shared over the meetings when they are counted, else the guideline''s usual length (M7), never more than the order]'
            cand --compensation-level 'The compensation level of the guideline [default: from the meetings and the intervention]'
            cand --goal 'A goal of the assignment beside the order''s goals (the individual''s own aims, D4); repeat'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'insats;match;help'= {
            cand assignee 'The register of assignees and their recruitment (M6)'
            cand suggest 'Ranked candidates for a case''s order, and who is excluded by which rule'
            cand offer 'Offer the case''s assignment to an assignee'
            cand decline 'The open offer was declined: the assignee goes back in the queue (M6)'
            cand start 'The assignment starts: agreement signed, first meeting held, the order executed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;match;help;assignee'= {
            cand add 'Register an assignee, with the recruitment steps done so far'
            cand list 'The register (personal identity numbers masked unless --reveal, rule G5)'
            cand show 'One assignee: details, relations, recruitment steps, offers and agreements'
            cand update 'Change an assignee''s details, checks and relations'
            cand step 'Move an assignee along the recruitment pipeline (M6), dated'
        }
        &'insats;match;help;assignee;add'= {
        }
        &'insats;match;help;assignee;list'= {
        }
        &'insats;match;help;assignee;show'= {
        }
        &'insats;match;help;assignee;update'= {
        }
        &'insats;match;help;assignee;step'= {
        }
        &'insats;match;help;suggest'= {
        }
        &'insats;match;help;offer'= {
        }
        &'insats;match;help;decline'= {
        }
        &'insats;match;help;start'= {
        }
        &'insats;match;help;help'= {
        }
        &'insats;log'= {
            cand --note 'The note''s text'
            cand --correct 'Correct an earlier entry (the journal is append-only: the correction points at it). On a visit or cancellation it voids it (its hours count nowhere any more), or, with --visit DATE --hours H, records that visit in its place'
            cand --demand-decision 'The applicant''s written demand for a decision came in on DATE (F8: answered within four weeks)'
            cand --visit 'Record a meeting held on DATE (with --hours); its hours count against the period (E1)'
            cand --hours 'The meeting''s hours (with --visit; with --cancel, the cancelled meeting''s length [default: the agreement''s hours per meeting])'
            cand --cancel 'Record that the meeting on DATE was cancelled (E2-E5)'
            cand --by 'Who cancelled (with --cancel); for an individual under 18 only the guardian (E3)'
            cand --notice-days 'How many days ahead of the meeting it was cancelled (with --cancel)'
            cand --rebooked 'The new time booked instead (with --cancel): the hours are not lost (E4)'
            cand --expense 'The assignee''s expense on DATE (with --amount and --what), held against the plan (P2)'
            cand --amount 'The expense in kronor, e.g. 120 or 45,50 (with --expense)'
            cand --what 'What the expense was for, as the plan names it (with --expense)'
            cand --changed-needs 'The provider reports on DATE that the individual''s needs have changed (with --note): the caseworker is reminded until a follow-up (P3)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;follow-up'= {
            cand --outcome 'What the follow-up decided (E6): the intervention continues, changes, is extended, or ends (E7)'
            cand --note 'What the follow-up found (for the journal)'
            cand --to 'The new decision''s end date (extend, change)'
            cand --hours 'Hours a month in the new decision (extend, change) [default: as decided now]'
            cand --attainment 'How far the intervention''s goals were met (måluppfyllelse)'
            cand --end-reason 'Why the intervention ends (with --outcome end, E7)'
            cand --motivation 'The reasons that decided it, in your words (motivering, F2): needed for fewer hours or an ending the individual did not ask for'
            cand --no-communication-reason 'Why the decision is made without kommunicering (the exceptions of FL 25 §, F1)'
            cand --within 'With --due: how many days ahead count as due [default: 30]'
            cand --format 'With --due: table, json, csv or markdown [default: table; json with --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --agreement-review 'Record the yearly review of the agreement with the assignee (E8), with --note'
            cand --due 'List the follow-ups (G1), LVU reviews (E9) and agreement reviews (E8) due or overdue'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand reminders 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
            cand expiring 'Grants in force that end within DAYS of today (G1), by their last day'
            cand unexecuted 'Grants not executed within three months of the decision (D3), for a quarter'
            cand ivo 'IVO''s individual reports of a quarter (R1): decisions not executed within three months, interruptions of more than three months and partly executed decisions, each new, continuing or closing; prints nothing when there is nothing to report'
            cand hours 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
            cand stats 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
            cand caseload 'Open cases per caseworker and status, with the oldest application of each'
            cand compensation 'Each contact person''s fee and expense compensation for a month, per assignment'
            cand retention 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
            cand access 'The log review (loggkontroll, S4): who read or changed which case or how many people, when; readings outside the reader''s unit first (S3)'
            cand council 'Decisions not executed within three months, counted for the council and the auditors (R4): by law, intervention, sex and time waited, with nothing that identifies a person'
            cand lss-register 'Socialstyrelsen''s LSS register (R5): each person with an LSS intervention carried out on 1 October, with personkrets, ledsagarservice (9 § 3) and kontaktperson (9 § 4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;report;reminders'= {
            cand --within 'What falls due within this many days from today (and everything overdue)'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --caseworker 'Only the cases of caseworker LOGIN: one cron line per caseworker mails each their own'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --mine 'Only the cases of the person acting (a caseworker''s own nightly cron job, S2)'
            cand --sql 'Print the SQL statements the report runs, parameters filled in, instead of the report (for the benchmark''s comparison with the sqlite3 shell)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'insats;report;expiring'= {
            cand --within 'Grants whose last day is today or within this many days'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;unexecuted'= {
            cand --quarter 'The quarter, YYYY-QN [default: the quarter of today]'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;ivo'= {
            cand --quarter 'The quarter, YYYY-QN [default: the quarter of today]'
            cand --partly-below 'Partly executed: the hours used in the quarter''s whole months fell below this percentage of the hours granted'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;hours'= {
            cand --month 'The month, YYYY-MM [default: the month of today]'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;stats'= {
            cand --year 'The year, YYYY [default: the year of today]'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;caseload'= {
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;compensation'= {
            cand --month 'The month, YYYY-MM [default: the month of today]'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;retention'= {
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;access'= {
            cand --staff 'Only what this login did (acting for themselves or for someone else), or what was done with their roles'
            cand --case 'Only lines about this case'
            cand --person 'Only lines about this person (any written form of the personnummer)'
            cand --from 'From this day (the command''s day)'
            cand --to 'To this day, inclusive'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;council'= {
            cand --quarter 'The quarter, YYYY-QN [default: the quarter of today]'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;lss-register'= {
            cand --date 'The register''s day, 1 October of a year [default: the last 1 October]'
            cand --format 'Output format [default: table; json with the global --json]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;report;help'= {
            cand reminders 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
            cand expiring 'Grants in force that end within DAYS of today (G1), by their last day'
            cand unexecuted 'Grants not executed within three months of the decision (D3), for a quarter'
            cand ivo 'IVO''s individual reports of a quarter (R1): decisions not executed within three months, interruptions of more than three months and partly executed decisions, each new, continuing or closing; prints nothing when there is nothing to report'
            cand hours 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
            cand stats 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
            cand caseload 'Open cases per caseworker and status, with the oldest application of each'
            cand compensation 'Each contact person''s fee and expense compensation for a month, per assignment'
            cand retention 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
            cand access 'The log review (loggkontroll, S4): who read or changed which case or how many people, when; readings outside the reader''s unit first (S3)'
            cand council 'Decisions not executed within three months, counted for the council and the auditors (R4): by law, intervention, sex and time waited, with nothing that identifies a person'
            cand lss-register 'Socialstyrelsen''s LSS register (R5): each person with an LSS intervention carried out on 1 October, with personkrets, ledsagarservice (9 § 3) and kontaktperson (9 § 4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;report;help;reminders'= {
        }
        &'insats;report;help;expiring'= {
        }
        &'insats;report;help;unexecuted'= {
        }
        &'insats;report;help;ivo'= {
        }
        &'insats;report;help;hours'= {
        }
        &'insats;report;help;stats'= {
        }
        &'insats;report;help;caseload'= {
        }
        &'insats;report;help;compensation'= {
        }
        &'insats;report;help;retention'= {
        }
        &'insats;report;help;access'= {
        }
        &'insats;report;help;council'= {
        }
        &'insats;report;help;lss-register'= {
        }
        &'insats;report;help;help'= {
        }
        &'insats;show'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;find'= {
            cand --limit 'At most this many cases by name [default: 50]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;person'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'The person, every case of theirs, consents, guardians and the history of every change'
            cand update 'Correct or change a person''s details; every change is journalled on each of their cases and kept with its old value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;person;show'= {
            cand --case 'The person of this case'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;person;update'= {
            cand --name 'The person''s name'
            cand --address 'Postal address ('''' clears it)'
            cand --sex 'For a person with a reserve number (a personnummer says the sex itself)'
            cand --guardians 'How many guardians (vårdnadshavare) the child has'
            cand --guardian-1 'The first guardian''s name'
            cand --guardian-2 'The second guardian''s name'
            cand --guardian-1-address 'The first guardian''s postal address'
            cand --guardian-2-address 'The second guardian''s postal address'
            cand --pnr 'The real personnummer of someone registered with a reserve number; every case is kept'
            cand --note 'Why: the source of the correction, for the history and the journal'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --protected 'The person has protected identity (skyddad identitet)'
            cand --not-protected 'The protection has ended'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;person;help'= {
            cand show 'The person, every case of theirs, consents, guardians and the history of every change'
            cand update 'Correct or change a person''s details; every change is journalled on each of their cases and kept with its old value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;person;help;show'= {
        }
        &'insats;person;help;update'= {
        }
        &'insats;person;help;help'= {
        }
        &'insats;consent'= {
            cand --by 'Whose: the individual''s own, or one of the child''s guardians'
            cand --given 'The consent was given on DATE'
            cand --withdrawn 'An earlier consent was withdrawn on DATE (K5: the intervention ends)'
            cand --refused 'Consent was refused on DATE: an objection (K2)'
            cand --requested 'The party asked for the intervention on DATE (added)'
            cand --note 'How it was given (in writing, at a meeting, by telephone), for the journal'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;withdraw'= {
            cand --date 'The day the withdrawal came in'
            cand --note 'How it came in, for the journal'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;close'= {
            cand --note 'Why, for the journal'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;reopen'= {
            cand --note 'Why, for the journal'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;list'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --open 'Only open cases (not ended or rejected)'
            cand --reveal 'Show whole personal identity numbers (recorded in the audit trail; never for a protected identity, rule G5)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;letter'= {
            cand --decision 'The decision whose letter it is [default: the case''s latest act]'
            cand --follow-up 'The letter of an ending follow-up (E7)'
            cand --appeal 'The letter dismissing an appeal as too late (F4)'
            cand --format 'md, html, txt or pdf [default: from --out''s extension, else txt]'
            cand --out 'Write the letter to FILE instead of stdout'
            cand --sent 'Record the day the letter was sent (F3)'
            cand --how 'With --sent: how it went out'
            cand --received 'Record the day the party received it (F3): the appeal clock starts (F4)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --final 'The letter as sent: refused while it needs a reference the guideline has not confirmed (R3)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;communicate'= {
            cand --sent 'The day the material was sent to the party'
            cand --reply-by 'The last day the party may reply (the whole day is theirs)'
            cand --material 'A document communicated, e.g. "utredning 2026-11-02"; repeat for more'
            cand --reply 'The day the party''s reply came in, with --note saying what they said'
            cand --note 'A note for the journal (with --reply: what the party said)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;appeal'= {
            cand --received 'The day the appeal came in to the committee'
            cand --decision 'With --received: the decision appealed [default: the case''s latest act]'
            cand --follow-up 'With --received: the ending follow-up appealed'
            cand --forward 'The day the appeal and the case file went to the court (F6)'
            cand --court 'With --forward: the court [default: the guideline''s letterhead court]'
            cand --judgment 'The day the court''s judgment came in (F7)'
            cand --outcome 'What the court decided'
            cand --to 'With a judgment that grants: the last day of the decision it makes'
            cand --hours 'With a judgment that grants: hours per month'
            cand --goal 'With a judgment that grants: an overall goal; repeat for more [default: the appealed decision''s]'
            cand --note 'A note for the journal (with --too-late: the reasons of the dismissal)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --too-late 'Dismiss the open appeal as too late (avvisning, F4): a decision with its own letter'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;guideline'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
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
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;guideline;export'= {
            cand --out 'Write to this file instead (created private to you)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;guideline;import'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
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
        &'insats;retention'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand delete 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;retention;delete'= {
            cand --person 'Only this person''s files (repeat for several) [default: every file due]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --yes 'Delete without asking (needed when there is no terminal to ask at)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;retention;help'= {
            cand delete 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;retention;help;delete'= {
        }
        &'insats;retention;help;help'= {
        }
        &'insats;check'= {
            cand --anchor 'An anchor file kept apart from the database (with the backups): the chains must pass through every head it holds, and today''s heads are appended to it when all is sound'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;backup'= {
            cand --out 'Where to write the copy; it must not exist yet'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --force 'Replace FILE if it exists'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;restore'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;init'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;demo'= {
            cand --cases 'How many cases'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;completions'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;manpage'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;staff'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a person, by their system login (S1), with roles (S2), units (S3) and delegations'
            cand list 'The register'
            cand update 'Change a person''s entry: each flag given replaces what is there'
            cand disable 'Stop a person from acting; the logs keep naming them'
            cand roles 'Which role may run which command (S2); needs no file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;staff;add'= {
            cand --name 'The name letters print'
            cand --title 'The title letters print beside the name (e.g. Socialsekreterare)'
            cand --role 'A role; repeat it for several'
            cand --unit 'A unit (enhet) the person works in (S3); repeat it for several'
            cand --delegation 'An intervention type the person may decide on (S2), or `all`; repeat it for several'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;staff;list'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;staff;update'= {
            cand --name 'name'
            cand --title 'title'
            cand --role 'The person''s roles from now on (repeat for several)'
            cand --unit 'The person''s units from now on (repeat for several)'
            cand --delegation 'The types the person may decide on from now on (repeat, or `all`)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --no-units 'The person works in no unit'
            cand --no-delegations 'The person may decide on nothing'
            cand --enable 'Let a disabled person act again'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;staff;disable'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;staff;roles'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;staff;help'= {
            cand add 'Add a person, by their system login (S1), with roles (S2), units (S3) and delegations'
            cand list 'The register'
            cand update 'Change a person''s entry: each flag given replaces what is there'
            cand disable 'Stop a person from acting; the logs keep naming them'
            cand roles 'Which role may run which command (S2); needs no file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;staff;help;add'= {
        }
        &'insats;staff;help;list'= {
        }
        &'insats;staff;help;update'= {
        }
        &'insats;staff;help;disable'= {
        }
        &'insats;staff;help;roles'= {
        }
        &'insats;staff;help;help'= {
        }
        &'insats;unit'= {
            cand --note 'Why, for the journal'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;plan'= {
            cand --file 'Store the filled plan document from FILE (''-'' for stdin) as a new version; every problem is listed and nothing is stored until the document is sound'
            cand --check-in 'The coordinator checked with the assignee on DATE that the assignment runs as planned (P4)'
            cand --note 'What the check-in found (with --check-in)'
            cand --export 'Write the plan in force for the individual, in Swedish: md, html or pdf'
            cand --out 'Where the export goes (''-'' for stdout) [default: stdout; a pdf needs --out]'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --template 'Print the plan document for the case''s order (its goals filled in), as JSON to fill in'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'insats;ivo'= {
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help'
            cand --help 'Print help'
            cand note 'Why a decision is not executed, what it means for the individual, and any support given meanwhile: the fields of IVO''s individual report (R1), journalled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;ivo;note'= {
            cand --reason 'The reason the decision is not executed (or the intervention interrupted)'
            cand --consequences 'The consequences for the individual'
            cand --interim 'Support given while waiting (interim support)'
            cand --db 'The SQLite file [default: $XDG_DATA_HOME/insats/insats.db, else ~/.local/share/insats/insats.db]'
            cand --user 'Act for NAME: only an administrator of the file or root may (recorded as "LOGIN for NAME", with NAME''s roles; S1) [default: the system account running insats]'
            cand --access-reason 'Why you need a case of another unit than yours (S3): logged, and shown first in the log review'
            cand --today 'The date the command treats as today [default: the system date]'
            cand --json 'Machine output: exactly one JSON document on stdout'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'insats;ivo;help'= {
            cand note 'Why a decision is not executed, what it means for the individual, and any support given meanwhile: the fields of IVO''s individual report (R1), journalled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;ivo;help;note'= {
        }
        &'insats;ivo;help;help'= {
        }
        &'insats;help'= {
            cand apply 'Register an application (ansökan) or a court order'
            cand assess 'Walk the guideline''s criteria for a case: a recommendation with its reasons'
            cand decide 'Decide on a case (beslut): grant for a limited period, or reject'
            cand order 'Order the granted intervention from a provider (beställning), or export the order'
            cand match 'Recruit assignees (contact persons, companions) and match them to orders'
            cand log 'Write to or read the case journal; record visits and cancelled meetings'
            cand follow-up 'Follow up a decision, review an agreement, or list what is due'
            cand report 'Batch reports and the nightly reminder (numbers masked unless --reveal)'
            cand show 'Print the whole case: person, consents, status, journal'
            cand find 'Find cases by a part of a name, a personnummer or a case number'
            cand person 'A person: every case of theirs, consents, guardians, and the history of changes'
            cand consent 'Record consent or request as facts, or their withdrawal or refusal (K1, K2)'
            cand withdraw 'The applicant withdraws the application: the case is written off (F9)'
            cand close 'Close a case where nothing is in force any more'
            cand reopen 'Take a written-off or closed case up again'
            cand list 'List cases'
            cand letter 'Write the letter of a decision (beslutsbrev) in Swedish, or record it sent or received'
            cand communicate 'Kommunicering (F1): the material sent to the party before a decision, and their reply'
            cand appeal 'An appeal (överklagande): its time (F4), dismissal, forwarding (F6) and judgment (F7)'
            cand guideline 'See, export or import the guideline (riktlinjer) the assessments follow'
            cand retention 'Delete personal files due under the retention rules (gallring, R2)'
            cand check 'Check the file: integrity, modes, and the journal''s hash chain (for the nightly cron)'
            cand backup 'Write a consistent, checked copy of the file'
            cand restore 'Replace the file with a backup, keeping the replaced file aside'
            cand init 'Create (or migrate) the file and say where it is'
            cand demo 'Make a demonstration file full of realistic cases'
            cand completions 'Print a shell completion script'
            cand manpage 'Print the manual page (roff): insats manpage > insats.1'
            cand staff 'The staff register: who may act, with which roles, units and delegations (S1-S3)'
            cand unit 'Move a case to another unit (S3), journalled'
            cand plan 'The provider''s implementation plan (genomförandeplan) and check-ins (P1, P4)'
            cand ivo 'IVO''s individual reports (R1): the caseworker''s reason, consequences and interim support'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'insats;help;apply'= {
        }
        &'insats;help;assess'= {
        }
        &'insats;help;decide'= {
        }
        &'insats;help;order'= {
        }
        &'insats;help;match'= {
            cand assignee 'The register of assignees and their recruitment (M6)'
            cand suggest 'Ranked candidates for a case''s order, and who is excluded by which rule'
            cand offer 'Offer the case''s assignment to an assignee'
            cand decline 'The open offer was declined: the assignee goes back in the queue (M6)'
            cand start 'The assignment starts: agreement signed, first meeting held, the order executed'
        }
        &'insats;help;match;assignee'= {
            cand add 'Register an assignee, with the recruitment steps done so far'
            cand list 'The register (personal identity numbers masked unless --reveal, rule G5)'
            cand show 'One assignee: details, relations, recruitment steps, offers and agreements'
            cand update 'Change an assignee''s details, checks and relations'
            cand step 'Move an assignee along the recruitment pipeline (M6), dated'
        }
        &'insats;help;match;assignee;add'= {
        }
        &'insats;help;match;assignee;list'= {
        }
        &'insats;help;match;assignee;show'= {
        }
        &'insats;help;match;assignee;update'= {
        }
        &'insats;help;match;assignee;step'= {
        }
        &'insats;help;match;suggest'= {
        }
        &'insats;help;match;offer'= {
        }
        &'insats;help;match;decline'= {
        }
        &'insats;help;match;start'= {
        }
        &'insats;help;log'= {
        }
        &'insats;help;follow-up'= {
        }
        &'insats;help;report'= {
            cand reminders 'Everything that needs action: grants ending (G1), orders not executed (D3), follow-ups and LVU reviews (G1, E9), agreement reviews (E8), repeated cancellations (E5)'
            cand expiring 'Grants in force that end within DAYS of today (G1), by their last day'
            cand unexecuted 'Grants not executed within three months of the decision (D3), for a quarter'
            cand ivo 'IVO''s individual reports of a quarter (R1): decisions not executed within three months, interruptions of more than three months and partly executed decisions, each new, continuing or closing; prints nothing when there is nothing to report'
            cand hours 'Granted against used hours per case in a month, and the balance of its hours period (E1)'
            cand stats 'Applications and decisions of a year by intervention, law, outcome, age band and sex'
            cand caseload 'Open cases per caseworker and status, with the oldest application of each'
            cand compensation 'Each contact person''s fee and expense compensation for a month, per assignment'
            cand retention 'Personal files due for deletion under the retention rules (R2); `insats retention delete` deletes them'
            cand access 'The log review (loggkontroll, S4): who read or changed which case or how many people, when; readings outside the reader''s unit first (S3)'
            cand council 'Decisions not executed within three months, counted for the council and the auditors (R4): by law, intervention, sex and time waited, with nothing that identifies a person'
            cand lss-register 'Socialstyrelsen''s LSS register (R5): each person with an LSS intervention carried out on 1 October, with personkrets, ledsagarservice (9 § 3) and kontaktperson (9 § 4)'
        }
        &'insats;help;report;reminders'= {
        }
        &'insats;help;report;expiring'= {
        }
        &'insats;help;report;unexecuted'= {
        }
        &'insats;help;report;ivo'= {
        }
        &'insats;help;report;hours'= {
        }
        &'insats;help;report;stats'= {
        }
        &'insats;help;report;caseload'= {
        }
        &'insats;help;report;compensation'= {
        }
        &'insats;help;report;retention'= {
        }
        &'insats;help;report;access'= {
        }
        &'insats;help;report;council'= {
        }
        &'insats;help;report;lss-register'= {
        }
        &'insats;help;show'= {
        }
        &'insats;help;find'= {
        }
        &'insats;help;person'= {
            cand show 'The person, every case of theirs, consents, guardians and the history of every change'
            cand update 'Correct or change a person''s details; every change is journalled on each of their cases and kept with its old value'
        }
        &'insats;help;person;show'= {
        }
        &'insats;help;person;update'= {
        }
        &'insats;help;consent'= {
        }
        &'insats;help;withdraw'= {
        }
        &'insats;help;close'= {
        }
        &'insats;help;reopen'= {
        }
        &'insats;help;list'= {
        }
        &'insats;help;letter'= {
        }
        &'insats;help;communicate'= {
        }
        &'insats;help;appeal'= {
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
        &'insats;help;retention'= {
            cand delete 'Delete the files `insats report retention` lists: their cases, journals and everything on them. Shows what it deletes and asks at a terminal; without one it needs --yes. Audited'
        }
        &'insats;help;retention;delete'= {
        }
        &'insats;help;check'= {
        }
        &'insats;help;backup'= {
        }
        &'insats;help;restore'= {
        }
        &'insats;help;init'= {
        }
        &'insats;help;demo'= {
        }
        &'insats;help;completions'= {
        }
        &'insats;help;manpage'= {
        }
        &'insats;help;staff'= {
            cand add 'Add a person, by their system login (S1), with roles (S2), units (S3) and delegations'
            cand list 'The register'
            cand update 'Change a person''s entry: each flag given replaces what is there'
            cand disable 'Stop a person from acting; the logs keep naming them'
            cand roles 'Which role may run which command (S2); needs no file'
        }
        &'insats;help;staff;add'= {
        }
        &'insats;help;staff;list'= {
        }
        &'insats;help;staff;update'= {
        }
        &'insats;help;staff;disable'= {
        }
        &'insats;help;staff;roles'= {
        }
        &'insats;help;unit'= {
        }
        &'insats;help;plan'= {
        }
        &'insats;help;ivo'= {
            cand note 'Why a decision is not executed, what it means for the individual, and any support given meanwhile: the fields of IVO''s individual report (R1), journalled'
        }
        &'insats;help;ivo;note'= {
        }
        &'insats;help;help'= {
        }
    ]
    $completions[$command]
}
