"""The committed SDK is exactly what the generator makes of openapi.yaml today."""

import filecmp
import subprocess
from pathlib import Path

import pytest

from tests.support.paths import GENERATED_SDK, SCRIPTS


def _files(root: Path) -> set[str]:
    return {
        str(path.relative_to(root)) for path in root.rglob("*") if path.is_file() and "__pycache__" not in path.parts
    }


def test_committed_sdk_matches_a_fresh_generation(tmp_path: Path) -> None:
    fresh = tmp_path / "_generated"
    subprocess.run([SCRIPTS / "generate-sdk", fresh], check=True, capture_output=True)

    committed_files, fresh_files = _files(GENERATED_SDK), _files(fresh)
    only_committed = sorted(committed_files - fresh_files)
    only_fresh = sorted(fresh_files - committed_files)
    changed = sorted(
        name
        for name in committed_files & fresh_files
        if not filecmp.cmp(GENERATED_SDK / name, fresh / name, shallow=False)
    )

    if only_committed or only_fresh or changed:
        pytest.fail(
            "sdk/versori_connect/_generated differs from a fresh generation; run scripts/generate-sdk and commit.\n"
            f"  changed: {changed}\n  not generated any more: {only_committed}\n  newly generated: {only_fresh}"
        )
