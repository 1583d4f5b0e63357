//! `viamctl profile`: the local credential store. These commands never contact the API.

use std::io::{IsTerminal, Read};

use anyhow::{Context as _, Result};
use clap::Subcommand;
use serde_json::json;

use crate::context::Context;
use crate::error::{Exit, UserError};
use crate::output::{Table, cell};
use crate::profile::{Profile, Store};

#[derive(Subcommand, Debug)]
pub enum ProfileCommand {
    Add(AddArgs),
    List(ListArgs),
    Show(ShowArgs),
    Use(UseArgs),
    Update(UpdateArgs),
    Remove(RemoveArgs),
}

/// Store an API key under a profile name; the key is read from a hidden prompt or stdin.
/// The global `--org` and `--location` become the profile's defaults
#[derive(clap::Args, Debug)]
pub struct AddArgs {
    /// Profile name
    pub name: String,

    /// API key ID (a UUID)
    #[arg(long, value_name = "ID")]
    pub key_id: String,

    /// Read the key from stdin instead of a prompt
    #[arg(long)]
    pub key_stdin: bool,

    /// Replace an existing profile of the same name
    #[arg(long)]
    pub force: bool,
}

/// List profiles (keys are never shown)
#[derive(clap::Args, Debug)]
pub struct ListArgs {}

/// Show a profile (the key is never shown)
#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// Profile name (default: the default profile)
    pub name: Option<String>,
}

/// Make a profile the default
#[derive(clap::Args, Debug)]
pub struct UseArgs {
    /// Profile name
    pub name: String,
}

/// Change a profile without contacting the API, so a revoked key can be replaced. The global
/// `--app-url`, `--org` and `--location` replace the profile's (an empty value removes one)
#[derive(clap::Args, Debug)]
pub struct UpdateArgs {
    /// Profile name
    pub name: String,

    /// New API key ID; the new key is then read from a hidden prompt or stdin
    #[arg(long, value_name = "ID")]
    pub key_id: Option<String>,

    /// Read a new key from stdin
    #[arg(long)]
    pub key_stdin: bool,
}

/// Delete a profile and its cached token
#[derive(clap::Args, Debug)]
pub struct RemoveArgs {
    /// Profile name
    pub name: String,
}

pub async fn run(ctx: &Context, command: ProfileCommand) -> Result<()> {
    let store = Store::open_default()?;
    match command {
        ProfileCommand::Add(args) => add(ctx, &store, args),
        ProfileCommand::List(_) => list(ctx, &store),
        ProfileCommand::Show(args) => show(ctx, &store, args),
        ProfileCommand::Use(args) => use_profile(ctx, &store, args),
        ProfileCommand::Update(args) => update(ctx, &store, args),
        ProfileCommand::Remove(args) => remove(ctx, &store, args),
    }
}

fn add(ctx: &Context, store: &Store, args: AddArgs) -> Result<()> {
    validate_name(&args.name)?;
    validate_key_id(&args.key_id)?;
    let app_url = ctx.global.app_url.clone().filter(|u| !u.is_empty());
    if let Some(url) = &app_url {
        validate_url(url)?;
    }
    if !args.force && store.load()?.profiles.contains_key(&args.name) {
        return Err(UserError::new(
            Exit::Conflict,
            format!("profile \"{}\" already exists", args.name),
        )
        .with_hint("change it with `viamctl profile update`, or pass `--force` to replace it")
        .into());
    }
    let key = read_key(args.key_stdin)?;

    let name = args.name.clone();
    let made_default = store.update(|file| {
        let profile = Profile {
            key_id: args.key_id,
            key,
            app_url,
            org: ctx.global.org.clone().filter(|o| !o.is_empty()),
            location: ctx.global.location.clone().filter(|l| !l.is_empty()),
            extra: Default::default(),
        };
        file.profiles.insert(name.clone(), profile);
        let first = file
            .default
            .as_ref()
            .is_none_or(|d| !file.profiles.contains_key(d));
        if first {
            file.default = Some(name.clone());
        }
        Ok(first)
    })?;

    let suffix = if made_default {
        " (now the default)"
    } else {
        ""
    };
    ctx.printer.notice(&format!(
        "saved profile \"{}\"{suffix} in {}",
        args.name,
        store.path().display()
    ));
    Ok(())
}

