#!/usr/bin/env python3
"""Nightly cleanup of build caches and dangling images."""
import json

import requests_unixsocket

DOCKER = "http+unix://%2Fvar%2Frun%2Fdocker.sock"
session = requests_unixsocket.Session()


def prune_build_cache(keep_bytes):
    # Newer daemons call this reserved-space; keep-storage was the older name.
    r = session.post(f"{DOCKER}/v1.48/build/prune", params={"reserved-space": keep_bytes, "all": "true"})
    r.raise_for_status()
    return r.json()["SpaceReclaimed"]


def prune_images():
    filters = json.dumps({"dangling": ["true"]})
    r = session.post(f"{DOCKER}/v1.41/images/prune?filters={filters}")
    return r.json()


if __name__ == "__main__":
    print(prune_build_cache(10 * 1024**3), prune_images())
