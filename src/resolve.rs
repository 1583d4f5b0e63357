//! Turning what the user typed (an ID or a name) into the resource it names.
//!
//! A name that matches several resources is an error listing every match with its ID:
//! viamctl never picks one silently.

use anyhow::Result;

use crate::context::Context;
use crate::error::{Exit, UserError, exit_for};
use crate::grant::{Grant, ResourceType};
use crate::proto::viam::app::v1::{
    ApiKey, ApiKeyWithAuthorizations, Authorization, GetLocationRequest,
    GetRobotPartByNameAndLocationRequest, GetRobotPartRequest, GetRobotPartsRequest,
    GetRobotRequest, GetUserIdByEmailRequest, ListKeysRequest, ListLocationsRequest,
    ListOrganizationMembersRequest, ListOrganizationsRequest, ListRobotsForOrgRequest,
    ListRobotsRequest, Location, Organization, Robot, RobotPart,
};
use crate::rpc;

/// Reports whether `text` has the shape of a UUID, the form of organization and machine IDs.
pub fn looks_like_uuid(text: &str) -> bool {
    uuid::Uuid::try_parse(text).is_ok()
}

/// Returns the one item whose ID or name is `given`, or an error naming every candidate.
fn pick<'a, T>(
    items: &'a [T],
    given: &str,
    kind: &str,
    scope: &str,
    id: impl Fn(&T) -> &str,
    name: impl Fn(&T) -> &str,
) -> Result<&'a T> {
    let hint = format!("pass the {kind} ID instead");
    pick_with(items, given, (kind, scope, &hint), id, name, |_| {
        String::new()
    })
}

/// Like [`pick`], with `detail` appended to each candidate listed for an ambiguous name and
/// `hint` shown below the list. `labels` are the kind, the scope and the hint.
fn pick_with<'a, T>(
    items: &'a [T],
    given: &str,
    labels: (&str, &str, &str),
    id: impl Fn(&T) -> &str,
    name: impl Fn(&T) -> &str,
    detail: impl Fn(&T) -> String,
) -> Result<&'a T> {
    let (kind, scope, hint) = labels;
    if let Some(item) = items.iter().find(|item| id(item) == given) {
        return Ok(item);
    }
    let matches: Vec<&T> = items.iter().filter(|item| name(item) == given).collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(UserError::not_found(format!("{kind} \"{given}\" not found in {scope}")).into()),
        many => {
            let listed: Vec<String> = many
                .iter()
                .map(|item| format!("  {}  {}{}", id(item), name(item), detail(item)))
                .collect();
            Err(UserError::usage(format!(
                "{kind} name \"{given}\" matches {} {kind}s in {scope}:\n{}",
                many.len(),
                listed.join("\n")
            ))
            .with_hint(hint.to_string())
            .into())
        }
    }
}

/// Resolves an organization: the one given, else the default, else the only one visible.
pub async fn organization(ctx: &Context, given: Option<&str>) -> Result<Organization> {
    let given = match given {
        Some(given) => Some(given.to_string()),
        None => ctx.default_org().await?,
    };
    let connection = ctx.connection().await?;
    let organizations = rpc!(connection, list_organizations, ListOrganizationsRequest {})
        .await?
        .organizations;

    if let Some(given) = given {
        let found = pick(
            &organizations,
            &given,
            "organization",
            "the organizations this key can see",
            |o| &o.id,
            |o| &o.name,
        )?;
        return Ok(found.clone());
    }
    match organizations.as_slice() {
        [one] => Ok(one.clone()),
        [] => {
            Err(UserError::new(Exit::NotFound, "this API key cannot see any organization").into())
        }
        many => {
            let listed: Vec<String> = many
                .iter()
                .map(|o| format!("  {}  {}", o.id, o.name))
                .collect();
            Err(UserError::usage(format!(
                "this API key can see {} organizations; choose one:\n{}",
                many.len(),
                listed.join("\n")
            ))
            .with_hint(
                "pass `--org ORG`, or set a default with `viamctl profile update NAME --org ORG`",
            )
            .into())
        }
    }
}