fn list(ctx: &Context, store: &Store) -> Result<()> {
    let file = store.load()?;
    let default = file.default.clone().unwrap_or_default();

    let data: Vec<serde_json::Value> = file
        .profiles
        .iter()
        .map(|(name, profile)| public_view(name, profile, name == &default))
        .collect();
    ctx.printer.print(&serde_json::Value::Array(data), || {
        let mut table = Table::new(&["DEFAULT", "NAME", "KEY_ID", "APP_URL", "ORG", "LOCATION"]);
        for (name, profile) in &file.profiles {
            table.row(vec![
                if name == &default { "*" } else { "" }.into(),
                name.clone(),
                profile.key_id.clone(),
                cell(profile.app_url.as_deref().unwrap_or_default()),
                cell(profile.org.as_deref().unwrap_or_default()),
                cell(profile.location.as_deref().unwrap_or_default()),
            ]);
        }
        table
    })
}

fn show(ctx: &Context, store: &Store, args: ShowArgs) -> Result<()> {
    let file = store.load()?;
    let name = match args.name.or(file.default.clone()) {
        Some(name) => name,
        None => {
            return Err(UserError::usage("no default profile")
                .with_hint("name a profile, or set one with `viamctl profile use NAME`")
                .into());
        }
    };
    let profile = find(&file.profiles, &name)?;

    let is_default = file.default.as_deref() == Some(name.as_str());
    ctx.printer
        .print(&public_view(&name, profile, is_default), || {
            let mut table = Table::new(&["FIELD", "VALUE"]);
            table.row(vec!["name".into(), name.clone()]);
            table.row(vec!["default".into(), is_default.to_string()]);
            table.row(vec!["key_id".into(), profile.key_id.clone()]);
            table.row(vec!["key".into(), "(hidden)".into()]);
            table.row(vec![
                "app_url".into(),
                cell(profile.app_url.as_deref().unwrap_or_default()),
            ]);
            table.row(vec![
                "org".into(),
                cell(profile.org.as_deref().unwrap_or_default()),
            ]);
            table.row(vec![
                "location".into(),
                cell(profile.location.as_deref().unwrap_or_default()),
            ]);
            table
        })
}

fn use_profile(ctx: &Context, store: &Store, args: UseArgs) -> Result<()> {
    store.update(|file| {
        find(&file.profiles, &args.name)?;
        file.default = Some(args.name.clone());
        Ok(())
    })?;
    ctx.printer
        .notice(&format!("default profile is now \"{}\"", args.name));
    Ok(())
}

fn update(ctx: &Context, store: &Store, args: UpdateArgs) -> Result<()> {
    if let Some(key_id) = &args.key_id {
        validate_key_id(key_id)?;
    }
    let app_url = ctx.global.app_url.clone();
    let org = ctx.global.org.clone();
    let location = ctx.global.location.clone();
    if let Some(url) = app_url.as_deref().filter(|u| !u.is_empty()) {
        validate_url(url)?;
    }
    let nothing = args.key_id.is_none()
        && !args.key_stdin
        && app_url.is_none()
        && org.is_none()
        && location.is_none();
    if nothing {
        return Err(UserError::usage("nothing to update")
            .with_hint("pass `--key-id`, `--key-stdin`, `--app-url`, `--org` or `--location`")
            .into());
    }
    find(&store.load()?.profiles, &args.name)?;
    let key = if args.key_id.is_some() || args.key_stdin {
        Some(read_key(args.key_stdin)?)
    } else {
        None
    };

    store.update(|file| {
        let profile = file
            .profiles
            .get_mut(&args.name)
            .ok_or_else(|| not_found(&args.name))?;
        if let Some(key_id) = args.key_id {
            profile.key_id = key_id;
        }
        if let Some(key) = key {
            profile.key = key;
        }
        if let Some(url) = app_url {
            profile.app_url = Some(url).filter(|u| !u.is_empty());
        }
        if let Some(org) = org {
            profile.org = Some(org).filter(|o| !o.is_empty());
        }
        if let Some(location) = location {
            profile.location = Some(location).filter(|l| !l.is_empty());
        }
        Ok(())
    })?;
    remove_cached_token(&args.name);

    ctx.printer
        .notice(&format!("updated profile \"{}\"", args.name));
    Ok(())
}

