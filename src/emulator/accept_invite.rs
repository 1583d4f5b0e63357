//! `viamctl emulator accept-invite`: act as an invited user signing in.

use std::path::PathBuf;

use super::error::{Error, ErrorKind};
use super::store::{self, Store, members};
use super::{ids, rules};
use crate::error::{Exit, UserError};

/// Accept a pending organization invite as if the invited user signed in
///
/// Makes the user (created if needed) a member with the invite's authorizations, deletes the
/// invite and prints the user ID. Works on the data file directly, also while a server is
/// running on it.
#[derive(clap::Args, Debug)]
pub struct AcceptInviteArgs {
    /// Email address the invite was sent to
    pub email: String,

    /// SQLite data file [default: emulator.sqlite3 in the user's data directory, or in
    /// $VIAMCTL_DATA_DIR]
    #[arg(long, value_name = "PATH")]
    pub data: Option<PathBuf>,

    /// Organization of the invite; required when the email is invited to several
    #[arg(long, value_name = "ORG_ID")]
    pub org: Option<String>,
}

pub async fn run(args: AcceptInviteArgs) -> anyhow::Result<()> {
    let path = match args.data {
        Some(path) => path,
        None => super::default_data_path()?,
    };
    if !path.exists() {
        return Err(
            UserError::not_found(format!("no emulator data file at {}", path.display()))
                .with_hint("start `viamctl emulator serve` first, or pass `--data`")
                .into(),
        );
    }

    let email = args.email;
    let organization = args.org;
    let (user_id, organization_id) = tokio::task::spawn_blocking(move || {
        let store = Store::open(&path)?;
        let accepted = accept(&store, &email, organization.as_deref()).map_err(|error| {
            let exit = match error.kind {
                ErrorKind::NotFound => Exit::NotFound,
                ErrorKind::InvalidArgument => Exit::Usage,
                _ => Exit::Failure,
            };
            let message = format!("{} (searched data file {})", error.message, path.display());
            let user_error = UserError::new(exit, message);
            match exit {
                Exit::NotFound => user_error.with_hint(
                    "list pending invites with `viamctl org member list`, or pass `--data` \
                     with the file the server uses",
                ),
                _ => user_error,
            }
        })?;
        anyhow::Ok(accepted)
    })
    .await??;

    eprintln!("accepted the invite to organization {organization_id}");
    println!("{user_id}");
    Ok(())
}

/// Accepts the invite of `email`, to `organization` when given, and returns the user id and
/// organization id.
fn accept(
    store: &Store,
    email: &str,
    organization: Option<&str>,
) -> Result<(String, String), Error> {
    rules::validate_email(email)?;
    let organization = organization
        .map(|id| ids::uuid_field("--org", id))
        .transpose()?;

    store.write(|db| {
        let invited = members::invited_organizations(db, email)?;
        let organization_id = match (organization, invited.as_slice()) {
            (Some(id), _) if invited.contains(&id) => id,
            (Some(id), _) => {
                return Err(Error::not_found(format!(
                    "no pending invite for {email} in organization {id}"
                )));
            }
            (None, []) => {
                return Err(Error::not_found(format!("no pending invite for {email}")));
            }
            (None, [only]) => only.clone(),
            (None, several) => {
                return Err(Error::invalid_argument(format!(
                    "{email} is invited to several organizations ({}): pass `--org` with one \
                     of them",
                    several.join(", ")
                )));
            }
        };
        let user_id = members::accept_invite(db, &organization_id, email, store::now_micros())?;
        Ok((user_id, organization_id))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::access::{Grant, Identity};
    use crate::emulator::store::organizations;

    const ORG_A: &str = "00000000-0000-4000-8000-00000000000a";
    const ORG_B: &str = "00000000-0000-4000-8000-00000000000b";

    fn store_with_invites(orgs: &[&str]) -> Store {
        let store = Store::open_in_memory();
        let owner = Identity::api_key("00000000-0000-4000-8000-0000000000ff");
        store
            .write(|db| {
                for org in orgs {
                    organizations::insert(db, org, "Org", &owner, 1)?;
                    members::create_invite(
                        db,
                        org,
                        "ada@example.com",
                        &[Grant::organization_owner(org)],
                        2,
                    )?;
                }
                Ok(())
            })
            .unwrap();
        store
    }

    #[test]
    fn single_invite_accepted() {
        let store = store_with_invites(&[ORG_A]);
        let (user_id, org) = accept(&store, "ada@example.com", None).unwrap();
        assert_eq!(org, ORG_A);
        assert!(ids::uuid_field("user", &user_id).is_ok());
        let error = accept(&store, "ada@example.com", None).unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
    }

    #[test]
    fn several_invites_need_org() {
        let store = store_with_invites(&[ORG_A, ORG_B]);
        let error = accept(&store, "ada@example.com", None).unwrap_err();
        assert_eq!(error.kind, ErrorKind::InvalidArgument);
        assert!(error.message.contains("`--org`"), "{error}");

        let (first_user, org) = accept(&store, "ada@example.com", Some(ORG_B)).unwrap();
        assert_eq!(org, ORG_B);
        let (second_user, org) = accept(&store, "ada@example.com", None).unwrap();
        assert_eq!(org, ORG_A);
        assert_eq!(first_user, second_user);
    }

    #[test]
    fn unknown_invite_rejected() {
        let store = store_with_invites(&[ORG_A]);
        let error = accept(&store, "bob@example.com", None).unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
        let error = accept(&store, "ada@example.com", Some(ORG_B)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
        let error = accept(&store, "not-an-email", None).unwrap_err();
        assert_eq!(error.kind, ErrorKind::InvalidArgument);
    }
}