/// Resolves the organization's ID (see [`organization`]).
pub async fn org_id(ctx: &Context, given: Option<&str>) -> Result<String> {
    if let Some(given) = given.filter(|g| looks_like_uuid(g)) {
        return Ok(given.to_string());
    }
    Ok(organization(ctx, given).await?.id)
}

/// Lists every location of an organization, nested ones included.
pub async fn locations(ctx: &Context, org_id: &str) -> Result<Vec<Location>> {
    let connection = ctx.connection().await?;
    let request = ListLocationsRequest {
        organization_id: org_id.to_string(),
    };
    Ok(rpc!(connection, list_locations, request).await?.locations)
}

/// Resolves a location by ID or name within an organization.
pub async fn location(ctx: &Context, org_id: &str, given: &str) -> Result<Location> {
    require_non_empty(given, "location")?;
    let all = locations(ctx, org_id).await?;
    let picked = pick(
        &all,
        given,
        "location",
        "this organization",
        |l| &l.id,
        |l| &l.name,
    );
    match picked {
        Ok(location) => Ok(location.clone()),
        // The list leaves out locations the credentials cannot read, so an ID missing from it
        // is requested directly, and a denial is reported as such (exit 4), not as missing.
        Err(error) if looks_like_location_id(given) && exit_for(&error) == Exit::NotFound => {
            let connection = ctx.connection().await?;
            let request = GetLocationRequest {
                location_id: given.to_string(),
            };
            match rpc!(connection, get_location, request).await {
                Err(denied) if exit_for(&denied) == Exit::Denied => Err(denied),
                // A readable location that is missing from the list belongs to another
                // organization, so "not found in this organization" stays true.
                _ => Err(error),
            }
        }
        Err(error) => Err(error),
    }
}

