"""Assertions and builders shared by the conformance tests."""

from __future__ import annotations

import contextlib
import re
import uuid
from datetime import datetime, timedelta, timezone
from typing import Iterator

import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from grpclib import Status
from grpclib.exceptions import GRPCError
from viam.proto.app import Authorization

# Location IDs of the real service are ten lowercase letters and digits.
# Organization, machine and part IDs are UUIDs.
LOCATION_ID = re.compile(r"[a-z0-9]{10}")

# How far a server timestamp of something just created may lie from this
# machine's clock. Both run on the same host, so this only absorbs slow runs.
CLOCK_TOLERANCE = timedelta(minutes=5)


def unique_name(prefix: str) -> str:
    """Return the prefix with a random suffix, such as `loc-3f9a1c2e`, so that tests never share a name."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def unique_email() -> str:
    return f"{unique_name('user')}@example.com"


def unknown_uuid() -> str:
    """Return a well-formed UUID that names nothing on the server."""
    return str(uuid.uuid4())


def assert_uuid(value: str, description: str) -> None:
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        pytest.fail(f"{description} should be a UUID, got {value!r}")
    assert str(parsed) == value, f"{description} should be a lowercase hyphenated UUID, got {value!r}"


def assert_location_id(value: str) -> None:
    assert LOCATION_ID.fullmatch(value), f"location ID should be ten lowercase letters and digits, got {value!r}"


def assert_recent(moment: Timestamp | datetime | None, description: str) -> None:
    """Assert that a timestamp is set and close to now (catches unset fields and unit mix-ups)."""
    assert moment is not None, f"{description} is not set"
    if isinstance(moment, Timestamp):
        assert moment.seconds != 0 or moment.nanos != 0, f"{description} is not set"
        moment = moment.ToDatetime(tzinfo=timezone.utc)
    elif moment.tzinfo is None:
        # The SDK converts timestamps with Timestamp.ToDatetime(), which returns naive UTC.
        moment = moment.replace(tzinfo=timezone.utc)
    now = datetime.now(timezone.utc)
    assert abs(now - moment) < CLOCK_TOLERANCE, f"{description} is {moment.isoformat()}, expected close to {now.isoformat()}"


@contextlib.contextmanager
def raises_status(status: Status) -> Iterator[pytest.ExceptionInfo[GRPCError]]:
    """Expect the block to raise the SDK's GRPCError with this status."""
    with pytest.raises(GRPCError) as info:
        yield info
    error = info.value
    assert error.status == status, f"expected status {status.name}, got {error.status.name}: {error.message}"


@contextlib.contextmanager
def skip_if_unimplemented(method: str) -> Iterator[None]:
    """Skip the test if the emulator responds with UNIMPLEMENTED.

    Use this only for AppService methods that viamctl has no command for, which
    the emulator is not required to serve.
    """
    try:
        yield
    except GRPCError as error:
        if error.status == Status.UNIMPLEMENTED:
            pytest.skip(f"the emulator does not implement {method}")
        raise


def role_authorization(org_id: str, role: str, resource_type: str, resource_id: str) -> Authorization:
    """Build an invite authorization the way the SDK's docstrings show it.

    `role` is "owner" or "operator" and `resource_type` is "organization",
    "location" or "robot". The identity fields stay empty because the invite
    does not name a user yet.
    """
    return Authorization(
        authorization_type="role",
        authorization_id=f"{resource_type}_{role}",
        resource_type=resource_type,
        resource_id=resource_id,
        organization_id=org_id,
        identity_id="",
        identity_type="",
    )


def authorization_keys(authorizations: list[Authorization]) -> set[tuple[str, str, str, str]]:
    """Reduce authorizations to what identifies a grant, ignoring identity fields the server may fill in."""
    return {(a.authorization_type, a.authorization_id, a.resource_type, a.resource_id) for a in authorizations}