fn remove(ctx: &Context, store: &Store, args: RemoveArgs) -> Result<()> {
    store.update(|file| {
        file.profiles
            .remove(&args.name)
            .ok_or_else(|| not_found(&args.name))?;
        if file.default.as_deref() == Some(args.name.as_str()) {
            file.default = None;
        }
        Ok(())
    })?;
    remove_cached_token(&args.name);
    ctx.printer
        .notice(&format!("removed profile \"{}\"", args.name));
    Ok(())
}

/// Reads the API key from stdin (`--key-stdin`) or a hidden prompt; never from argv.
fn read_key(from_stdin: bool) -> Result<String> {
    let key = if from_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("failed to read the key from stdin")?;
        text.trim().to_string()
    } else {
        if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return Err(
                UserError::usage("cannot prompt for the API key: stdin is not a terminal")
                    .with_hint("pipe the key in and pass `--key-stdin`")
                    .into(),
            );
        }
        dialoguer::Password::new()
            .with_prompt("API key")
            .interact()?
            .trim()
            .to_string()
    };
    if key.is_empty() {
        return Err(UserError::usage("the API key is empty").into());
    }
    Ok(key)
}

fn public_view(name: &str, profile: &Profile, is_default: bool) -> serde_json::Value {
    json!({
        "name": name,
        "default": is_default,
        "key_id": profile.key_id,
        "app_url": profile.app_url,
        "org": profile.org,
        "location": profile.location,
    })
}

fn find<'a>(
    profiles: &'a std::collections::BTreeMap<String, Profile>,
    name: &str,
) -> Result<&'a Profile> {
    profiles.get(name).ok_or_else(|| not_found(name))
}

fn not_found(name: &str) -> anyhow::Error {
    UserError::not_found(format!("profile \"{name}\" not found"))
        .with_hint("list profiles with `viamctl profile list`")
        .into()
}

pub fn validate_name(name: &str) -> Result<()> {
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.');
    if !valid || name.starts_with('.') {
        return Err(UserError::usage(format!("invalid profile name \"{name}\""))
            .with_hint("use letters, digits, `-`, `_` and `.`")
            .into());
    }
    Ok(())
}

/// Checks that `key_id` is a UUID, the form of every Viam API key ID, which catches a key and
/// its ID given the wrong way round before the key lands in a profile.
fn validate_key_id(key_id: &str) -> Result<()> {
    if key_id.trim().is_empty() {
        return Err(UserError::usage("the API key ID is empty").into());
    }
    if !crate::resolve::looks_like_uuid(key_id) {
        return Err(UserError::usage(format!(
            "invalid API key ID `{key_id}`: expected a UUID such as \
             6d9b4b6e-0c8e-4a57-9d37-2f1d6c0e8a11"
        ))
        .with_hint("`--key-id` takes the key's ID; the key itself is read from the prompt or stdin")
        .into());
    }
    Ok(())
}

fn validate_url(url: &str) -> Result<()> {
    let ok =
        (url.starts_with("https://") || url.starts_with("http://")) && url.len() > "https://".len();
    if !ok {
        return Err(UserError::usage(format!("invalid app URL `{url}`"))
            .with_hint("use https://HOST:PORT, or http://127.0.0.1:PORT for a local emulator")
            .into());
    }
    Ok(())
}

fn remove_cached_token(name: &str) {
    if let Ok(dir) = crate::profile::cache_dir() {
        let _ = std::fs::remove_file(dir.join("tokens").join(format!("profile-{name}.json")));
    }
}
