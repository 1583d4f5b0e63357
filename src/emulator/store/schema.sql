-- Schema version 1 of the emulator's data file. Times are Unix microseconds (UTC).
-- Rows that point at a location, machine or identity without a foreign key (metadata,
-- authorizations) are removed by the triggers at the end.

CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    public_namespace TEXT UNIQUE,
    default_region TEXT NOT NULL,
    cid TEXT,
    -- Encoded viam.app.v1.FragmentImportList and AllowedLoginMethods, NULL when unset.
    default_fragments BLOB,
    allowed_login_methods BLOB,
    created_on INTEGER NOT NULL
) STRICT;

CREATE TABLE locations (
    id TEXT PRIMARY KEY,
    -- The primary organization; others get access through location_shares.
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    parent_location_id TEXT REFERENCES locations (id) ON DELETE CASCADE,
    region TEXT NOT NULL,
    created_on INTEGER NOT NULL
) STRICT;

CREATE INDEX locations_by_organization ON locations (organization_id);
CREATE INDEX locations_by_parent ON locations (parent_location_id);

CREATE TABLE location_shares (
    location_id TEXT NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    PRIMARY KEY (location_id, organization_id)
) STRICT;

CREATE INDEX location_shares_by_organization ON location_shares (organization_id);

CREATE TABLE robots (
    id TEXT PRIMARY KEY,
    location_id TEXT NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_on INTEGER NOT NULL,
    last_access INTEGER,
    UNIQUE (location_id, name)
) STRICT;

CREATE TABLE parts (
    id TEXT PRIMARY KEY,
    robot_id TEXT NOT NULL REFERENCES robots (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    main_part INTEGER NOT NULL,
    -- The part's config as a JSON object.
    config TEXT NOT NULL,
    created_on INTEGER NOT NULL,
    last_updated INTEGER NOT NULL,
    last_access INTEGER,
    UNIQUE (robot_id, name)
) STRICT;

-- Secrets of locations and parts: exactly one of location_id and part_id is set.
CREATE TABLE secrets (
    id TEXT PRIMARY KEY,
    location_id TEXT REFERENCES locations (id) ON DELETE CASCADE,
    part_id TEXT REFERENCES parts (id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    -- viam.app.v1.SharedSecret.State
    state INTEGER NOT NULL,
    created_on INTEGER NOT NULL,
    CHECK ((location_id IS NULL) <> (part_id IS NULL))
) STRICT;

CREATE INDEX secrets_by_location ON secrets (location_id);
CREATE INDEX secrets_by_part ON secrets (part_id);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_on INTEGER NOT NULL,
    last_login INTEGER
) STRICT;

CREATE TABLE members (
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    date_added INTEGER NOT NULL,
    PRIMARY KEY (organization_id, user_id)
) STRICT;

CREATE TABLE invites (
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    created_on INTEGER NOT NULL,
    PRIMARY KEY (organization_id, email)
) STRICT;

-- What an invited user is granted when the invite is accepted.
CREATE TABLE invite_authorizations (
    organization_id TEXT NOT NULL,
    email TEXT NOT NULL COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'operator')),
    resource_type TEXT NOT NULL CHECK (resource_type IN ('organization', 'location', 'robot')),
    resource_id TEXT NOT NULL,
    PRIMARY KEY (organization_id, email, role, resource_type, resource_id),
    FOREIGN KEY (organization_id, email) REFERENCES invites (organization_id, email)
        ON DELETE CASCADE
) STRICT;

CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    -- SHA-256 of the key, hex.
    key_hash TEXT NOT NULL,
    created_on INTEGER NOT NULL
) STRICT;

CREATE TABLE authorizations (
    identity_id TEXT NOT NULL,
    identity_type TEXT NOT NULL CHECK (identity_type IN ('user', 'api-key')),
    role TEXT NOT NULL CHECK (role IN ('owner', 'operator')),
    resource_type TEXT NOT NULL CHECK (resource_type IN ('organization', 'location', 'robot')),
    resource_id TEXT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    PRIMARY KEY (identity_id, identity_type, role, resource_type, resource_id, organization_id)
) STRICT;

CREATE INDEX authorizations_by_organization ON authorizations (organization_id);
CREATE INDEX authorizations_by_resource ON authorizations (resource_type, resource_id);

-- User-defined metadata of organizations, locations and machines, as a JSON object.
CREATE TABLE metadata (
    resource_type TEXT NOT NULL CHECK (resource_type IN ('organization', 'location', 'robot')),
    resource_id TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (resource_type, resource_id)
) STRICT;

CREATE TRIGGER organizations_cleanup AFTER DELETE ON organizations BEGIN
    DELETE FROM metadata WHERE resource_type = 'organization' AND resource_id = OLD.id;
END;

CREATE TRIGGER locations_cleanup AFTER DELETE ON locations BEGIN
    DELETE FROM metadata WHERE resource_type = 'location' AND resource_id = OLD.id;
    DELETE FROM authorizations WHERE resource_type = 'location' AND resource_id = OLD.id;
    DELETE FROM invite_authorizations WHERE resource_type = 'location' AND resource_id = OLD.id;
END;

CREATE TRIGGER robots_cleanup AFTER DELETE ON robots BEGIN
    DELETE FROM metadata WHERE resource_type = 'robot' AND resource_id = OLD.id;
    DELETE FROM authorizations WHERE resource_type = 'robot' AND resource_id = OLD.id;
    DELETE FROM invite_authorizations WHERE resource_type = 'robot' AND resource_id = OLD.id;
