//! Settings resolved once per invocation (flags, then environment, then the profile) and the
//! connection every API command shares.

use std::io::{IsTerminal, Write as _};

use anyhow::{Context as _, Result};
use tokio::sync::OnceCell;

use crate::cli::GlobalArgs;
use crate::client::{ApiKey, Connection, DEFAULT_APP_URL, Target};
use crate::error::UserError;
use crate::output::Printer;
use crate::profile::{Profile, Store};

/// Where the credentials of this invocation came from, for error messages.
#[derive(Debug, Clone)]
enum Source {
    Flag(String),
    Env(String),
    Default(String),
    EnvKey,
    Local,
}

/// Everything a command needs: the printer, global flags, and a lazily opened connection.
pub struct Context {
    pub printer: Printer,
    pub global: GlobalArgs,
    connection: OnceCell<Connection>,
    profile: OnceCell<Option<Profile>>,
    /// Kept for the life of the command so the in-process emulator keeps serving.
    local: OnceCell<crate::emulator::LocalEmulator>,
}

impl Context {
    pub fn new(global: GlobalArgs) -> Self {
        Self {
            printer: Printer::new(global.output, global.color),
            global,
            connection: OnceCell::new(),
            profile: OnceCell::new(),
            local: OnceCell::new(),
        }
    }

    /// Returns the connection, resolving credentials and (with `--local`) starting the
    /// in-process emulator on first use.
    pub async fn connection(&self) -> Result<&Connection> {
        self.connection
            .get_or_try_init(|| async {
                let target = self.target().await?;
                tracing::debug!(app_url = %target.app_url, key_id = %target.key.id, "connecting");
                Connection::new(target)
            })
            .await
    }

    /// Returns the default organization: `--org`, else the profile's.
    pub async fn default_org(&self) -> Result<Option<String>> {
        if let Some(org) = &self.global.org {
            return Ok(Some(org.clone()));
        }
        Ok(self.selected_profile().await?.and_then(|p| p.org))
    }

    /// Returns the default location: `--location`, else the profile's.
    pub async fn default_location(&self) -> Result<Option<String>> {
        if let Some(location) = &self.global.location {
            return Ok(Some(location.clone()));
        }
        Ok(self.selected_profile().await?.and_then(|p| p.location))
    }

    async fn selected_profile(&self) -> Result<Option<Profile>> {
        self.profile
            .get_or_try_init(|| async { Ok(self.select()?.1) })
            .await
            .cloned()
    }

    /// Picks the credentials: `--profile`, `VIAM_PROFILE`, the env key pair, the default profile.
    fn select(&self) -> Result<(Source, Option<Profile>)> {
        if self.global.local {
            return Ok((Source::Local, None));
        }
        let store = Store::open_default()?;
        let from_env = std::env::var("VIAM_PROFILE").ok().filter(|v| !v.is_empty());
        let named = match (&self.global.profile, from_env) {
            (Some(name), _) => Some((name.clone(), true)),
            (None, Some(name)) => Some((name, false)),
            (None, None) => None,
        };
        if let Some((name, from_flag)) = named {
            let file = store.load()?;
            let Some(profile) = file.profiles.get(&name).cloned() else {
                let from = if from_flag {
                    "`--profile`"
                } else {
                    "the VIAM_PROFILE environment variable"
                };
                return Err(UserError::usage(format!(
                    "profile \"{name}\" (from {from}) not found"
                ))
                .with_hint(profile_names_hint(&file.profiles))
                .into());
            };
            let source = if from_flag {
                Source::Flag(name)
            } else {
                Source::Env(name)
            };
            return Ok((source, Some(profile)));
        }
        if env_key()?.is_some() {
            return Ok((Source::EnvKey, None));
        }
        let file = store.load()?;
        if let Some(name) = file.default.clone()
            && let Some(profile) = file.profiles.get(&name).cloned()
        {
            return Ok((Source::Default(name), Some(profile)));
        }
        Err(
            UserError::new(crate::error::Exit::Denied, "no credentials configured")
                .with_hint(
                    "add a profile with `viamctl profile add NAME --key-id ID`, set \
                 VIAM_API_KEY_ID and VIAM_API_KEY, or try `viamctl --local ...`",
                )
                .into(),
        )
    }

