
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'viamctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'viamctl'
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
        'viamctl' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage organizations, their members and invites')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Manage locations and their secrets')
            [CompletionResult]::new('machine', 'machine', [CompletionResultType]::ParameterValue, 'Manage machines')
            [CompletionResult]::new('part', 'part', [CompletionResultType]::ParameterValue, 'Manage machine parts, their configs, secrets and logs')
            [CompletionResult]::new('fragment', 'fragment', [CompletionResultType]::ParameterValue, 'Manage fragments: configuration shared by machines')
            [CompletionResult]::new('module', 'module', [CompletionResultType]::ParameterValue, 'Manage registry modules and upload their versions')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Grant, revoke, list and check roles')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Manage API keys')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage the stored credentials (never contacts the API)')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run a local emulator of the fleet API')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;org' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organizations the API key can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization; the caller becomes its owner')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an organization''s name, namespace, region or CID; only the flags given are sent')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organization and everything in it')
            [CompletionResult]::new('namespace-available', 'namespace-available', [CompletionResultType]::ParameterValue, 'Check whether a public namespace is free; exits 0 when it is and 1 when it is taken')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Manage the members of an organization')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Manage invitations to an organization')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;org;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Public namespace; it can be set only once')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region')
            [CompletionResult]::new('--cid', '--cid', [CompletionResultType]::ParameterName, 'Customer ID used for billing')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;namespace-available' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;member' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members and pending invites')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;org;member;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;member;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;member;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members and pending invites')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;org;member;help;list' {
            break
        }
        'viamctl;org;member;help;remove' {
            break
        }
        'viamctl;org;member;help;help' {
            break
        }
        'viamctl;org;invite' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization by email')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add or remove roles of a pending invite')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw a pending invite')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send the invite email again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;org;invite;create' {
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Role to grant, as ROLE:TYPE:ID (can be repeated; default: owner of the organization)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--no-email', '--no-email', [CompletionResultType]::ParameterName, 'Create the invite without sending an email')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;invite;update' {
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Role to add, as ROLE:TYPE:ID (can be repeated)')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Role to remove, as ROLE:TYPE:ID (can be repeated)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;invite;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;invite;resend' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;org;invite;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization by email')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add or remove roles of a pending invite')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw a pending invite')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send the invite email again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;org;invite;help;create' {
            break
        }
        'viamctl;org;invite;help;update' {
            break
        }
        'viamctl;org;invite;help;delete' {
            break
        }
        'viamctl;org;invite;help;resend' {
            break
        }
        'viamctl;org;invite;help;help' {
            break
        }
        'viamctl;org;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organizations the API key can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization; the caller becomes its owner')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an organization''s name, namespace, region or CID; only the flags given are sent')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organization and everything in it')
            [CompletionResult]::new('namespace-available', 'namespace-available', [CompletionResultType]::ParameterValue, 'Check whether a public namespace is free; exits 0 when it is and 1 when it is taken')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Manage the members of an organization')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Manage invitations to an organization')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;org;help;list' {
            break
        }
        'viamctl;org;help;get' {
            break
        }
        'viamctl;org;help;create' {
            break
        }
        'viamctl;org;help;update' {
            break
        }
        'viamctl;org;help;delete' {
            break
        }
        'viamctl;org;help;namespace-available' {
            break
        }
        'viamctl;org;help;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members and pending invites')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            break
        }
        'viamctl;org;help;member;list' {
            break
        }
        'viamctl;org;help;member;remove' {
            break
        }
        'viamctl;org;help;invite' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization by email')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add or remove roles of a pending invite')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw a pending invite')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send the invite email again')
            break
        }
        'viamctl;org;help;invite;create' {
            break
        }
        'viamctl;org;help;invite;update' {
            break
        }
        'viamctl;org;help;invite;delete' {
            break
        }
        'viamctl;org;help;invite;resend' {
            break
        }
        'viamctl;org;help;help' {
            break
        }
        'viamctl;location' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s locations, children under their parents')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one location (secrets are shown only by `location secrets`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a location, optionally inside another one')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a location or move it under another one')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an empty location (one with no machines and no child locations)')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Show a location''s secrets')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or delete location secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;location;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;location;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;location;create' {
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Parent location ID or name')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;location;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'New parent location ID or name')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--top-level', '--top-level', [CompletionResultType]::ParameterName, 'Move the location to the top level')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;location;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;location;secrets' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;location;secret' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new location secret and print it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a location secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;location;secret;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;location;secret;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;location;secret;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new location secret and print it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a location secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;location;secret;help;create' {
            break
        }
        'viamctl;location;secret;help;delete' {
            break
        }
        'viamctl;location;secret;help;help' {
            break
        }
        'viamctl;location;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s locations, children under their parents')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one location (secrets are shown only by `location secrets`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a location, optionally inside another one')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a location or move it under another one')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an empty location (one with no machines and no child locations)')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Show a location''s secrets')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or delete location secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;location;help;list' {
            break
        }
        'viamctl;location;help;get' {
            break
        }
        'viamctl;location;help;create' {
            break
        }
        'viamctl;location;help;update' {
            break
        }
        'viamctl;location;help;delete' {
            break
        }
        'viamctl;location;help;secrets' {
            break
        }
        'viamctl;location;help;secret' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new location secret and print it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a location secret')
            break
        }
        'viamctl;location;help;secret;create' {
            break
        }
        'viamctl;location;help;secret;delete' {
            break
        }
        'viamctl;location;help;help' {
            break
        }
        'viamctl;machine' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List machines in `--location` (default: the profile''s), or in the whole organization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a machine with its parts and online state (part secrets are not shown)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a machine in `--location`; it gets a main part named `<machine>-main`')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a machine')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a machine and all its parts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;machine;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every location of the organization, ignoring the profile''s default location')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;machine;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;machine;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;machine;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;machine;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;machine;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List machines in `--location` (default: the profile''s), or in the whole organization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a machine with its parts and online state (part secrets are not shown)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a machine in `--location`; it gets a main part named `<machine>-main`')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a machine')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a machine and all its parts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;machine;help;list' {
            break
        }
        'viamctl;machine;help;get' {
            break
        }
        'viamctl;machine;help;create' {
            break
        }
        'viamctl;machine;help;update' {
            break
        }
        'viamctl;machine;help;delete' {
            break
        }
        'viamctl;machine;help;help' {
            break
        }
        'viamctl;part' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the parts of a machine')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a part, or write its config to a file')
            [CompletionResult]::new('get-by-name', 'get-by-name', [CompletionResultType]::ParameterValue, 'Show a part found by its name within a location')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a part to a machine')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a part or replace its config')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a part (a main part only once it is the machine''s last)')
            [CompletionResult]::new('set-main', 'set-main', [CompletionResultType]::ParameterValue, 'Make a part its machine''s main part')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Ask a part to restart the next time it checks in')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a part''s config history, newest first, with who changed it and when')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Show a part''s logs, oldest first; `--follow` keeps printing new entries')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or delete part secrets')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Edit a part''s config')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;part;list' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;get' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--config-out', '--config-out', [CompletionResultType]::ParameterName, 'Write the part''s config as JSON to FILE (atomically) instead of showing the part')
            [CompletionResult]::new('--indent', '--indent', [CompletionResultType]::ParameterName, 'Spaces per indentation level in `--config-out`')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;get-by-name' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;create' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;update' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'New config: a JSON file, or `-` for stdin')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite even if the part changed since it was read')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;delete' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;set-main' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;restart' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;history' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;logs' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Number of most recent entries to show; 0 shows all [default: 100, or 10 with --follow]')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Number of most recent entries to show; 0 shows all [default: 100, or 10 with --follow]')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Show only this level, e.g. `error` or `warn` (can be repeated)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Show only entries whose message contains TEXT')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Show entries at or after T: RFC 3339, or a duration ago such as `10m`')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Show entries before T: RFC 3339, or a duration ago such as `10m`')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--errors-only', '--errors-only', [CompletionResultType]::ParameterName, 'Show only errors')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing new entries as they arrive (Ctrl-C to stop)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new entries as they arrive (Ctrl-C to stop)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;secret' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a part''s secrets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a part secret and print it once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a part secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;part;secret;list' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;secret;create' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;secret;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;secret;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a part''s secrets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a part secret and print it once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a part secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;part;secret;help;list' {
            break
        }
        'viamctl;part;secret;help;create' {
            break
        }
        'viamctl;part;secret;help;delete' {
            break
        }
        'viamctl;part;secret;help;help' {
            break
        }
        'viamctl;part;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a part''s config in `$VISUAL` or `$EDITOR` and send it if it changed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;part;config;edit' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite even if the part changed while it was being edited')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;part;config;help' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a part''s config in `$VISUAL` or `$EDITOR` and send it if it changed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;part;config;help;edit' {
            break
        }
        'viamctl;part;config;help;help' {
            break
        }
        'viamctl;part;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the parts of a machine')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a part, or write its config to a file')
            [CompletionResult]::new('get-by-name', 'get-by-name', [CompletionResultType]::ParameterValue, 'Show a part found by its name within a location')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a part to a machine')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a part or replace its config')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a part (a main part only once it is the machine''s last)')
            [CompletionResult]::new('set-main', 'set-main', [CompletionResultType]::ParameterValue, 'Make a part its machine''s main part')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Ask a part to restart the next time it checks in')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a part''s config history, newest first, with who changed it and when')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Show a part''s logs, oldest first; `--follow` keeps printing new entries')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or delete part secrets')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Edit a part''s config')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;part;help;list' {
            break
        }
        'viamctl;part;help;get' {
            break
        }
        'viamctl;part;help;get-by-name' {
            break
        }
        'viamctl;part;help;create' {
            break
        }
        'viamctl;part;help;update' {
            break
        }
        'viamctl;part;help;delete' {
            break
        }
        'viamctl;part;help;set-main' {
            break
        }
        'viamctl;part;help;restart' {
            break
        }
        'viamctl;part;help;history' {
            break
        }
        'viamctl;part;help;logs' {
            break
        }
        'viamctl;part;help;secret' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a part''s secrets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a part secret and print it once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a part secret')
            break
        }
        'viamctl;part;help;secret;list' {
            break
        }
        'viamctl;part;help;secret;create' {
            break
        }
        'viamctl;part;help;secret;delete' {
            break
        }
        'viamctl;part;help;config' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a part''s config in `$VISUAL` or `$EDITOR` and send it if it changed')
            break
        }
        'viamctl;part;help;config;edit' {
            break
        }
        'viamctl;part;help;help' {
            break
        }
        'viamctl;fragment' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List fragments: by default the organization''s own')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a fragment, or write its config to a file')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a fragment')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a fragment''s name, config or visibility; only what is given changes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a fragment that no part uses')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a fragment''s edit history, newest first')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Show which fragments a machine uses, or which fragments a fragment nests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;fragment;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'List only public fragments, from every organization')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List the organization''s own fragments and every public one')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;fragment;get' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Revision or tag to show (default: the latest)')
            [CompletionResult]::new('--config-out', '--config-out', [CompletionResultType]::ParameterName, 'Write the fragment''s config as JSON to FILE (atomically) instead of showing it')
            [CompletionResult]::new('--indent', '--indent', [CompletionResultType]::ParameterName, 'Spaces per indentation level in `--config-out`')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'viamctl;fragment;create' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config: a JSON file, or `-` for stdin (default: empty)')
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, 'Who may see it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;fragment;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'New config: a JSON file, or `-` for stdin. The output of `fragment get -o json` is accepted too: its config is used and its `last_updated` guards the write')
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, 'Who may see it')
            [CompletionResult]::new('--if-unchanged-since', '--if-unchanged-since', [CompletionResultType]::ParameterName, 'Fail with exit code 5 if the fragment changed after this time (RFC 3339)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;fragment;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;fragment;history' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;fragment;usage' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name whose fragments to list')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name whose fragments to list')
            [CompletionResult]::new('--fragment', '--fragment', [CompletionResultType]::ParameterName, 'Fragment ID or name whose nested fragments to list')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;fragment;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List fragments: by default the organization''s own')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a fragment, or write its config to a file')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a fragment')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a fragment''s name, config or visibility; only what is given changes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a fragment that no part uses')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a fragment''s edit history, newest first')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Show which fragments a machine uses, or which fragments a fragment nests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;fragment;help;list' {
            break
        }
        'viamctl;fragment;help;get' {
            break
        }
        'viamctl;fragment;help;create' {
            break
        }
        'viamctl;fragment;help;update' {
            break
        }
        'viamctl;fragment;help;delete' {
            break
        }
        'viamctl;fragment;help;history' {
            break
        }
        'viamctl;fragment;help;usage' {
            break
        }
        'viamctl;fragment;help;help' {
            break
        }
        'viamctl;module' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a module in the organization and print its ID')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a module''s metadata, from flags or a `meta.json`; flags win over the file')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a version of a module for one platform')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a module with its versions, platforms and models')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the modules the organization can see')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;module;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;module;update' {
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'Read metadata from this `meta.json`')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Source or documentation URL')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'One-line description')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Path of the executable inside uploaded archives')
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, 'Who may see the module')
            [CompletionResult]::new('--models', '--models', [CompletionResultType]::ParameterName, 'JSON file with a list of `{"api": ..., "model": ...}` models')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;module;upload' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Semantic version, e.g. `1.2.0` (a leading `v` is dropped)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform as OS/ARCH, e.g. `linux/arm64` or `any`')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Platform tag such as `distro:debian` (can be repeated)')
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'meta.json naming the entrypoint (default: a meta.json beside FILE, if any)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Skip the archive checks (the version and platform are still checked)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'viamctl;module;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;module;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;module;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a module in the organization and print its ID')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a module''s metadata, from flags or a `meta.json`; flags win over the file')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a version of a module for one platform')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a module with its versions, platforms and models')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the modules the organization can see')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;module;help;create' {
            break
        }
        'viamctl;module;help;update' {
            break
        }
        'viamctl;module;help;upload' {
            break
        }
        'viamctl;module;help;get' {
            break
        }
        'viamctl;module;help;list' {
            break
        }
        'viamctl;module;help;help' {
            break
        }
        'viamctl;role' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant a role to a user or API key')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Revoke a role from a user or API key')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Replace one role of a user or API key with another')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List who holds which role, optionally only on some resources')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check which permissions the current key holds on a resource; exits 0 either way')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;role;add' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;role;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;role;change' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Role held now, as ROLE:TYPE:ID')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Role to hold instead, as ROLE:TYPE:ID')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;role;list' {
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Only roles on this resource, as TYPE:ID (can be repeated)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;role;check' {
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to check them on, as TYPE:ID (e.g. `location:lab`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;role;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant a role to a user or API key')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Revoke a role from a user or API key')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Replace one role of a user or API key with another')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List who holds which role, optionally only on some resources')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check which permissions the current key holds on a resource; exits 0 either way')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;role;help;add' {
            break
        }
        'viamctl;role;help;remove' {
            break
        }
        'viamctl;role;help;change' {
            break
        }
        'viamctl;role;help;list' {
            break
        }
        'viamctl;role;help;check' {
            break
        }
        'viamctl;role;help;help' {
            break
        }
        'viamctl;key' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print it once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s API keys with their grants (never their secrets)')
            [CompletionResult]::new('duplicate', 'duplicate', [CompletionResultType]::ParameterValue, 'Create a new key with the same grants as an existing one')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an API key')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a key''s secret; the old secret stops working at once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key; tokens issued to it stop working')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;key;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the key')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Role of the key, as ROLE:TYPE:ID (can be repeated; default: owner of the organization)')
            [CompletionResult]::new('--save-profile', '--save-profile', [CompletionResultType]::ParameterName, 'Store the new key in this profile instead of printing it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the `--save-profile` profile if it already exists')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;key;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;key;duplicate' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the new key')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;key;rename' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;key;rotate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;key;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow deleting the key this command authenticates with')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;key;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print it once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s API keys with their grants (never their secrets)')
            [CompletionResult]::new('duplicate', 'duplicate', [CompletionResultType]::ParameterValue, 'Create a new key with the same grants as an existing one')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an API key')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a key''s secret; the old secret stops working at once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key; tokens issued to it stop working')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;key;help;create' {
            break
        }
        'viamctl;key;help;list' {
            break
        }
        'viamctl;key;help;duplicate' {
            break
        }
        'viamctl;key;help;rename' {
            break
        }
        'viamctl;key;help;rotate' {
            break
        }
        'viamctl;key;help;delete' {
            break
        }
        'viamctl;key;help;help' {
            break
        }
        'viamctl;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store an API key under a profile name; the key is read from a hidden prompt or stdin. The global `--org` and `--location` become the profile''s defaults')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (keys are never shown)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the key is never shown)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a profile without contacting the API, so a revoked key can be replaced. The global `--app-url`, `--org` and `--location` replace the profile''s (an empty value removes one)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile and its cached token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;profile;add' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'API key ID (a UUID)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the key from stdin instead of a prompt')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing profile of the same name')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;profile;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;profile;update' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'New API key ID; the new key is then read from a hidden prompt or stdin')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read a new key from stdin')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;profile;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store an API key under a profile name; the key is read from a hidden prompt or stdin. The global `--org` and `--location` become the profile''s defaults')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (keys are never shown)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the key is never shown)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a profile without contacting the API, so a revoked key can be replaced. The global `--app-url`, `--org` and `--location` replace the profile''s (an empty value removes one)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile and its cached token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;profile;help;add' {
            break
        }
        'viamctl;profile;help;list' {
            break
        }
        'viamctl;profile;help;show' {
            break
        }
        'viamctl;profile;help;use' {
            break
        }
        'viamctl;profile;help;update' {
            break
        }
        'viamctl;profile;help;remove' {
            break
        }
        'viamctl;profile;help;help' {
            break
        }
        'viamctl;emulator' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the emulated Viam fleet API on a local port')
            [CompletionResult]::new('accept-invite', 'accept-invite', [CompletionResultType]::ParameterValue, 'Accept a pending organization invite as if the invited user signed in')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Append log entries to a part through RobotService Log, as a machine would')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;emulator;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on; port 0 picks a free port')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'SQLite data file [default: emulator.sqlite3 in the user''s data directory, or in $VIAMCTL_DATA_DIR]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Seed a demo fleet into the data file (only once per file) and run its machines, which upload log entries and act on restart requests')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Allow listening on a non-loopback address, although traffic is not encrypted')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;emulator;accept-invite' {
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'SQLite data file [default: emulator.sqlite3 in the user''s data directory, or in $VIAMCTL_DATA_DIR]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization of the invite; required when the email is invited to several')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;emulator;log' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Machine ID or name the part belongs to')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Level of each entry: debug, info, warn, error or fatal')
            [CompletionResult]::new('--logger', '--logger', [CompletionResultType]::ParameterName, 'Logger name of each entry')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Host name of each entry')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Number of entries to append; their times are one microsecond apart')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Time of the first entry, in RFC 3339 such as 2026-12-04T09:15:02Z [default: now]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;emulator;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the emulated Viam fleet API on a local port')
            [CompletionResult]::new('accept-invite', 'accept-invite', [CompletionResultType]::ParameterValue, 'Accept a pending organization invite as if the invited user signed in')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Append log entries to a part through RobotService Log, as a machine would')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;emulator;help;serve' {
            break
        }
        'viamctl;emulator;help;accept-invite' {
            break
        }
        'viamctl;emulator;help;log' {
            break
        }
        'viamctl;emulator;help;help' {
            break
        }
        'viamctl;completion' {
            [CompletionResult]::new('--write-docs', '--write-docs', [CompletionResultType]::ParameterName, 'Write every completion script to DIR/completions and the man pages to DIR/man')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID or name (default: the profile''s, else the only one the key can see)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location ID or name (default: the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output; `auto` honours `NO_COLOR`')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)')
            [CompletionResult]::new('--app-url', '--app-url', [CompletionResultType]::ParameterName, 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile''s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, status, latency) to stderr; repeat for more detail')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'viamctl;help' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage organizations, their members and invites')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Manage locations and their secrets')
            [CompletionResult]::new('machine', 'machine', [CompletionResultType]::ParameterValue, 'Manage machines')
            [CompletionResult]::new('part', 'part', [CompletionResultType]::ParameterValue, 'Manage machine parts, their configs, secrets and logs')
            [CompletionResult]::new('fragment', 'fragment', [CompletionResultType]::ParameterValue, 'Manage fragments: configuration shared by machines')
            [CompletionResult]::new('module', 'module', [CompletionResultType]::ParameterValue, 'Manage registry modules and upload their versions')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Grant, revoke, list and check roles')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Manage API keys')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage the stored credentials (never contacts the API)')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run a local emulator of the fleet API')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'viamctl;help;org' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organizations the API key can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization; the caller becomes its owner')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an organization''s name, namespace, region or CID; only the flags given are sent')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organization and everything in it')
            [CompletionResult]::new('namespace-available', 'namespace-available', [CompletionResultType]::ParameterValue, 'Check whether a public namespace is free; exits 0 when it is and 1 when it is taken')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Manage the members of an organization')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Manage invitations to an organization')
            break
        }
        'viamctl;help;org;list' {
            break
        }
        'viamctl;help;org;get' {
            break
        }
        'viamctl;help;org;create' {
            break
        }
        'viamctl;help;org;update' {
            break
        }
        'viamctl;help;org;delete' {
            break
        }
        'viamctl;help;org;namespace-available' {
            break
        }
        'viamctl;help;org;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members and pending invites')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            break
        }
        'viamctl;help;org;member;list' {
            break
        }
        'viamctl;help;org;member;remove' {
            break
        }
        'viamctl;help;org;invite' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization by email')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add or remove roles of a pending invite')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw a pending invite')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send the invite email again')
            break
        }
        'viamctl;help;org;invite;create' {
            break
        }
        'viamctl;help;org;invite;update' {
            break
        }
        'viamctl;help;org;invite;delete' {
            break
        }
        'viamctl;help;org;invite;resend' {
            break
        }
        'viamctl;help;location' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s locations, children under their parents')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one location (secrets are shown only by `location secrets`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a location, optionally inside another one')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a location or move it under another one')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an empty location (one with no machines and no child locations)')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Show a location''s secrets')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or delete location secrets')
            break
        }
        'viamctl;help;location;list' {
            break
        }
        'viamctl;help;location;get' {
            break
        }
        'viamctl;help;location;create' {
            break
        }
        'viamctl;help;location;update' {
            break
        }
        'viamctl;help;location;delete' {
            break
        }
        'viamctl;help;location;secrets' {
            break
        }
        'viamctl;help;location;secret' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new location secret and print it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a location secret')
            break
        }
        'viamctl;help;location;secret;create' {
            break
        }
        'viamctl;help;location;secret;delete' {
            break
        }
        'viamctl;help;machine' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List machines in `--location` (default: the profile''s), or in the whole organization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a machine with its parts and online state (part secrets are not shown)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a machine in `--location`; it gets a main part named `<machine>-main`')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a machine')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a machine and all its parts')
            break
        }
        'viamctl;help;machine;list' {
            break
        }
        'viamctl;help;machine;get' {
            break
        }
        'viamctl;help;machine;create' {
            break
        }
        'viamctl;help;machine;update' {
            break
        }
        'viamctl;help;machine;delete' {
            break
        }
        'viamctl;help;part' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the parts of a machine')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a part, or write its config to a file')
            [CompletionResult]::new('get-by-name', 'get-by-name', [CompletionResultType]::ParameterValue, 'Show a part found by its name within a location')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a part to a machine')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a part or replace its config')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a part (a main part only once it is the machine''s last)')
            [CompletionResult]::new('set-main', 'set-main', [CompletionResultType]::ParameterValue, 'Make a part its machine''s main part')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Ask a part to restart the next time it checks in')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a part''s config history, newest first, with who changed it and when')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Show a part''s logs, oldest first; `--follow` keeps printing new entries')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or delete part secrets')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Edit a part''s config')
            break
        }
        'viamctl;help;part;list' {
            break
        }
        'viamctl;help;part;get' {
            break
        }
        'viamctl;help;part;get-by-name' {
            break
        }
        'viamctl;help;part;create' {
            break
        }
        'viamctl;help;part;update' {
            break
        }
        'viamctl;help;part;delete' {
            break
        }
        'viamctl;help;part;set-main' {
            break
        }
        'viamctl;help;part;restart' {
            break
        }
        'viamctl;help;part;history' {
            break
        }
        'viamctl;help;part;logs' {
            break
        }
        'viamctl;help;part;secret' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show a part''s secrets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a part secret and print it once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a part secret')
            break
        }
        'viamctl;help;part;secret;list' {
            break
        }
        'viamctl;help;part;secret;create' {
            break
        }
        'viamctl;help;part;secret;delete' {
            break
        }
        'viamctl;help;part;config' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a part''s config in `$VISUAL` or `$EDITOR` and send it if it changed')
            break
        }
        'viamctl;help;part;config;edit' {
            break
        }
        'viamctl;help;fragment' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List fragments: by default the organization''s own')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a fragment, or write its config to a file')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a fragment')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a fragment''s name, config or visibility; only what is given changes')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a fragment that no part uses')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a fragment''s edit history, newest first')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Show which fragments a machine uses, or which fragments a fragment nests')
            break
        }
        'viamctl;help;fragment;list' {
            break
        }
        'viamctl;help;fragment;get' {
            break
        }
        'viamctl;help;fragment;create' {
            break
        }
        'viamctl;help;fragment;update' {
            break
        }
        'viamctl;help;fragment;delete' {
            break
        }
        'viamctl;help;fragment;history' {
            break
        }
        'viamctl;help;fragment;usage' {
            break
        }
        'viamctl;help;module' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a module in the organization and print its ID')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a module''s metadata, from flags or a `meta.json`; flags win over the file')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a version of a module for one platform')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a module with its versions, platforms and models')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the modules the organization can see')
            break
        }
        'viamctl;help;module;create' {
            break
        }
        'viamctl;help;module;update' {
            break
        }
        'viamctl;help;module;upload' {
            break
        }
        'viamctl;help;module;get' {
            break
        }
        'viamctl;help;module;list' {
            break
        }
        'viamctl;help;role' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant a role to a user or API key')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Revoke a role from a user or API key')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Replace one role of a user or API key with another')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List who holds which role, optionally only on some resources')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check which permissions the current key holds on a resource; exits 0 either way')
            break
        }
        'viamctl;help;role;add' {
            break
        }
        'viamctl;help;role;remove' {
            break
        }
        'viamctl;help;role;change' {
            break
        }
        'viamctl;help;role;list' {
            break
        }
        'viamctl;help;role;check' {
            break
        }
        'viamctl;help;key' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print it once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s API keys with their grants (never their secrets)')
            [CompletionResult]::new('duplicate', 'duplicate', [CompletionResultType]::ParameterValue, 'Create a new key with the same grants as an existing one')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an API key')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a key''s secret; the old secret stops working at once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key; tokens issued to it stop working')
            break
        }
        'viamctl;help;key;create' {
            break
        }
        'viamctl;help;key;list' {
            break
        }
        'viamctl;help;key;duplicate' {
            break
        }
        'viamctl;help;key;rename' {
            break
        }
        'viamctl;help;key;rotate' {
            break
        }
        'viamctl;help;key;delete' {
            break
        }
        'viamctl;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store an API key under a profile name; the key is read from a hidden prompt or stdin. The global `--org` and `--location` become the profile''s defaults')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (keys are never shown)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the key is never shown)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a profile without contacting the API, so a revoked key can be replaced. The global `--app-url`, `--org` and `--location` replace the profile''s (an empty value removes one)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile and its cached token')
            break
        }
        'viamctl;help;profile;add' {
            break
        }
        'viamctl;help;profile;list' {
            break
        }
        'viamctl;help;profile;show' {
            break
        }
        'viamctl;help;profile;use' {
            break
        }
        'viamctl;help;profile;update' {
            break
        }
        'viamctl;help;profile;remove' {
            break
        }
        'viamctl;help;emulator' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the emulated Viam fleet API on a local port')
            [CompletionResult]::new('accept-invite', 'accept-invite', [CompletionResultType]::ParameterValue, 'Accept a pending organization invite as if the invited user signed in')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Append log entries to a part through RobotService Log, as a machine would')
            break
        }
        'viamctl;help;emulator;serve' {
            break
        }
        'viamctl;help;emulator;accept-invite' {
            break
        }
        'viamctl;help;emulator;log' {
            break
        }
        'viamctl;help;completion' {
            break
        }
        'viamctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