END;

CREATE TRIGGER api_keys_cleanup AFTER DELETE ON api_keys BEGIN
    DELETE FROM authorizations WHERE identity_type = 'api-key' AND identity_id = OLD.id;
END;

CREATE TRIGGER users_cleanup AFTER DELETE ON users BEGIN
    DELETE FROM authorizations WHERE identity_type = 'user' AND identity_id = OLD.id;
END;

-- One row per config update of a part: the part as it was before the update (an encoded
-- viam.app.v1.RobotPart without its secrets) and who made the change.
CREATE TABLE part_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    part_id TEXT NOT NULL REFERENCES parts (id) ON DELETE CASCADE,
    robot_id TEXT NOT NULL,
    edited_on INTEGER NOT NULL,
    -- viam.app.v1.AuthenticationType
    editor_type INTEGER NOT NULL,
    editor_id TEXT NOT NULL,
    old_part BLOB NOT NULL
) STRICT;

CREATE INDEX part_history_by_part ON part_history (part_id, edited_on);

-- User-defined metadata of parts, as a JSON object.
CREATE TABLE part_metadata (
    part_id TEXT PRIMARY KEY REFERENCES parts (id) ON DELETE CASCADE,
    data TEXT NOT NULL
) STRICT;

-- Parts with a pending restart request, consumed by the part's next NeedsRestart call.
CREATE TABLE part_restarts (
    part_id TEXT PRIMARY KEY REFERENCES parts (id) ON DELETE CASCADE,
    requested_on INTEGER NOT NULL
) STRICT;

-- Log entries uploaded by parts. The id only grows, so a reader that remembers the largest id
-- it has seen finds every newer entry, whichever process wrote it. `time` is in Unix
-- nanoseconds, unlike the other tables, because entries carry nanosecond timestamps.
-- `entry` is the whole encoded viam.common.v1.LogEntry.
CREATE TABLE part_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    part_id TEXT NOT NULL REFERENCES parts (id) ON DELETE CASCADE,
    time INTEGER NOT NULL,
    level TEXT NOT NULL,
    message TEXT NOT NULL,
    entry BLOB NOT NULL
) STRICT;

CREATE INDEX part_logs_by_time ON part_logs (part_id, time, id);
-- Serves the tail of one part's log, which scans by id.
CREATE INDEX part_logs_by_part ON part_logs (part_id);

-- The last time each API key's secret was replaced, in Unix seconds (the unit of an access
-- token's `iat` claim). Tokens issued before it are rejected, so rotating a leaked key also
-- ends the sessions opened with the old secret.
CREATE TABLE api_key_rotations (
    key_id TEXT PRIMARY KEY REFERENCES api_keys (id) ON DELETE CASCADE,
    rotated_at INTEGER NOT NULL
) STRICT;

-- Fragments: configuration shared by many parts. `revision` counts updates from 1; every
-- revision, the current one included, has a row in fragment_revisions.
CREATE TABLE fragments (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- viam.app.v1.FragmentVisibility
    visibility INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    created_on INTEGER NOT NULL,
    last_updated INTEGER NOT NULL
) STRICT;

CREATE INDEX fragments_by_organization ON fragments (organization_id);

CREATE TABLE fragment_revisions (
    fragment_id TEXT NOT NULL REFERENCES fragments (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    name TEXT NOT NULL,
    -- The config as a JSON object.
    config TEXT NOT NULL,
    visibility INTEGER NOT NULL,
    created_on INTEGER NOT NULL,
    -- Who wrote this revision: an identity type of the authorizations table and its id.
    editor_type TEXT NOT NULL,
    editor_id TEXT NOT NULL,
    PRIMARY KEY (fragment_id, revision)
) STRICT;

-- Registry modules. A module's ID is computed when read: `namespace:name` while its
-- organization has a public namespace, else `organization-id:name`.
CREATE TABLE modules (
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- viam.app.v1.Visibility
    visibility INTEGER NOT NULL,
    url TEXT NOT NULL,
    description TEXT NOT NULL,
    -- Encoded viam.app.v1.ModuleMetadata holding models, entrypoint, first run script,
    -- markdown description and apps.
    metadata BLOB NOT NULL,
    created_on INTEGER NOT NULL,
    updated_on INTEGER NOT NULL,
    PRIMARY KEY (organization_id, name)
) STRICT;

-- One uploaded archive per module, version and platform. `file_name` is relative to the
-- `modules` directory beside the data file.
CREATE TABLE module_uploads (
    organization_id TEXT NOT NULL,
    module_name TEXT NOT NULL,
    version TEXT NOT NULL,
    platform TEXT NOT NULL,
    -- JSON list of strings.
    platform_tags TEXT NOT NULL,
    file_name TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    -- SHA-256 of the file, hex.
    sha256 TEXT NOT NULL,
    -- The module's encoded viam.app.v1.ModuleMetadata when this file was uploaded.
    metadata BLOB NOT NULL,
    uploaded_at INTEGER NOT NULL,
    PRIMARY KEY (organization_id, module_name, version, platform),
    FOREIGN KEY (organization_id, module_name) REFERENCES modules (organization_id, name)
        ON DELETE CASCADE
) STRICT;
