"""S3 and every S3-compatible host (R2, B2, MinIO, SeaweedFS): `to = "s3://bucket/prefix"`.

Credentials come from where AWS tools keep them: AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY, AWS_PROFILE or ``profile`` in [deploy], ~/.aws/credentials.
The host from ``endpoint_url`` in [deploy] or AWS_ENDPOINT_URL.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

from audio.deploy.target import DeployError, failure
from audio.deploy.targets.fsspec_target import FsspecTarget
from audio.publish.hosting import DeploySettings


def open_target(to: str, settings: DeploySettings | None) -> FsspecTarget:
    import s3fs

    parts = urlsplit(to)
    bucket, prefix = parts.netloc, parts.path.strip("/")
    if not bucket:
        raise DeployError(f"{to}: name a bucket: s3://BUCKET/prefix")
    endpoint = (settings and settings.endpoint_url) or os.environ.get("AWS_ENDPOINT_URL")
    client: dict[str, str] = {}
    if settings and settings.region:
        client["region_name"] = settings.region
    # botocore retries with backoff: a host that is down would take half a minute to say so.
    options: dict[str, object] = {"client_kwargs": client, "skip_instance_cache": True,
                                  "config_kwargs": {"retries": {"max_attempts": 2},
                                                    "connect_timeout": 10}}
    if endpoint:
        options["endpoint_url"] = endpoint
    if settings and settings.profile:
        options["profile"] = settings.profile
    fs = s3fs.S3FileSystem(**options)
    _require_bucket(fs, bucket, to)
    return FsspecTarget(fs, f"{bucket}/{prefix}" if prefix else bucket, to, object_store=True)


def _require_bucket(fs: Any, bucket: str, to: str) -> None:
    """Some hosts make a bucket on the first upload to it: a typo would become a new,
    private bucket that no listener reaches. Refuse a bucket that is not there."""
    try:  # a listing, not head_bucket: its errors say why (a HEAD answer has no body)
        fs.call_s3("list_objects_v2", Bucket=bucket, MaxKeys=1)
    except FileNotFoundError:
        raise DeployError(f"{to}: no such bucket {bucket!r} (create it on the host first)") \
            from None
    except Exception as exc:  # credentials, network: the same words as any other step
        raise failure(to, exc) from None