/// Reports whether `text` has the shape of a location ID: ten lowercase letters and digits.
fn looks_like_location_id(text: &str) -> bool {
    text.len() == 10
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Resolves the location named by `--location` or the profile, if any.
pub async fn default_location(ctx: &Context, org_id: &str) -> Result<Option<Location>> {
    match ctx.default_location().await? {
        Some(given) => Ok(Some(location(ctx, org_id, &given).await?)),
        None => Ok(None),
    }
}

/// Resolves a machine by ID, or by name within the default location (or else the whole
/// organization).
pub async fn machine(ctx: &Context, given: &str) -> Result<Robot> {
    require_non_empty(given, "machine")?;
    let connection = ctx.connection().await?;
    if looks_like_uuid(given) {
        let request = GetRobotRequest {
            id: given.to_string(),
        };
        if let Some(robot) = rpc!(connection, get_robot, request).await?.robot {
            return Ok(robot);
        }
    }
    let org_id = org_id(ctx, None).await?;
    match default_location(ctx, &org_id).await? {
        Some(location) => {
            let request = ListRobotsRequest {
                location_id: location.id.clone(),
            };
            let robots = rpc!(connection, list_robots, request).await?.robots;
            let scope = format!("location \"{}\"", location.name);
            Ok(pick(&robots, given, "machine", &scope, |r| &r.id, |r| &r.name)?.clone())
        }
        None => {
            let request = ListRobotsForOrgRequest {
                org_id: org_id.clone(),
            };
            let robots = rpc!(connection, list_robots_for_org, request).await?.robots;
            let labels = (
                "machine",
                "this organization",
                "pass the machine ID, or `--location LOC` to look in one location",
            );
            let detail = |robot: &Robot| format!("  (location {})", robot.location);
            Ok(pick_with(&robots, given, labels, |r| &r.id, |r| &r.name, detail)?.clone())
        }
    }
}

/// Resolves a resource of a grant or permission check (an ID or a name) to its ID.
pub async fn resource_id(
    ctx: &Context,
    org_id: &str,
    resource_type: ResourceType,
    given: &str,
) -> Result<String> {
    require_non_empty(given, resource_type.as_str())?;
    match resource_type {
        ResourceType::Organization if given == org_id => Ok(org_id.to_string()),
        ResourceType::Organization => Ok(organization(ctx, Some(given)).await?.id),
        ResourceType::Location => Ok(location(ctx, org_id, given).await?.id),
        ResourceType::Robot => Ok(machine(ctx, given).await?.id),
    }
}

/// Turns a parsed grant into the wire authorization, resolving a resource name to its ID.
/// The identity fields are left empty for the caller to fill.
pub async fn authorization(ctx: &Context, org_id: &str, grant: &Grant) -> Result<Authorization> {
    let resource_id = resource_id(ctx, org_id, grant.resource_type, &grant.resource).await?;
    Ok(Authorization {
        authorization_type: "role".into(),
        authorization_id: grant.authorization_id(),
        resource_type: grant.resource_type.as_str().into(),
        resource_id,
        identity_id: String::new(),
        organization_id: org_id.to_string(),
        identity_type: String::new(),
    })
}

/// Resolves an API key ID or name to its ID. A UUID is taken as an ID without a lookup;
/// a name is looked up among the organization's keys.
pub async fn key_id(ctx: &Context, given: &str) -> Result<String> {
    require_non_empty(given, "key")?;
    if looks_like_uuid(given) {
        return Ok(given.to_string());
    }
    let org_id = org_id(ctx, None).await?;
    let connection = ctx.connection().await?;
    let request = ListKeysRequest { org_id };
    let keys: Vec<ApiKey> = rpc!(connection, list_keys, request)
        .await?
        .api_keys
        .into_iter()
        .map(|entry| entry.api_key.unwrap_or_default())
        .collect();
    match pick(
        &keys,
        given,
        "key",
        "this organization",
        |k| &k.id,
        |k| &k.name,
    ) {
        Ok(key) => Ok(key.id.clone()),
        Err(error) if exit_for(&error) == Exit::NotFound => Err(UserError::not_found(format!(
            "API key \"{given}\" not found in this organization: no key has that name"
        ))
        .with_hint("list the keys with `viamctl key list`")
        .into()),
        Err(error) => Err(error),
    }
}

/// Rejects an empty ID or name before anything is sent.
pub fn require_non_empty(given: &str, kind: &str) -> Result<()> {
    if given.trim().is_empty() {
        return Err(UserError::usage(format!("{kind} ID or name is empty")).into());
    }
    Ok(())
}

/// Resolves a part: an ID; a name with `machine`; `machine` alone for its main part; or a
/// name with the default location (looked up by name and location).
pub async fn part(
    ctx: &Context,
    given: Option<&str>,
    machine_given: Option<&str>,
) -> Result<RobotPart> {
    let connection = ctx.connection().await?;
    match (given, machine_given) {
        (Some(given), None) if looks_like_uuid(given) => {
            let request = GetRobotPartRequest {
                id: given.to_string(),
            };
            Ok(rpc!(connection, get_robot_part, request)
                .await?
                .part
                .unwrap_or_default())
        }
        (given, Some(machine_given)) => {
            let robot = machine(ctx, machine_given).await?;
            let request = GetRobotPartsRequest {
                robot_id: robot.id.clone(),
            };
            let parts = rpc!(connection, get_robot_parts, request).await?.parts;
            let scope = format!("machine \"{}\"", robot.name);
            match given {
                Some(given) => {
                    require_non_empty(given, "part")?;
                    Ok(pick(&parts, given, "part", &scope, |p| &p.id, |p| &p.name)?.clone())
                }
                None => parts.into_iter().find(|p| p.main_part).ok_or_else(|| {
                    UserError::not_found(format!("{scope} has no main part")).into()
                }),
            }
        }
        (Some(given), None) => {
            require_non_empty(given, "part")?;
            let org_id = org_id(ctx, None).await?;
            let Some(location) = default_location(ctx, &org_id).await? else {
                return Err(UserError::usage(format!("part \"{given}\" is not an ID"))
                    .with_hint("name its machine with `--machine M`, or its location with `--location LOC`")
                    .into());
            };
            let request = GetRobotPartByNameAndLocationRequest {
                name: given.to_string(),
                location_id: location.id.clone(),
            };
            match rpc!(connection, get_robot_part_by_name_and_location, request).await {
                Ok(response) => Ok(response.part.unwrap_or_default()),
                Err(error) if exit_for(&error) == Exit::NotFound => {
                    Err(UserError::not_found(format!(
                        "part \"{given}\" not found in location \"{}\"",
                        location.name
                    ))
                    .into())
                }
                Err(error) => Err(error),
            }
        }
        (None, None) => Err(UserError::usage("no part given")
            .with_hint("pass a part ID, or `--machine M` for the machine's main part")
            .into()),
    }
}

/// A user or API key that roles are granted to.
#[derive(Debug, Clone)]
pub struct Identity {
    pub id: String,
    /// `user` or `api-key`, as the API's `identity_type` spells it.
    pub kind: &'static str,
    /// The user's email or the key's name, for messages.
    pub label: String,
}

/// Resolves a user ID, a member's email, or an API key ID or name in the organization.
///
/// A caller who owns only part of the organization may not list its members. It can still
/// name a user by email, which is then looked up with GetUserIDByEmail, and a name that
/// matches nothing then fails with that permission error instead of "not found".
pub async fn identity(ctx: &Context, org_id: &str, given: &str) -> Result<Identity> {
    require_non_empty(given, "identity")?;
    let connection = ctx.connection().await?;
    let keys = rpc!(
        connection,
        list_keys,
        ListKeysRequest {
            org_id: org_id.to_string()
        }
    )
    .await?
    .api_keys;
    let key_of = |key: &ApiKeyWithAuthorizations| key.api_key.clone().unwrap_or_default();
    if let Some(key) = keys.iter().map(key_of).find(|k| k.id == given) {
        return Ok(Identity {
            id: key.id,
            kind: "api-key",
            label: key.name,
        });
    }
    let request = ListOrganizationMembersRequest {
        organization_id: org_id.to_string(),
    };
    let (members, members_denied) = match rpc!(connection, list_organization_members, request).await
    {
        Ok(response) => (response.members, None),
        Err(error) if exit_for(&error) == Exit::Denied => (Vec::new(), Some(error)),
        Err(error) => return Err(error),
    };
    if let Some(member) = members
        .iter()
        .find(|m| m.user_id == given || m.emails.iter().any(|e| e.eq_ignore_ascii_case(given)))
    {
        let label = member.emails.first().cloned().unwrap_or_default();
        return Ok(Identity {
            id: member.user_id.clone(),
            kind: "user",
            label,
        });
    }
    if members_denied.is_some() && given.contains('@') {
        let request = GetUserIdByEmailRequest {
            email: given.to_string(),
        };
        match rpc!(connection, get_user_id_by_email, request).await {
            Ok(response) => {
                return Ok(Identity {
                    id: response.user_id,
                    kind: "user",
                    label: given.to_string(),
                });
            }
            Err(error) if exit_for(&error) == Exit::NotFound => {}
            Err(error) => return Err(error),
        }
    }
    let named: Vec<ApiKey> = keys
        .iter()
        .map(key_of)
        .filter(|k| k.name == given)
        .collect();
    if named.is_empty()
        && let Some(error) = members_denied
    {
        return Err(error);
    }
    match named.as_slice() {
        [one] => Ok(Identity { id: one.id.clone(), kind: "api-key", label: one.name.clone() }),
        [] => Err(UserError::not_found(format!(
            "identity \"{given}\" not found: no member with that user ID or email, and no API key with that ID or name"
        ))
        .with_hint("list members with `viamctl org member list` and keys with `viamctl key list`")
        .into()),
        many => {
            let listed: Vec<String> = many.iter().map(|k| format!("  {}  {}", k.id, k.name)).collect();
            Err(UserError::usage(format!("key name \"{given}\" matches {} keys:\n{}", many.len(), listed.join("\n")))
                .with_hint("pass the key ID instead")
                .into())
        }
    }
}
