
use builtin;
use str;

set edit:completion:arg-completer[viamctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'viamctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'viamctl'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand org 'Manage organizations, their members and invites'
            cand location 'Manage locations and their secrets'
            cand machine 'Manage machines'
            cand part 'Manage machine parts, their configs, secrets and logs'
            cand fragment 'Manage fragments: configuration shared by machines'
            cand module 'Manage registry modules and upload their versions'
            cand role 'Grant, revoke, list and check roles'
            cand key 'Manage API keys'
            cand profile 'Manage the stored credentials (never contacts the API)'
            cand emulator 'Run a local emulator of the fleet API'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;org'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organizations the API key can see'
            cand get 'Show one organization'
            cand create 'Create an organization; the caller becomes its owner'
            cand update 'Change an organization''s name, namespace, region or CID; only the flags given are sent'
            cand delete 'Delete an organization and everything in it'
            cand namespace-available 'Check whether a public namespace is free; exits 0 when it is and 1 when it is taken'
            cand member 'Manage the members of an organization'
            cand invite 'Manage invitations to an organization'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;org;list'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;get'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;create'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;update'= {
            cand --name 'New name'
            cand --namespace 'Public namespace; it can be set only once'
            cand --region 'Default region'
            cand --cid 'Customer ID used for billing'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;delete'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;namespace-available'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;member'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List members and pending invites'
            cand remove 'Remove a member from the organization'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;org;member;list'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;member;remove'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;member;help'= {
            cand list 'List members and pending invites'
            cand remove 'Remove a member from the organization'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;org;member;help;list'= {
        }
        &'viamctl;org;member;help;remove'= {
        }
        &'viamctl;org;member;help;help'= {
        }
        &'viamctl;org;invite'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Invite someone to the organization by email'
            cand update 'Add or remove roles of a pending invite'
            cand delete 'Withdraw a pending invite'
            cand resend 'Send the invite email again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;org;invite;create'= {
            cand --grant 'Role to grant, as ROLE:TYPE:ID (can be repeated; default: owner of the organization)'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --no-email 'Create the invite without sending an email'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;invite;update'= {
            cand --add 'Role to add, as ROLE:TYPE:ID (can be repeated)'
            cand --remove 'Role to remove, as ROLE:TYPE:ID (can be repeated)'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;invite;delete'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;invite;resend'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;org;invite;help'= {
            cand create 'Invite someone to the organization by email'
            cand update 'Add or remove roles of a pending invite'
            cand delete 'Withdraw a pending invite'
            cand resend 'Send the invite email again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;org;invite;help;create'= {
        }
        &'viamctl;org;invite;help;update'= {
        }
        &'viamctl;org;invite;help;delete'= {
        }
        &'viamctl;org;invite;help;resend'= {
        }
        &'viamctl;org;invite;help;help'= {
        }
        &'viamctl;org;help'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show one organization'
            cand create 'Create an organization; the caller becomes its owner'
            cand update 'Change an organization''s name, namespace, region or CID; only the flags given are sent'
            cand delete 'Delete an organization and everything in it'
            cand namespace-available 'Check whether a public namespace is free; exits 0 when it is and 1 when it is taken'
            cand member 'Manage the members of an organization'
            cand invite 'Manage invitations to an organization'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;org;help;list'= {
        }
        &'viamctl;org;help;get'= {
        }
        &'viamctl;org;help;create'= {
        }
        &'viamctl;org;help;update'= {
        }
        &'viamctl;org;help;delete'= {
        }
        &'viamctl;org;help;namespace-available'= {
        }
        &'viamctl;org;help;member'= {
            cand list 'List members and pending invites'
            cand remove 'Remove a member from the organization'
        }
        &'viamctl;org;help;member;list'= {
        }
        &'viamctl;org;help;member;remove'= {
        }
        &'viamctl;org;help;invite'= {
            cand create 'Invite someone to the organization by email'
            cand update 'Add or remove roles of a pending invite'
            cand delete 'Withdraw a pending invite'
            cand resend 'Send the invite email again'
        }
        &'viamctl;org;help;invite;create'= {
        }
        &'viamctl;org;help;invite;update'= {
        }
        &'viamctl;org;help;invite;delete'= {
        }
        &'viamctl;org;help;invite;resend'= {
        }
        &'viamctl;org;help;help'= {
        }
        &'viamctl;location'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organization''s locations, children under their parents'
            cand get 'Show one location (secrets are shown only by `location secrets`)'
            cand create 'Create a location, optionally inside another one'
            cand update 'Rename a location or move it under another one'
            cand delete 'Delete an empty location (one with no machines and no child locations)'
            cand secrets 'Show a location''s secrets'
            cand secret 'Create or delete location secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;location;list'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;location;get'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;location;create'= {
            cand --parent 'Parent location ID or name'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;location;update'= {
            cand --name 'New name'
            cand --parent 'New parent location ID or name'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --top-level 'Move the location to the top level'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;location;delete'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;location;secrets'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;location;secret'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a new location secret and print it'
            cand delete 'Delete a location secret'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;location;secret;create'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;location;secret;delete'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;location;secret;help'= {
            cand create 'Create a new location secret and print it'
            cand delete 'Delete a location secret'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;location;secret;help;create'= {
        }
        &'viamctl;location;secret;help;delete'= {
        }
        &'viamctl;location;secret;help;help'= {
        }
        &'viamctl;location;help'= {
            cand list 'List the organization''s locations, children under their parents'
            cand get 'Show one location (secrets are shown only by `location secrets`)'
            cand create 'Create a location, optionally inside another one'
            cand update 'Rename a location or move it under another one'
            cand delete 'Delete an empty location (one with no machines and no child locations)'
            cand secrets 'Show a location''s secrets'
            cand secret 'Create or delete location secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;location;help;list'= {
        }
        &'viamctl;location;help;get'= {
        }
        &'viamctl;location;help;create'= {
        }
        &'viamctl;location;help;update'= {
        }
        &'viamctl;location;help;delete'= {
        }
        &'viamctl;location;help;secrets'= {
        }
        &'viamctl;location;help;secret'= {
            cand create 'Create a new location secret and print it'
            cand delete 'Delete a location secret'
        }
        &'viamctl;location;help;secret;create'= {
        }
        &'viamctl;location;help;secret;delete'= {
        }
        &'viamctl;location;help;help'= {
        }
        &'viamctl;machine'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List machines in `--location` (default: the profile''s), or in the whole organization'
            cand get 'Show a machine with its parts and online state (part secrets are not shown)'
            cand create 'Create a machine in `--location`; it gets a main part named `<machine>-main`'
            cand update 'Rename a machine'
            cand delete 'Delete a machine and all its parts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;machine;list'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --all 'List every location of the organization, ignoring the profile''s default location'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;machine;get'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;machine;create'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;machine;update'= {
            cand --name 'New name'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;machine;delete'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;machine;help'= {
            cand list 'List machines in `--location` (default: the profile''s), or in the whole organization'
            cand get 'Show a machine with its parts and online state (part secrets are not shown)'
            cand create 'Create a machine in `--location`; it gets a main part named `<machine>-main`'
            cand update 'Rename a machine'
            cand delete 'Delete a machine and all its parts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;machine;help;list'= {
        }
        &'viamctl;machine;help;get'= {
        }
        &'viamctl;machine;help;create'= {
        }
        &'viamctl;machine;help;update'= {
        }
        &'viamctl;machine;help;delete'= {
        }
        &'viamctl;machine;help;help'= {
        }
        &'viamctl;part'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the parts of a machine'
            cand get 'Show a part, or write its config to a file'
            cand get-by-name 'Show a part found by its name within a location'
            cand create 'Add a part to a machine'
            cand update 'Rename a part or replace its config'
            cand delete 'Delete a part (a main part only once it is the machine''s last)'
            cand set-main 'Make a part its machine''s main part'
            cand restart 'Ask a part to restart the next time it checks in'
            cand history 'Show a part''s config history, newest first, with who changed it and when'
            cand logs 'Show a part''s logs, oldest first; `--follow` keeps printing new entries'
            cand secret 'Create or delete part secrets'
            cand config 'Edit a part''s config'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;part;list'= {
            cand -m 'Machine ID or name'
            cand --machine 'Machine ID or name'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;get'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand --config-out 'Write the part''s config as JSON to FILE (atomically) instead of showing the part'
            cand --indent 'Spaces per indentation level in `--config-out`'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;get-by-name'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;create'= {
            cand -m 'Machine ID or name'
            cand --machine 'Machine ID or name'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;update'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand --name 'New name'
            cand --config 'New config: a JSON file, or `-` for stdin'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --force 'Overwrite even if the part changed since it was read'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;delete'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;set-main'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;restart'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;history'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;logs'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand -n 'Number of most recent entries to show; 0 shows all [default: 100, or 10 with --follow]'
            cand --count 'Number of most recent entries to show; 0 shows all [default: 100, or 10 with --follow]'
            cand --level 'Show only this level, e.g. `error` or `warn` (can be repeated)'
            cand --filter 'Show only entries whose message contains TEXT'
            cand --since 'Show entries at or after T: RFC 3339, or a duration ago such as `10m`'
            cand --until 'Show entries before T: RFC 3339, or a duration ago such as `10m`'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --errors-only 'Show only errors'
            cand -f 'Keep printing new entries as they arrive (Ctrl-C to stop)'
            cand --follow 'Keep printing new entries as they arrive (Ctrl-C to stop)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;secret'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Show a part''s secrets'
            cand create 'Create a part secret and print it once'
            cand delete 'Delete a part secret'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;part;secret;list'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;secret;create'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;secret;delete'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;secret;help'= {
            cand list 'Show a part''s secrets'
            cand create 'Create a part secret and print it once'
            cand delete 'Delete a part secret'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;part;secret;help;list'= {
        }
        &'viamctl;part;secret;help;create'= {
        }
        &'viamctl;part;secret;help;delete'= {
        }
        &'viamctl;part;secret;help;help'= {
        }
        &'viamctl;part;config'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand edit 'Open a part''s config in `$VISUAL` or `$EDITOR` and send it if it changed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;part;config;edit'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --force 'Overwrite even if the part changed while it was being edited'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;part;config;help'= {
            cand edit 'Open a part''s config in `$VISUAL` or `$EDITOR` and send it if it changed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;part;config;help;edit'= {
        }
        &'viamctl;part;config;help;help'= {
        }
        &'viamctl;part;help'= {
            cand list 'List the parts of a machine'
            cand get 'Show a part, or write its config to a file'
            cand get-by-name 'Show a part found by its name within a location'
            cand create 'Add a part to a machine'
            cand update 'Rename a part or replace its config'
            cand delete 'Delete a part (a main part only once it is the machine''s last)'
            cand set-main 'Make a part its machine''s main part'
            cand restart 'Ask a part to restart the next time it checks in'
            cand history 'Show a part''s config history, newest first, with who changed it and when'
            cand logs 'Show a part''s logs, oldest first; `--follow` keeps printing new entries'
            cand secret 'Create or delete part secrets'
            cand config 'Edit a part''s config'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;part;help;list'= {
        }
        &'viamctl;part;help;get'= {
        }
        &'viamctl;part;help;get-by-name'= {
        }
        &'viamctl;part;help;create'= {
        }
        &'viamctl;part;help;update'= {
        }
        &'viamctl;part;help;delete'= {
        }
        &'viamctl;part;help;set-main'= {
        }
        &'viamctl;part;help;restart'= {
        }
        &'viamctl;part;help;history'= {
        }
        &'viamctl;part;help;logs'= {
        }
        &'viamctl;part;help;secret'= {
            cand list 'Show a part''s secrets'
            cand create 'Create a part secret and print it once'
            cand delete 'Delete a part secret'
        }
        &'viamctl;part;help;secret;list'= {
        }
        &'viamctl;part;help;secret;create'= {
        }
        &'viamctl;part;help;secret;delete'= {
        }
        &'viamctl;part;help;config'= {
            cand edit 'Open a part''s config in `$VISUAL` or `$EDITOR` and send it if it changed'
        }
        &'viamctl;part;help;config;edit'= {
        }
        &'viamctl;part;help;help'= {
        }
        &'viamctl;fragment'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List fragments: by default the organization''s own'
            cand get 'Show a fragment, or write its config to a file'
            cand create 'Create a fragment'
            cand update 'Change a fragment''s name, config or visibility; only what is given changes'
            cand delete 'Delete a fragment that no part uses'
            cand history 'Show a fragment''s edit history, newest first'
            cand usage 'Show which fragments a machine uses, or which fragments a fragment nests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;fragment;list'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --public 'List only public fragments, from every organization'
            cand --all 'List the organization''s own fragments and every public one'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;fragment;get'= {
            cand --version 'Revision or tag to show (default: the latest)'
            cand --config-out 'Write the fragment''s config as JSON to FILE (atomically) instead of showing it'
            cand --indent 'Spaces per indentation level in `--config-out`'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'viamctl;fragment;create'= {
            cand --config 'Config: a JSON file, or `-` for stdin (default: empty)'
            cand --visibility 'Who may see it'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;fragment;update'= {
            cand --name 'New name'
            cand --config 'New config: a JSON file, or `-` for stdin. The output of `fragment get -o json` is accepted too: its config is used and its `last_updated` guards the write'
            cand --visibility 'Who may see it'
            cand --if-unchanged-since 'Fail with exit code 5 if the fragment changed after this time (RFC 3339)'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;fragment;delete'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;fragment;history'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;fragment;usage'= {
            cand -m 'Machine ID or name whose fragments to list'
            cand --machine 'Machine ID or name whose fragments to list'
            cand --fragment 'Fragment ID or name whose nested fragments to list'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;fragment;help'= {
            cand list 'List fragments: by default the organization''s own'
            cand get 'Show a fragment, or write its config to a file'
            cand create 'Create a fragment'
            cand update 'Change a fragment''s name, config or visibility; only what is given changes'
            cand delete 'Delete a fragment that no part uses'
            cand history 'Show a fragment''s edit history, newest first'
            cand usage 'Show which fragments a machine uses, or which fragments a fragment nests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;fragment;help;list'= {
        }
        &'viamctl;fragment;help;get'= {
        }
        &'viamctl;fragment;help;create'= {
        }
        &'viamctl;fragment;help;update'= {
        }
        &'viamctl;fragment;help;delete'= {
        }
        &'viamctl;fragment;help;history'= {
        }
        &'viamctl;fragment;help;usage'= {
        }
        &'viamctl;fragment;help;help'= {
        }
        &'viamctl;module'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a module in the organization and print its ID'
            cand update 'Change a module''s metadata, from flags or a `meta.json`; flags win over the file'
            cand upload 'Upload a version of a module for one platform'
            cand get 'Show a module with its versions, platforms and models'
            cand list 'List the modules the organization can see'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;module;create'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;module;update'= {
            cand --meta 'Read metadata from this `meta.json`'
            cand --url 'Source or documentation URL'
            cand --description 'One-line description'
            cand --entrypoint 'Path of the executable inside uploaded archives'
            cand --visibility 'Who may see the module'
            cand --models 'JSON file with a list of `{"api": ..., "model": ...}` models'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;module;upload'= {
            cand --version 'Semantic version, e.g. `1.2.0` (a leading `v` is dropped)'
            cand --platform 'Platform as OS/ARCH, e.g. `linux/arm64` or `any`'
            cand --tag 'Platform tag such as `distro:debian` (can be repeated)'
            cand --meta 'meta.json naming the entrypoint (default: a meta.json beside FILE, if any)'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --force 'Skip the archive checks (the version and platform are still checked)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'viamctl;module;get'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;module;list'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;module;help'= {
            cand create 'Create a module in the organization and print its ID'
            cand update 'Change a module''s metadata, from flags or a `meta.json`; flags win over the file'
            cand upload 'Upload a version of a module for one platform'
            cand get 'Show a module with its versions, platforms and models'
            cand list 'List the modules the organization can see'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;module;help;create'= {
        }
        &'viamctl;module;help;update'= {
        }
        &'viamctl;module;help;upload'= {
        }
        &'viamctl;module;help;get'= {
        }
        &'viamctl;module;help;list'= {
        }
        &'viamctl;module;help;help'= {
        }
        &'viamctl;role'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Grant a role to a user or API key'
            cand remove 'Revoke a role from a user or API key'
            cand change 'Replace one role of a user or API key with another'
            cand list 'List who holds which role, optionally only on some resources'
            cand check 'Check which permissions the current key holds on a resource; exits 0 either way'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;role;add'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;role;remove'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;role;change'= {
            cand --from 'Role held now, as ROLE:TYPE:ID'
            cand --to 'Role to hold instead, as ROLE:TYPE:ID'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;role;list'= {
            cand --resource 'Only roles on this resource, as TYPE:ID (can be repeated)'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;role;check'= {
            cand --resource 'Resource to check them on, as TYPE:ID (e.g. `location:lab`)'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;role;help'= {
            cand add 'Grant a role to a user or API key'
            cand remove 'Revoke a role from a user or API key'
            cand change 'Replace one role of a user or API key with another'
            cand list 'List who holds which role, optionally only on some resources'
            cand check 'Check which permissions the current key holds on a resource; exits 0 either way'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;role;help;add'= {
        }
        &'viamctl;role;help;remove'= {
        }
        &'viamctl;role;help;change'= {
        }
        &'viamctl;role;help;list'= {
        }
        &'viamctl;role;help;check'= {
        }
        &'viamctl;role;help;help'= {
        }
        &'viamctl;key'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an API key and print it once'
            cand list 'List the organization''s API keys with their grants (never their secrets)'
            cand duplicate 'Create a new key with the same grants as an existing one'
            cand rename 'Rename an API key'
            cand rotate 'Replace a key''s secret; the old secret stops working at once'
            cand delete 'Delete an API key; tokens issued to it stop working'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;key;create'= {
            cand --name 'Name of the key'
            cand --grant 'Role of the key, as ROLE:TYPE:ID (can be repeated; default: owner of the organization)'
            cand --save-profile 'Store the new key in this profile instead of printing it'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --force 'Replace the `--save-profile` profile if it already exists'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;key;list'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;key;duplicate'= {
            cand --name 'Name of the new key'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;key;rename'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;key;rotate'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;key;delete'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --force 'Allow deleting the key this command authenticates with'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;key;help'= {
            cand create 'Create an API key and print it once'
            cand list 'List the organization''s API keys with their grants (never their secrets)'
            cand duplicate 'Create a new key with the same grants as an existing one'
            cand rename 'Rename an API key'
            cand rotate 'Replace a key''s secret; the old secret stops working at once'
            cand delete 'Delete an API key; tokens issued to it stop working'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;key;help;create'= {
        }
        &'viamctl;key;help;list'= {
        }
        &'viamctl;key;help;duplicate'= {
        }
        &'viamctl;key;help;rename'= {
        }
        &'viamctl;key;help;rotate'= {
        }
        &'viamctl;key;help;delete'= {
        }
        &'viamctl;key;help;help'= {
        }
        &'viamctl;profile'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Store an API key under a profile name; the key is read from a hidden prompt or stdin. The global `--org` and `--location` become the profile''s defaults'
            cand list 'List profiles (keys are never shown)'
            cand show 'Show a profile (the key is never shown)'
            cand use 'Make a profile the default'
            cand update 'Change a profile without contacting the API, so a revoked key can be replaced. The global `--app-url`, `--org` and `--location` replace the profile''s (an empty value removes one)'
            cand remove 'Delete a profile and its cached token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;profile;add'= {
            cand --key-id 'API key ID (a UUID)'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --key-stdin 'Read the key from stdin instead of a prompt'
            cand --force 'Replace an existing profile of the same name'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;profile;list'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;profile;show'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;profile;use'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;profile;update'= {
            cand --key-id 'New API key ID; the new key is then read from a hidden prompt or stdin'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --key-stdin 'Read a new key from stdin'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;profile;remove'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;profile;help'= {
            cand add 'Store an API key under a profile name; the key is read from a hidden prompt or stdin. The global `--org` and `--location` become the profile''s defaults'
            cand list 'List profiles (keys are never shown)'
            cand show 'Show a profile (the key is never shown)'
            cand use 'Make a profile the default'
            cand update 'Change a profile without contacting the API, so a revoked key can be replaced. The global `--app-url`, `--org` and `--location` replace the profile''s (an empty value removes one)'
            cand remove 'Delete a profile and its cached token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;profile;help;add'= {
        }
        &'viamctl;profile;help;list'= {
        }
        &'viamctl;profile;help;show'= {
        }
        &'viamctl;profile;help;use'= {
        }
        &'viamctl;profile;help;update'= {
        }
        &'viamctl;profile;help;remove'= {
        }
        &'viamctl;profile;help;help'= {
        }
        &'viamctl;emulator'= {
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the emulated Viam fleet API on a local port'
            cand accept-invite 'Accept a pending organization invite as if the invited user signed in'
            cand log 'Append log entries to a part through RobotService Log, as a machine would'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;emulator;serve'= {
            cand --listen 'Address to listen on; port 0 picks a free port'
            cand --data 'SQLite data file [default: emulator.sqlite3 in the user''s data directory, or in $VIAMCTL_DATA_DIR]'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand --demo 'Seed a demo fleet into the data file (only once per file) and run its machines, which upload log entries and act on restart requests'
            cand --allow-remote 'Allow listening on a non-loopback address, although traffic is not encrypted'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;emulator;accept-invite'= {
            cand --data 'SQLite data file [default: emulator.sqlite3 in the user''s data directory, or in $VIAMCTL_DATA_DIR]'
            cand --org 'Organization of the invite; required when the email is invited to several'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;emulator;log'= {
            cand -m 'Machine ID or name the part belongs to'
            cand --machine 'Machine ID or name the part belongs to'
            cand --level 'Level of each entry: debug, info, warn, error or fatal'
            cand --logger 'Logger name of each entry'
            cand --host 'Host name of each entry'
            cand --count 'Number of entries to append; their times are one microsecond apart'
            cand --time 'Time of the first entry, in RFC 3339 such as 2026-12-04T09:15:02Z [default: now]'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;emulator;help'= {
            cand serve 'Serve the emulated Viam fleet API on a local port'
            cand accept-invite 'Accept a pending organization invite as if the invited user signed in'
            cand log 'Append log entries to a part through RobotService Log, as a machine would'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;emulator;help;serve'= {
        }
        &'viamctl;emulator;help;accept-invite'= {
        }
        &'viamctl;emulator;help;log'= {
        }
        &'viamctl;emulator;help;help'= {
        }
        &'viamctl;completion'= {
            cand --write-docs 'Write every completion script to DIR/completions and the man pages to DIR/man'
            cand --profile 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)'
            cand --org 'Organization ID or name (default: the profile''s, else the only one the key can see)'
            cand --location 'Location ID or name (default: the profile''s)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to colour output; `auto` honours `NO_COLOR`'
            cand --timeout 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)'
            cand --app-url 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)'
            cand -v 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --verbose 'Log each request (method, status, latency) to stderr; repeat for more detail'
            cand --local 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'viamctl;help'= {
            cand org 'Manage organizations, their members and invites'
            cand location 'Manage locations and their secrets'
            cand machine 'Manage machines'
            cand part 'Manage machine parts, their configs, secrets and logs'
            cand fragment 'Manage fragments: configuration shared by machines'
            cand module 'Manage registry modules and upload their versions'
            cand role 'Grant, revoke, list and check roles'
            cand key 'Manage API keys'
            cand profile 'Manage the stored credentials (never contacts the API)'
            cand emulator 'Run a local emulator of the fleet API'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'viamctl;help;org'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show one organization'
            cand create 'Create an organization; the caller becomes its owner'
            cand update 'Change an organization''s name, namespace, region or CID; only the flags given are sent'
            cand delete 'Delete an organization and everything in it'
            cand namespace-available 'Check whether a public namespace is free; exits 0 when it is and 1 when it is taken'
            cand member 'Manage the members of an organization'
            cand invite 'Manage invitations to an organization'
        }
        &'viamctl;help;org;list'= {
        }
        &'viamctl;help;org;get'= {
        }
        &'viamctl;help;org;create'= {
        }
        &'viamctl;help;org;update'= {
        }
        &'viamctl;help;org;delete'= {
        }
        &'viamctl;help;org;namespace-available'= {
        }
        &'viamctl;help;org;member'= {
            cand list 'List members and pending invites'
            cand remove 'Remove a member from the organization'
        }
        &'viamctl;help;org;member;list'= {
        }
        &'viamctl;help;org;member;remove'= {
        }
        &'viamctl;help;org;invite'= {
            cand create 'Invite someone to the organization by email'
            cand update 'Add or remove roles of a pending invite'
            cand delete 'Withdraw a pending invite'
            cand resend 'Send the invite email again'
        }
        &'viamctl;help;org;invite;create'= {
        }
        &'viamctl;help;org;invite;update'= {
        }
        &'viamctl;help;org;invite;delete'= {
        }
        &'viamctl;help;org;invite;resend'= {
        }
        &'viamctl;help;location'= {
            cand list 'List the organization''s locations, children under their parents'
            cand get 'Show one location (secrets are shown only by `location secrets`)'
            cand create 'Create a location, optionally inside another one'
            cand update 'Rename a location or move it under another one'
            cand delete 'Delete an empty location (one with no machines and no child locations)'
            cand secrets 'Show a location''s secrets'
            cand secret 'Create or delete location secrets'
        }
        &'viamctl;help;location;list'= {
        }
        &'viamctl;help;location;get'= {
        }
        &'viamctl;help;location;create'= {
        }
        &'viamctl;help;location;update'= {
        }
        &'viamctl;help;location;delete'= {
        }
        &'viamctl;help;location;secrets'= {
        }
        &'viamctl;help;location;secret'= {
            cand create 'Create a new location secret and print it'
            cand delete 'Delete a location secret'
        }
        &'viamctl;help;location;secret;create'= {
        }
        &'viamctl;help;location;secret;delete'= {
        }
        &'viamctl;help;machine'= {
            cand list 'List machines in `--location` (default: the profile''s), or in the whole organization'
            cand get 'Show a machine with its parts and online state (part secrets are not shown)'
            cand create 'Create a machine in `--location`; it gets a main part named `<machine>-main`'
            cand update 'Rename a machine'
            cand delete 'Delete a machine and all its parts'
        }
        &'viamctl;help;machine;list'= {
        }
        &'viamctl;help;machine;get'= {
        }
        &'viamctl;help;machine;create'= {
        }
        &'viamctl;help;machine;update'= {
        }
        &'viamctl;help;machine;delete'= {
        }
        &'viamctl;help;part'= {
            cand list 'List the parts of a machine'
            cand get 'Show a part, or write its config to a file'
            cand get-by-name 'Show a part found by its name within a location'
            cand create 'Add a part to a machine'
            cand update 'Rename a part or replace its config'
            cand delete 'Delete a part (a main part only once it is the machine''s last)'
            cand set-main 'Make a part its machine''s main part'
            cand restart 'Ask a part to restart the next time it checks in'
            cand history 'Show a part''s config history, newest first, with who changed it and when'
            cand logs 'Show a part''s logs, oldest first; `--follow` keeps printing new entries'
            cand secret 'Create or delete part secrets'
            cand config 'Edit a part''s config'
        }
        &'viamctl;help;part;list'= {
        }
        &'viamctl;help;part;get'= {
        }
        &'viamctl;help;part;get-by-name'= {
        }
        &'viamctl;help;part;create'= {
        }
        &'viamctl;help;part;update'= {
        }
        &'viamctl;help;part;delete'= {
        }
        &'viamctl;help;part;set-main'= {
        }
        &'viamctl;help;part;restart'= {
        }
        &'viamctl;help;part;history'= {
        }
        &'viamctl;help;part;logs'= {
        }
        &'viamctl;help;part;secret'= {
            cand list 'Show a part''s secrets'
            cand create 'Create a part secret and print it once'
            cand delete 'Delete a part secret'
        }
        &'viamctl;help;part;secret;list'= {
        }
        &'viamctl;help;part;secret;create'= {
        }
        &'viamctl;help;part;secret;delete'= {
        }
        &'viamctl;help;part;config'= {
            cand edit 'Open a part''s config in `$VISUAL` or `$EDITOR` and send it if it changed'
        }
        &'viamctl;help;part;config;edit'= {
        }
        &'viamctl;help;fragment'= {
            cand list 'List fragments: by default the organization''s own'
            cand get 'Show a fragment, or write its config to a file'
            cand create 'Create a fragment'
            cand update 'Change a fragment''s name, config or visibility; only what is given changes'
            cand delete 'Delete a fragment that no part uses'
            cand history 'Show a fragment''s edit history, newest first'
            cand usage 'Show which fragments a machine uses, or which fragments a fragment nests'
        }
        &'viamctl;help;fragment;list'= {
        }
        &'viamctl;help;fragment;get'= {
        }
        &'viamctl;help;fragment;create'= {
        }
        &'viamctl;help;fragment;update'= {
        }
        &'viamctl;help;fragment;delete'= {
        }
        &'viamctl;help;fragment;history'= {
        }
        &'viamctl;help;fragment;usage'= {
        }
        &'viamctl;help;module'= {
            cand create 'Create a module in the organization and print its ID'
            cand update 'Change a module''s metadata, from flags or a `meta.json`; flags win over the file'
            cand upload 'Upload a version of a module for one platform'
            cand get 'Show a module with its versions, platforms and models'
            cand list 'List the modules the organization can see'
        }
        &'viamctl;help;module;create'= {
        }
        &'viamctl;help;module;update'= {
        }
        &'viamctl;help;module;upload'= {
        }
        &'viamctl;help;module;get'= {
        }
        &'viamctl;help;module;list'= {
        }
        &'viamctl;help;role'= {
            cand add 'Grant a role to a user or API key'
            cand remove 'Revoke a role from a user or API key'
            cand change 'Replace one role of a user or API key with another'
            cand list 'List who holds which role, optionally only on some resources'
            cand check 'Check which permissions the current key holds on a resource; exits 0 either way'
        }
        &'viamctl;help;role;add'= {
        }
        &'viamctl;help;role;remove'= {
        }
        &'viamctl;help;role;change'= {
        }
        &'viamctl;help;role;list'= {
        }
        &'viamctl;help;role;check'= {
        }
        &'viamctl;help;key'= {
            cand create 'Create an API key and print it once'
            cand list 'List the organization''s API keys with their grants (never their secrets)'
            cand duplicate 'Create a new key with the same grants as an existing one'
            cand rename 'Rename an API key'
            cand rotate 'Replace a key''s secret; the old secret stops working at once'
            cand delete 'Delete an API key; tokens issued to it stop working'
        }
        &'viamctl;help;key;create'= {
        }
        &'viamctl;help;key;list'= {
        }
        &'viamctl;help;key;duplicate'= {
        }
        &'viamctl;help;key;rename'= {
        }
        &'viamctl;help;key;rotate'= {
        }
        &'viamctl;help;key;delete'= {
        }
        &'viamctl;help;profile'= {
            cand add 'Store an API key under a profile name; the key is read from a hidden prompt or stdin. The global `--org` and `--location` become the profile''s defaults'
            cand list 'List profiles (keys are never shown)'
            cand show 'Show a profile (the key is never shown)'
            cand use 'Make a profile the default'
            cand update 'Change a profile without contacting the API, so a revoked key can be replaced. The global `--app-url`, `--org` and `--location` replace the profile''s (an empty value removes one)'
            cand remove 'Delete a profile and its cached token'
        }
        &'viamctl;help;profile;add'= {
        }
        &'viamctl;help;profile;list'= {
        }
        &'viamctl;help;profile;show'= {
        }
        &'viamctl;help;profile;use'= {
        }
        &'viamctl;help;profile;update'= {
        }
        &'viamctl;help;profile;remove'= {
        }
        &'viamctl;help;emulator'= {
            cand serve 'Serve the emulated Viam fleet API on a local port'
            cand accept-invite 'Accept a pending organization invite as if the invited user signed in'
            cand log 'Append log entries to a part through RobotService Log, as a machine would'
        }
        &'viamctl;help;emulator;serve'= {
        }
        &'viamctl;help;emulator;accept-invite'= {
        }
        &'viamctl;help;emulator;log'= {
        }
        &'viamctl;help;completion'= {
        }
        &'viamctl;help;help'= {
        }
    ]
    $completions[$command]
}
