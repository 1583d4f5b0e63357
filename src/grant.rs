//! Parsing of grants written `ROLE:TYPE:ID`, shared by every command that assigns roles.
//!
//! On the wire a grant is an `Authorization` with `authorization_type = "role"` and
//! `authorization_id = "<type>_<role>"`, for example `location_operator`.

use std::fmt;

use crate::error::UserError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Owner,
    Operator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResourceType {
    Organization,
    Location,
    Robot,
}

/// A parsed grant whose resource may still be a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub role: Role,
    pub resource_type: ResourceType,
    pub resource: String,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Operator => "operator",
        }
    }
}

impl ResourceType {
    /// Returns the name the API uses in `resource_type` and `authorization_id`.
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceType::Organization => "organization",
            ResourceType::Location => "location",
            ResourceType::Robot => "robot",
        }
    }
}

impl fmt::Display for Grant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}",
            self.role.as_str(),
            self.resource_type.as_str(),
            self.resource
        )
    }
}

impl Grant {
    /// Returns the wire `authorization_id`, such as `location_operator`.
    pub fn authorization_id(&self) -> String {
        format!("{}_{}", self.resource_type.as_str(), self.role.as_str())
    }
}

/// Writes a wire authorization, given by its `authorization_id`, `resource_type` and
/// `resource_id`, as `ROLE:TYPE:ID`: the form `--grant` accepts, so a grant shown in a table
/// can be pasted back into a command. An `authorization_id` that is not `<type>_<role>` is
/// shown unchanged.
pub fn display_authorization(
    authorization_id: &str,
    resource_type: &str,
    resource_id: &str,
) -> String {
    let role = authorization_id
        .strip_prefix(resource_type)
        .and_then(|rest| rest.strip_prefix('_'));
    match role {
        Some(role) => format!("{role}:{resource_type}:{resource_id}"),
        None => format!("{authorization_id}:{resource_id}"),
    }
}

/// Parses `ROLE:TYPE:ID`; the error names the part that is wrong.
pub fn parse(text: &str) -> Result<Grant, UserError> {
    let example = "write grants as ROLE:TYPE:ID, for example `operator:location:lab` or `owner:organization:ORG_ID`";
    let parts: Vec<&str> = text.splitn(3, ':').collect();
    let [role, resource_type, resource] = parts.as_slice() else {
        return Err(
            UserError::usage(format!("invalid grant \"{text}\": expected ROLE:TYPE:ID"))
                .with_hint(example),
        );
    };
    let role = match role.to_ascii_lowercase().as_str() {
        "owner" => Role::Owner,
        "operator" => Role::Operator,
        _ => {
            return Err(UserError::usage(format!(
                "unknown role \"{role}\" in grant \"{text}\"; expected owner or operator"
            ))
            .with_hint(example));
        }
    };
    let Some(resource_type) = parse_type(resource_type) else {
        return Err(UserError::usage(format!(
            "unknown resource type \"{resource_type}\" in grant \"{text}\"; expected organization, location or robot (machine)"
        ))
        .with_hint(example));
    };
    let resource = resource.trim();
    if resource.is_empty() {
        return Err(
            UserError::usage(format!("missing resource ID in grant \"{text}\"")).with_hint(example),
        );
    }
    Ok(Grant {
        role,
        resource_type,
        resource: resource.to_string(),
    })
}

/// Parses a resource type, accepting `org` and `machine` as aliases.
fn parse_type(text: &str) -> Option<ResourceType> {
    match text.to_ascii_lowercase().as_str() {
        "organization" | "org" => Some(ResourceType::Organization),
        "location" => Some(ResourceType::Location),
        "robot" | "machine" => Some(ResourceType::Robot),
        _ => None,
    }
}

/// A resource written `TYPE:ID`, whose ID may still be a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceRef {
    pub resource_type: ResourceType,
    pub resource: String,
}

/// Parses `TYPE:ID` for clap, such as `location:lab` or `machine:rover-1`.
pub fn parse_resource_arg(text: &str) -> Result<ResourceRef, String> {
    let Some((kind, resource)) = text.split_once(':') else {
        return Err(format!(
            "invalid resource \"{text}\": expected TYPE:ID, for example `location:lab`"
        ));
    };
    let Some(resource_type) = parse_type(kind) else {
        return Err(format!(
            "unknown resource type \"{kind}\" in \"{text}\"; expected organization, location or robot (machine)"
        ));
    };
    let resource = resource.trim();
    if resource.is_empty() {
        return Err(format!("missing resource ID in \"{text}\""));
    }
    Ok(ResourceRef {
        resource_type,
        resource: resource.to_string(),
    })
}

/// Parses a grant for clap, so bad grants fail before anything is sent.
pub fn parse_arg(text: &str) -> Result<Grant, String> {
    parse(text).map_err(|error| match error.hint {
        Some(hint) => format!("{}\n\n  hint: {hint}", error.message),
        None => error.message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_authorization_reads_back() {
        let displayed = display_authorization("location_operator", "location", "abcde12345");
        let unknown = display_authorization("custom_role", "location", "abcde12345");

        assert_eq!(displayed, "operator:location:abcde12345");
        assert_eq!(parse(&displayed).unwrap().to_string(), displayed);
        assert_eq!(unknown, "custom_role:abcde12345");
    }

    #[test]
    fn parses_aliases() {
        let grant = parse("operator:machine:rover-1").unwrap();
        assert_eq!(grant.role, Role::Operator);
        assert_eq!(grant.resource_type, ResourceType::Robot);
        assert_eq!(grant.resource, "rover-1");
        assert_eq!(grant.authorization_id(), "robot_operator");
        assert_eq!(
            parse("owner:org:o1").unwrap().authorization_id(),
            "organization_owner"
        );
    }

    #[test]
    fn unknown_role_named() {
        let error = parse("admin:location:lab").unwrap_err();
        assert_eq!(
            error.message,
            "unknown role \"admin\" in grant \"admin:location:lab\"; expected owner or operator"
        );
    }

    #[test]
    fn unknown_type_named() {
        let error = parse("owner:fleet:lab").unwrap_err();
        assert!(
            error.message.contains("unknown resource type \"fleet\""),
            "{}",
            error.message
        );
    }

    #[test]
    fn empty_id_rejected() {
        let error = parse("owner:location:").unwrap_err();
        assert!(
            error.message.contains("missing resource ID"),
            "{}",
            error.message
        );
    }

    #[test]
    fn resource_refs_parse() {
        let parsed = parse_resource_arg("machine:rover-1").unwrap();
        assert_eq!(parsed.resource_type, ResourceType::Robot);
        assert_eq!(parsed.resource, "rover-1");
        assert!(
            parse_resource_arg("lab")
                .unwrap_err()
                .contains("expected TYPE:ID")
        );
        assert!(
            parse_resource_arg("fleet:x")
                .unwrap_err()
                .contains("unknown resource type \"fleet\"")
        );
        assert!(
            parse_resource_arg("location:")
                .unwrap_err()
                .contains("missing resource ID")
        );
    }

    #[test]
    fn missing_parts_rejected() {
        let error = parse("owner").unwrap_err();
        assert!(
            error.message.contains("expected ROLE:TYPE:ID"),
            "{}",
            error.message
        );
    }
}
