"""The official Python SDK (viam-sdk) doing what a viamctl command does, for the benchmark harness.

Each run is a fresh process, so its time includes interpreter start, imports, Authenticate and
the calls, like a script a user would write. The endpoint and API key come from VIAM_APP_URL,
VIAM_API_KEY_ID and VIAM_API_KEY.

Usage: sdk_peer.py org-list
       sdk_peer.py machine-list ORG_ID OUT_FILE
       sdk_peer.py part-logs PART_ID COUNT text|json OUT_FILE
       sdk_peer.py upload MODULE_ID VERSION PLATFORM FILE
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from urllib.parse import urlsplit

from google.protobuf.json_format import MessageToDict
from viam.app.viam_client import ViamClient
from viam.proto.app import ModuleFileInfo
from viam.rpc.dial import DialOptions


async def connect() -> ViamClient:
    url = urlsplit(os.environ["VIAM_APP_URL"])
    options = DialOptions.with_api_key(os.environ["VIAM_API_KEY"], os.environ["VIAM_API_KEY_ID"])
    # viam-sdk 0.85.1 dials with TLS unless `insecure` is set; the emulator is plaintext.
    options.insecure = True
    return await ViamClient.create_from_dial_options(options, app_url=f"{url.hostname}:{url.port}")


async def org_list() -> None:
    client = await connect()
    try:
        organizations = await client.app_client.list_organizations()
        print(json.dumps([MessageToDict(o, preserving_proto_field_name=True) for o in organizations]))
    finally:
        client.close()


async def machine_list(org_id: str, out_path: str) -> None:
    """List every location's machines one location at a time, as the SDK offers no org-wide call."""
    client = await connect()
    try:
        app = client.app_client
        robots = []
        for location in await app.list_locations(org_id):
            robots.extend(await app.list_robots(location.id))
        with open(out_path, "w") as out:
            json.dump([MessageToDict(r, preserving_proto_field_name=True) for r in robots], out)
    finally:
        client.close()


async def part_logs(part_id: str, count: int, form: str, out_path: str) -> None:
    client = await connect()
    try:
        app = client.app_client
        if form == "text":
            # The SDK's own writer: one tab-separated line per entry.
            await app.get_robot_part_logs(part_id, num_log_entries=count, dest=out_path)
            return
        entries = await app.get_robot_part_logs(part_id, num_log_entries=count)
        with open(out_path, "w") as out:
            for entry in entries:
                out.write(json.dumps(MessageToDict(entry.proto, preserving_proto_field_name=True)))
                out.write("\n")
    finally:
        client.close()


async def upload(module_id: str, version: str, platform: str, path: str) -> None:
    client = await connect()
    try:
        # upload_module_file takes the whole file as bytes and sends it as one message.
        with open(path, "rb") as archive:
            data = archive.read()
        info = ModuleFileInfo(module_id=module_id, version=version, platform=platform)
        print(await client.app_client.upload_module_file(info, data))
    finally:
        client.close()


def main(arguments: list[str]) -> None:
    if not arguments:
        sys.exit(__doc__)
    command, rest = arguments[0], arguments[1:]
    if command == "org-list" and not rest:
        asyncio.run(org_list())
    elif command == "machine-list" and len(rest) == 2:
        asyncio.run(machine_list(*rest))
    elif command == "part-logs" and len(rest) == 4 and rest[2] in ("text", "json"):
        asyncio.run(part_logs(rest[0], int(rest[1]), rest[2], rest[3]))
    elif command == "upload" and len(rest) == 4:
        asyncio.run(upload(*rest))
    else:
        sys.exit(f"invalid arguments {arguments!r}\n{__doc__}")


if __name__ == "__main__":
    main(sys.argv[1:])