    async fn target(&self) -> Result<Target> {
        let connect_timeout = self.global.timeout.min(std::time::Duration::from_secs(10));
        let (source, profile) = self.select()?;
        if let Source::Local = source {
            let data = crate::emulator::default_data_path()?;
            let local = self
                .local
                .get_or_try_init(|| crate::emulator::start_local(&data))
                .await?;
            return Ok(Target {
                app_url: local.url.clone(),
                key: ApiKey {
                    id: local.key_id.clone(),
                    secret: local.key.clone(),
                },
                cache_name: None,
                connect_timeout,
                rejected_hint:
                    "the in-process emulator rejected the key it read from its data file".into(),
            });
        }
        let (key, cache_name, rejected_hint) = match (&source, profile.as_ref()) {
            (Source::Flag(name) | Source::Env(name) | Source::Default(name), Some(p)) => (
                ApiKey {
                    id: p.key_id.clone(),
                    secret: p.key.clone(),
                },
                format!("profile-{name}"),
                format!(
                    "the key may be wrong, rotated or deleted; store a new one with \
                     `viamctl profile update {name} --key-id ID`"
                ),
            ),
            _ => {
                let key = env_key()?.context("no API key in the environment")?;
                let name = format!("env-{}", short_hash(&format!("{}\0{}", key.id, key.secret)));
                let hint = "the key from the environment may be wrong, rotated or deleted; set \
                            `VIAM_API_KEY_ID` and `VIAM_API_KEY` to a valid key"
                    .to_string();
                (key, name, hint)
            }
        };
        let from_env = std::env::var("VIAM_APP_URL").ok();
        let app_url = self
            .global
            .app_url
            .clone()
            .filter(|url| !url.is_empty())
            .or(from_env.filter(|url| !url.is_empty()))
            .or_else(|| profile.as_ref().and_then(|p| p.app_url.clone()))
            .unwrap_or_else(|| DEFAULT_APP_URL.to_string());
        Ok(Target {
            app_url,
            key,
            cache_name: Some(cache_name),
            connect_timeout,
            rejected_hint,
        })
    }

    /// Returns the endpoint a new profile should store: the one this invocation connected to,
    /// unless that is the default.
    pub fn app_url(&self) -> Option<String> {
        let url = self.connection.get().map(|c| c.app_url().to_string())?;
        (url != DEFAULT_APP_URL).then_some(url)
    }

    /// Reports whether a person can answer a prompt: stdin and stderr are terminals.
    pub fn interactive(&self) -> bool {
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// Asks before a destructive action; without a terminal, `--yes` is required.
    pub fn confirm(&self, yes: bool, action: &str) -> Result<()> {
        if yes {
            return Ok(());
        }
        if !self.interactive() {
            return Err(
                UserError::usage(format!("refusing to {action} without confirmation"))
                    .with_hint("stdin is not a terminal; pass `--yes` to confirm")
                    .into(),
            );
        }
        let answer = dialoguer::Confirm::new()
            .with_prompt(format!("{action}?"))
            .default(false)
            .interact();
        let confirmed = match answer {
            Ok(confirmed) => confirmed,
            Err(dialoguer::Error::IO(error)) if error.kind() == std::io::ErrorKind::Interrupted => {
                // The prompt hides the cursor and leaves it hidden when Ctrl-C ends the read.
                let _ = std::io::stderr().write_all(b"\x1b[?25h\n");
                return Err(UserError::new(crate::error::Exit::Interrupted, "interrupted").into());
            }
            Err(error) => return Err(error.into()),
        };
        if confirmed {
            Ok(())
        } else {
            Err(UserError::new(crate::error::Exit::Failure, "cancelled").into())
        }
    }
}

/// Reads the API key pair from the environment. Exactly one of the two variables set is an
/// error, because falling back to a profile would run the command as someone else.
fn env_key() -> Result<Option<ApiKey>> {
    let read = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    match (read("VIAM_API_KEY_ID"), read("VIAM_API_KEY")) {
        (Some(id), Some(secret)) => Ok(Some(ApiKey { id, secret })),
        (None, None) => Ok(None),
        (Some(_), None) => Err(half_env_key("VIAM_API_KEY_ID", "VIAM_API_KEY")),
        (None, Some(_)) => Err(half_env_key("VIAM_API_KEY", "VIAM_API_KEY_ID")),
    }
}

fn half_env_key(set: &str, missing: &str) -> anyhow::Error {
    UserError::usage(format!(
        "environment variable `{set}` is set but `{missing}` is missing or empty"
    ))
    .with_hint(format!(
        "set `{missing}` as well to use the key from the environment, or unset `{set}` to use a profile"
    ))
    .into()
}

fn short_hash(text: &str) -> String {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn profile_names_hint(profiles: &std::collections::BTreeMap<String, Profile>) -> String {
    if profiles.is_empty() {
        "no profiles exist yet; add one with `viamctl profile add NAME --key-id ID`".into()
    } else {
        let names: Vec<&str> = profiles.keys().map(String::as_str).collect();
        format!("known profiles: {}", names.join(", "))
    }
}
