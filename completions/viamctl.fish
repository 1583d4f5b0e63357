# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_viamctl_global_optspecs
    string join \n profile= org= location= o/output= color= v/verbose timeout= app-url= local h/help V/version
end

function __fish_viamctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_viamctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_viamctl_using_subcommand
    set -l cmd (__fish_viamctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c viamctl -n "__fish_viamctl_needs_command" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_needs_command" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_needs_command" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_needs_command" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_needs_command" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_needs_command" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_needs_command" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_needs_command" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_needs_command" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_needs_command" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "org" -d 'Manage organizations, their members and invites'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "location" -d 'Manage locations and their secrets'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "machine" -d 'Manage machines'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "part" -d 'Manage machine parts, their configs, secrets and logs'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "fragment" -d 'Manage fragments: configuration shared by machines'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "module" -d 'Manage registry modules and upload their versions'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "role" -d 'Grant, revoke, list and check roles'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "key" -d 'Manage API keys'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "profile" -d 'Manage the stored credentials (never contacts the API)'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "emulator" -d 'Run a local emulator of the fleet API'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c viamctl -n "__fish_viamctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -f -a "list" -d 'List the organizations the API key can see'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -f -a "get" -d 'Show one organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -f -a "create" -d 'Create an organization; the caller becomes its owner'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -f -a "update" -d 'Change an organization\'s name, namespace, region or CID; only the flags given are sent'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -f -a "delete" -d 'Delete an organization and everything in it'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -f -a "namespace-available" -d 'Check whether a public namespace is free; exits 0 when it is and 1 when it is taken'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -f -a "member" -d 'Manage the members of an organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -f -a "invite" -d 'Manage invitations to an organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and not __fish_seen_subcommand_from list get create update delete namespace-available member invite help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from get" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from get" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from get" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from get" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from get" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -l namespace -d 'Public namespace; it can be set only once' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -l region -d 'Default region' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -l cid -d 'Customer ID used for billing' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from namespace-available" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -f -a "list" -d 'List members and pending invites'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member from the organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from member" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -f -a "create" -d 'Invite someone to the organization by email'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -f -a "update" -d 'Add or remove roles of a pending invite'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -f -a "delete" -d 'Withdraw a pending invite'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -f -a "resend" -d 'Send the invite email again'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from invite" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organizations the API key can see'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an organization; the caller becomes its owner'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an organization\'s name, namespace, region or CID; only the flags given are sent'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an organization and everything in it'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "namespace-available" -d 'Check whether a public namespace is free; exits 0 when it is and 1 when it is taken'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "member" -d 'Manage the members of an organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Manage invitations to an organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -f -a "list" -d 'List the organization\'s locations, children under their parents'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -f -a "get" -d 'Show one location (secrets are shown only by `location secrets`)'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -f -a "create" -d 'Create a location, optionally inside another one'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -f -a "update" -d 'Rename a location or move it under another one'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -f -a "delete" -d 'Delete an empty location (one with no machines and no child locations)'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -f -a "secrets" -d 'Show a location\'s secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -f -a "secret" -d 'Create or delete location secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and not __fish_seen_subcommand_from list get create update delete secrets secret help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from get" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from get" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from get" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from get" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from get" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -l parent -d 'Parent location ID or name' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -l parent -d 'New parent location ID or name' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -l top-level -d 'Move the location to the top level'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secrets" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secrets" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secrets" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secrets" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secrets" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secrets" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secrets" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secrets" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secrets" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secrets" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -f -a "create" -d 'Create a new location secret and print it'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -f -a "delete" -d 'Delete a location secret'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from secret" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organization\'s locations, children under their parents'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one location (secrets are shown only by `location secrets`)'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a location, optionally inside another one'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a location or move it under another one'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an empty location (one with no machines and no child locations)'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "secrets" -d 'Show a location\'s secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Create or delete location secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -f -a "list" -d 'List machines in `--location` (default: the profile\'s), or in the whole organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -f -a "get" -d 'Show a machine with its parts and online state (part secrets are not shown)'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -f -a "create" -d 'Create a machine in `--location`; it gets a main part named `<machine>-main`'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -f -a "update" -d 'Rename a machine'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -f -a "delete" -d 'Delete a machine and all its parts'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and not __fish_seen_subcommand_from list get create update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -l all -d 'List every location of the organization, ignoring the profile\'s default location'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from help" -f -a "list" -d 'List machines in `--location` (default: the profile\'s), or in the whole organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a machine with its parts and online state (part secrets are not shown)'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a machine in `--location`; it gets a main part named `<machine>-main`'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a machine'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a machine and all its parts'
complete -c viamctl -n "__fish_viamctl_using_subcommand machine; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "list" -d 'List the parts of a machine'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "get" -d 'Show a part, or write its config to a file'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "get-by-name" -d 'Show a part found by its name within a location'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "create" -d 'Add a part to a machine'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "update" -d 'Rename a part or replace its config'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "delete" -d 'Delete a part (a main part only once it is the machine\'s last)'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "set-main" -d 'Make a part its machine\'s main part'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "restart" -d 'Ask a part to restart the next time it checks in'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "history" -d 'Show a part\'s config history, newest first, with who changed it and when'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "logs" -d 'Show a part\'s logs, oldest first; `--follow` keeps printing new entries'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "secret" -d 'Create or delete part secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "config" -d 'Edit a part\'s config'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and not __fish_seen_subcommand_from list get get-by-name create update delete set-main restart history logs secret config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -s m -l machine -d 'Machine ID or name' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -s m -l machine -d 'Machine ID or name the part belongs to' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -l config-out -d 'Write the part\'s config as JSON to FILE (atomically) instead of showing the part' -r -F
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -l indent -d 'Spaces per indentation level in `--config-out`' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from get-by-name" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -s m -l machine -d 'Machine ID or name' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -s m -l machine -d 'Machine ID or name the part belongs to' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -l config -d 'New config: a JSON file, or `-` for stdin' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -l force -d 'Overwrite even if the part changed since it was read'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -s m -l machine -d 'Machine ID or name the part belongs to' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -s m -l machine -d 'Machine ID or name the part belongs to' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from set-main" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -s m -l machine -d 'Machine ID or name the part belongs to' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -s m -l machine -d 'Machine ID or name the part belongs to' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -s m -l machine -d 'Machine ID or name the part belongs to' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -s n -l count -d 'Number of most recent entries to show; 0 shows all [default: 100, or 10 with --follow]' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l level -d 'Show only this level, e.g. `error` or `warn` (can be repeated)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l filter -d 'Show only entries whose message contains TEXT' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l since -d 'Show entries at or after T: RFC 3339, or a duration ago such as `10m`' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l until -d 'Show entries before T: RFC 3339, or a duration ago such as `10m`' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l errors-only -d 'Show only errors'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new entries as they arrive (Ctrl-C to stop)'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from logs" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -f -a "list" -d 'Show a part\'s secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -f -a "create" -d 'Create a part secret and print it once'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -f -a "delete" -d 'Delete a part secret'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from secret" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -f -a "edit" -d 'Open a part\'s config in `$VISUAL` or `$EDITOR` and send it if it changed'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from config" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the parts of a machine'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a part, or write its config to a file'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "get-by-name" -d 'Show a part found by its name within a location'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a part to a machine'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a part or replace its config'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a part (a main part only once it is the machine\'s last)'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "set-main" -d 'Make a part its machine\'s main part'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Ask a part to restart the next time it checks in'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show a part\'s config history, newest first, with who changed it and when'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Show a part\'s logs, oldest first; `--follow` keeps printing new entries'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Create or delete part secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "config" -d 'Edit a part\'s config'
complete -c viamctl -n "__fish_viamctl_using_subcommand part; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -f -a "list" -d 'List fragments: by default the organization\'s own'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -f -a "get" -d 'Show a fragment, or write its config to a file'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -f -a "create" -d 'Create a fragment'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -f -a "update" -d 'Change a fragment\'s name, config or visibility; only what is given changes'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -f -a "delete" -d 'Delete a fragment that no part uses'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -f -a "history" -d 'Show a fragment\'s edit history, newest first'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -f -a "usage" -d 'Show which fragments a machine uses, or which fragments a fragment nests'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and not __fish_seen_subcommand_from list get create update delete history usage help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -l public -d 'List only public fragments, from every organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -l all -d 'List the organization\'s own fragments and every public one'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -l version -d 'Revision or tag to show (default: the latest)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -l config-out -d 'Write the fragment\'s config as JSON to FILE (atomically) instead of showing it' -r -F
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -l indent -d 'Spaces per indentation level in `--config-out`' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -l config -d 'Config: a JSON file, or `-` for stdin (default: empty)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -l visibility -d 'Who may see it' -r -f -a "private\t'Only the owning organization'
public\t'Every organization'
unlisted\t'Anyone with its ID, without being listed'"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l config -d 'New config: a JSON file, or `-` for stdin. The output of `fragment get -o json` is accepted too: its config is used and its `last_updated` guards the write' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l visibility -d 'Who may see it' -r -f -a "private\t'Only the owning organization'
public\t'Every organization'
unlisted\t'Anyone with its ID, without being listed'"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l if-unchanged-since -d 'Fail with exit code 5 if the fragment changed after this time (RFC 3339)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -s m -l machine -d 'Machine ID or name whose fragments to list' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -l fragment -d 'Fragment ID or name whose nested fragments to list' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List fragments: by default the organization\'s own'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a fragment, or write its config to a file'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a fragment'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a fragment\'s name, config or visibility; only what is given changes'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a fragment that no part uses'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show a fragment\'s edit history, newest first'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Show which fragments a machine uses, or which fragments a fragment nests'
complete -c viamctl -n "__fish_viamctl_using_subcommand fragment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -f -a "create" -d 'Create a module in the organization and print its ID'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -f -a "update" -d 'Change a module\'s metadata, from flags or a `meta.json`; flags win over the file'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -f -a "upload" -d 'Upload a version of a module for one platform'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -f -a "get" -d 'Show a module with its versions, platforms and models'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -f -a "list" -d 'List the modules the organization can see'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and not __fish_seen_subcommand_from create update upload get list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l meta -d 'Read metadata from this `meta.json`' -r -F
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l url -d 'Source or documentation URL' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l description -d 'One-line description' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l entrypoint -d 'Path of the executable inside uploaded archives' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l visibility -d 'Who may see the module' -r -f -a "private\t'Only the owning organization'
public\t'Everyone, listed in the registry'
unlisted\t'Everyone with its ID, not listed'"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l models -d 'JSON file with a list of `{"api": ..., "model": ...}` models' -r -F
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l version -d 'Semantic version, e.g. `1.2.0` (a leading `v` is dropped)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l platform -d 'Platform as OS/ARCH, e.g. `linux/arm64` or `any`' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l tag -d 'Platform tag such as `distro:debian` (can be repeated)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l meta -d 'meta.json naming the entrypoint (default: a meta.json beside FILE, if any)' -r -F
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l force -d 'Skip the archive checks (the version and platform are still checked)'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a module in the organization and print its ID'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a module\'s metadata, from flags or a `meta.json`; flags win over the file'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a version of a module for one platform'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a module with its versions, platforms and models'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the modules the organization can see'
complete -c viamctl -n "__fish_viamctl_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -f -a "add" -d 'Grant a role to a user or API key'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -f -a "remove" -d 'Revoke a role from a user or API key'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -f -a "change" -d 'Replace one role of a user or API key with another'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -f -a "list" -d 'List who holds which role, optionally only on some resources'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -f -a "check" -d 'Check which permissions the current key holds on a resource; exits 0 either way'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and not __fish_seen_subcommand_from add remove change list check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -l from -d 'Role held now, as ROLE:TYPE:ID' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -l to -d 'Role to hold instead, as ROLE:TYPE:ID' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from change" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -l resource -d 'Only roles on this resource, as TYPE:ID (can be repeated)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -l resource -d 'Resource to check them on, as TYPE:ID (e.g. `location:lab`)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "add" -d 'Grant a role to a user or API key'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Revoke a role from a user or API key'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "change" -d 'Replace one role of a user or API key with another'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List who holds which role, optionally only on some resources'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check which permissions the current key holds on a resource; exits 0 either way'
complete -c viamctl -n "__fish_viamctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -f -a "create" -d 'Create an API key and print it once'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -f -a "list" -d 'List the organization\'s API keys with their grants (never their secrets)'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -f -a "duplicate" -d 'Create a new key with the same grants as an existing one'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -f -a "rename" -d 'Rename an API key'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -f -a "rotate" -d 'Replace a key\'s secret; the old secret stops working at once'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -f -a "delete" -d 'Delete an API key; tokens issued to it stop working'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and not __fish_seen_subcommand_from create list duplicate rename rotate delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l name -d 'Name of the key' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l grant -d 'Role of the key, as ROLE:TYPE:ID (can be repeated; default: owner of the organization)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l save-profile -d 'Store the new key in this profile instead of printing it' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l force -d 'Replace the `--save-profile` profile if it already exists'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -l name -d 'Name of the new key' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from duplicate" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -l force -d 'Allow deleting the key this command authenticates with'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an API key and print it once'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organization\'s API keys with their grants (never their secrets)'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "duplicate" -d 'Create a new key with the same grants as an existing one'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename an API key'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Replace a key\'s secret; the old secret stops working at once'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an API key; tokens issued to it stop working'
complete -c viamctl -n "__fish_viamctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -f -a "add" -d 'Store an API key under a profile name; the key is read from a hidden prompt or stdin. The global `--org` and `--location` become the profile\'s defaults'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -f -a "list" -d 'List profiles (keys are never shown)'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -f -a "show" -d 'Show a profile (the key is never shown)'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -f -a "use" -d 'Make a profile the default'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -f -a "update" -d 'Change a profile without contacting the API, so a revoked key can be replaced. The global `--app-url`, `--org` and `--location` replace the profile\'s (an empty value removes one)'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -f -a "remove" -d 'Delete a profile and its cached token'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use update remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l key-id -d 'API key ID (a UUID)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l key-stdin -d 'Read the key from stdin instead of a prompt'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l force -d 'Replace an existing profile of the same name'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -l key-id -d 'New API key ID; the new key is then read from a hidden prompt or stdin' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -l key-stdin -d 'Read a new key from stdin'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Store an API key under a profile name; the key is read from a hidden prompt or stdin. The global `--org` and `--location` become the profile\'s defaults'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles (keys are never shown)'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile (the key is never shown)'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a profile without contacting the API, so a revoked key can be replaced. The global `--app-url`, `--org` and `--location` replace the profile\'s (an empty value removes one)'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a profile and its cached token'
complete -c viamctl -n "__fish_viamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -f -a "serve" -d 'Serve the emulated Viam fleet API on a local port'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -f -a "accept-invite" -d 'Accept a pending organization invite as if the invited user signed in'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -f -a "log" -d 'Append log entries to a part through RobotService Log, as a machine would'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve accept-invite log help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on; port 0 picks a free port' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l data -d 'SQLite data file [default: emulator.sqlite3 in the user\'s data directory, or in $VIAMCTL_DATA_DIR]' -r -F
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l demo -d 'Seed a demo fleet into the data file (only once per file) and run its machines, which upload log entries and act on restart requests'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l allow-remote -d 'Allow listening on a non-loopback address, although traffic is not encrypted'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -l data -d 'SQLite data file [default: emulator.sqlite3 in the user\'s data directory, or in $VIAMCTL_DATA_DIR]' -r -F
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -l org -d 'Organization of the invite; required when the email is invited to several' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from accept-invite" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -s m -l machine -d 'Machine ID or name the part belongs to' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l level -d 'Level of each entry: debug, info, warn, error or fatal' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l logger -d 'Logger name of each entry' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l host -d 'Host name of each entry' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l count -d 'Number of entries to append; their times are one microsecond apart' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l time -d 'Time of the first entry, in RFC 3339 such as 2026-12-04T09:15:02Z [default: now]' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the emulated Viam fleet API on a local port'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "accept-invite" -d 'Accept a pending organization invite as if the invited user signed in'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "log" -d 'Append log entries to a part through RobotService Log, as a machine would'
complete -c viamctl -n "__fish_viamctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -l write-docs -d 'Write every completion script to DIR/completions and the man pages to DIR/man' -r -F
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -l profile -d 'Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and `VIAM_API_KEY`, then the default profile)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -l org -d 'Organization ID or name (default: the profile\'s, else the only one the key can see)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -l location -d 'Location ID or name (default: the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -l color -d 'When to colour output; `auto` honours `NO_COLOR`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -l timeout -d 'Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -l app-url -d 'API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default: `VIAM_APP_URL`, then the profile\'s)' -r
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -s v -l verbose -d 'Log each request (method, status, latency) to stderr; repeat for more detail'
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -l local -d 'Run against an in-process emulator on the default data file (seeded with a demo fleet), as the owner key of that emulator'
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -s h -l help -d 'Print help'
complete -c viamctl -n "__fish_viamctl_using_subcommand completion" -s V -l version -d 'Print version'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "org" -d 'Manage organizations, their members and invites'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "location" -d 'Manage locations and their secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "machine" -d 'Manage machines'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "part" -d 'Manage machine parts, their configs, secrets and logs'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "fragment" -d 'Manage fragments: configuration shared by machines'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "module" -d 'Manage registry modules and upload their versions'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "role" -d 'Grant, revoke, list and check roles'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "key" -d 'Manage API keys'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "profile" -d 'Manage the stored credentials (never contacts the API)'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "emulator" -d 'Run a local emulator of the fleet API'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and not __fish_seen_subcommand_from org location machine part fragment module role key profile emulator completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List the organizations the API key can see'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "get" -d 'Show one organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "create" -d 'Create an organization; the caller becomes its owner'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "update" -d 'Change an organization\'s name, namespace, region or CID; only the flags given are sent'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "delete" -d 'Delete an organization and everything in it'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "namespace-available" -d 'Check whether a public namespace is free; exits 0 when it is and 1 when it is taken'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "member" -d 'Manage the members of an organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "invite" -d 'Manage invitations to an organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "list" -d 'List the organization\'s locations, children under their parents'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "get" -d 'Show one location (secrets are shown only by `location secrets`)'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "create" -d 'Create a location, optionally inside another one'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "update" -d 'Rename a location or move it under another one'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "delete" -d 'Delete an empty location (one with no machines and no child locations)'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "secrets" -d 'Show a location\'s secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "secret" -d 'Create or delete location secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from machine" -f -a "list" -d 'List machines in `--location` (default: the profile\'s), or in the whole organization'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from machine" -f -a "get" -d 'Show a machine with its parts and online state (part secrets are not shown)'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from machine" -f -a "create" -d 'Create a machine in `--location`; it gets a main part named `<machine>-main`'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from machine" -f -a "update" -d 'Rename a machine'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from machine" -f -a "delete" -d 'Delete a machine and all its parts'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "list" -d 'List the parts of a machine'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "get" -d 'Show a part, or write its config to a file'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "get-by-name" -d 'Show a part found by its name within a location'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "create" -d 'Add a part to a machine'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "update" -d 'Rename a part or replace its config'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "delete" -d 'Delete a part (a main part only once it is the machine\'s last)'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "set-main" -d 'Make a part its machine\'s main part'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "restart" -d 'Ask a part to restart the next time it checks in'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "history" -d 'Show a part\'s config history, newest first, with who changed it and when'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "logs" -d 'Show a part\'s logs, oldest first; `--follow` keeps printing new entries'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "secret" -d 'Create or delete part secrets'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from part" -f -a "config" -d 'Edit a part\'s config'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from fragment" -f -a "list" -d 'List fragments: by default the organization\'s own'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from fragment" -f -a "get" -d 'Show a fragment, or write its config to a file'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from fragment" -f -a "create" -d 'Create a fragment'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from fragment" -f -a "update" -d 'Change a fragment\'s name, config or visibility; only what is given changes'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from fragment" -f -a "delete" -d 'Delete a fragment that no part uses'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from fragment" -f -a "history" -d 'Show a fragment\'s edit history, newest first'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from fragment" -f -a "usage" -d 'Show which fragments a machine uses, or which fragments a fragment nests'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from module" -f -a "create" -d 'Create a module in the organization and print its ID'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from module" -f -a "update" -d 'Change a module\'s metadata, from flags or a `meta.json`; flags win over the file'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from module" -f -a "upload" -d 'Upload a version of a module for one platform'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from module" -f -a "get" -d 'Show a module with its versions, platforms and models'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from module" -f -a "list" -d 'List the modules the organization can see'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "add" -d 'Grant a role to a user or API key'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "remove" -d 'Revoke a role from a user or API key'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "change" -d 'Replace one role of a user or API key with another'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List who holds which role, optionally only on some resources'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "check" -d 'Check which permissions the current key holds on a resource; exits 0 either way'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "create" -d 'Create an API key and print it once'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "list" -d 'List the organization\'s API keys with their grants (never their secrets)'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "duplicate" -d 'Create a new key with the same grants as an existing one'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "rename" -d 'Rename an API key'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "rotate" -d 'Replace a key\'s secret; the old secret stops working at once'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "delete" -d 'Delete an API key; tokens issued to it stop working'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Store an API key under a profile name; the key is read from a hidden prompt or stdin. The global `--org` and `--location` become the profile\'s defaults'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles (keys are never shown)'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile (the key is never shown)'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "update" -d 'Change a profile without contacting the API, so a revoked key can be replaced. The global `--app-url`, `--org` and `--location` replace the profile\'s (an empty value removes one)'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Delete a profile and its cached token'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "serve" -d 'Serve the emulated Viam fleet API on a local port'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "accept-invite" -d 'Accept a pending organization invite as if the invited user signed in'
complete -c viamctl -n "__fish_viamctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "log" -d 'Append log entries to a part through RobotService Log, as a machine would'
