"""Module methods of AppClient: create_module, update_module, upload_module_file, get_module, list_modules."""

from __future__ import annotations

import hashlib
import io
import tarfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from grpclib import Status
from viam.app.app_client import AppClient
from viam.proto.app import Model, ModuleFileInfo, Visibility

from helpers import raises_status


def module_name() -> str:
    """Return a unique valid module name: lowercase letters, digits, `-` and `_`."""
    return f"sdk-module-{uuid.uuid4().hex[:8]}"


def archive_bytes() -> bytes:
    """Build a small gzip tar archive holding an executable `run.sh`."""
    script = b"#!/bin/sh\nexec echo module\n"
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("run.sh")
        info.size = len(script)
        info.mode = 0o755
        archive.addfile(info, io.BytesIO(script))
    return buffer.getvalue()


async def test_create_module_returns_org_scoped_id(app: AppClient, org_id: str):
    name = module_name()

    module_id, url = await app.create_module(org_id, name)

    assert module_id == f"{org_id}:{name}"
    assert url, "create_module returned no URL"
    module = await app.get_module(module_id)
    assert module.name == name
    assert module.organization_id == org_id
    assert module.visibility == Visibility.VISIBILITY_PRIVATE
    assert list(module.versions) == []


async def test_create_module_duplicate_name_rejected(app: AppClient, org_id: str):
    name = module_name()
    await app.create_module(org_id, name)

    with raises_status(Status.ALREADY_EXISTS):
        await app.create_module(org_id, name)


async def test_create_module_invalid_name_rejected(app: AppClient, org_id: str):
    with raises_status(Status.INVALID_ARGUMENT):
        await app.create_module(org_id, "Not A Valid Name")


async def test_update_module_sets_metadata(app: AppClient, org_id: str):
    module_id, _ = await app.create_module(org_id, module_name())
    model = Model(api="rdk:component:base", model="acme:wheels:hover")

    url = await app.update_module(
        module_id,
        url="https://example.com/wheels",
        description="Hoverboard wheels",
        models=[model],
        entrypoint="run.sh",
        public=True,
    )

    assert url
    module = await app.get_module(module_id)
    assert module.url == "https://example.com/wheels"
    assert module.description == "Hoverboard wheels"
    assert module.entrypoint == "run.sh"
    assert module.visibility == Visibility.VISIBILITY_PUBLIC
    assert [(m.api, m.model) for m in module.models] == [("rdk:component:base", "acme:wheels:hover")]


async def test_upload_module_file_stores_bytes(app: AppClient, org_id: str):
    module_id, _ = await app.create_module(org_id, module_name())
    data = archive_bytes()
    info = ModuleFileInfo(module_id=module_id, version="1.0.0", platform="linux/amd64")

    url = await app.upload_module_file(info, data)

    stored = urlsplit(url)
    assert stored.scheme == "file", f"expected a file URL, got {url!r}"
    assert hashlib.sha256(Path(stored.path).read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest()
    module = await app.get_module(module_id)
    assert [version.version for version in module.versions] == ["1.0.0"]
    assert [upload.platform for upload in module.versions[0].files] == ["linux/amd64"]


async def test_upload_module_file_duplicate_rejected(app: AppClient, org_id: str):
    module_id, _ = await app.create_module(org_id, module_name())
    info = ModuleFileInfo(module_id=module_id, version="0.2.0", platform="any")
    await app.upload_module_file(info, archive_bytes())

    with raises_status(Status.ALREADY_EXISTS):
        await app.upload_module_file(info, archive_bytes())


async def test_upload_module_file_invalid_version_rejected(app: AppClient, org_id: str):
    module_id, _ = await app.create_module(org_id, module_name())
    info = ModuleFileInfo(module_id=module_id, version="1.2", platform="any")

    with raises_status(Status.INVALID_ARGUMENT):
        await app.upload_module_file(info, archive_bytes())

    module = await app.get_module(module_id)
    assert list(module.versions) == []


async def test_upload_module_file_invalid_platform_rejected(app: AppClient, org_id: str):
    module_id, _ = await app.create_module(org_id, module_name())
    info = ModuleFileInfo(module_id=module_id, version="1.0.0", platform="plan9/mips")

    with raises_status(Status.INVALID_ARGUMENT):
        await app.upload_module_file(info, archive_bytes())


async def test_upload_module_file_empty_rejected(app: AppClient, org_id: str):
    module_id, _ = await app.create_module(org_id, module_name())
    info = ModuleFileInfo(module_id=module_id, version="1.0.0", platform="any")

    with raises_status(Status.INVALID_ARGUMENT):
        await app.upload_module_file(info, b"")

    module = await app.get_module(module_id)
    assert list(module.versions) == []


async def test_get_unknown_module_not_found(app: AppClient, org_id: str):
    with raises_status(Status.NOT_FOUND):
        await app.get_module(f"{org_id}:{module_name()}")


async def test_list_modules_includes_created(app: AppClient, org_id: str):
    first_id, _ = await app.create_module(org_id, module_name())
    second_id, _ = await app.create_module(org_id, module_name())

    modules = await app.list_modules(org_id)

    ids = [module.module_id for module in modules]
    assert first_id in ids
    assert second_id in ids
