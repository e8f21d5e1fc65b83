"""The committed SDK is exactly what the generator makes of the contracts today: each generated package (the
Connect API's from openapi.yaml, the Platform API's from platform-openapi.yaml) is compared with a fresh
generation, file by file."""

import filecmp
import subprocess
from pathlib import Path

import pytest

from tests.support.paths import GENERATED_PLATFORM_SDK, GENERATED_SDK, SCRIPTS, SDK_PACKAGE


def _files(root: Path) -> set[str]:
    return {
        str(path.relative_to(root)) for path in root.rglob("*") if path.is_file() and "__pycache__" not in path.parts
    }


def _differences(committed: Path, fresh: Path) -> dict[str, list[str]]:
    committed_files, fresh_files = _files(committed), _files(fresh)
    differences = {
        "changed": sorted(
            name
            for name in committed_files & fresh_files
            if not filecmp.cmp(committed / name, fresh / name, shallow=False)
        ),
        "not generated any more": sorted(committed_files - fresh_files),
        "newly generated": sorted(fresh_files - committed_files),
    }
    return {kind: names for kind, names in differences.items() if names}


@pytest.fixture(scope="module")
def fresh_generation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both packages generated anew, at their paths below sdk/versori_connect."""
    out = tmp_path_factory.mktemp("versori_connect")
    subprocess.run([SCRIPTS / "generate-sdk", out], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("committed", [GENERATED_SDK, GENERATED_PLATFORM_SDK], ids=["connect", "platform"])
def test_committed_package_matches_a_fresh_generation(committed: Path, fresh_generation: Path) -> None:
    fresh = fresh_generation / committed.relative_to(SDK_PACKAGE)
    assert fresh.is_dir(), f"scripts/generate-sdk wrote nothing at {fresh}"

    differences = _differences(committed, fresh)

    if differences:
        listed = "\n".join(f"  {kind}: {names}" for kind, names in differences.items())
        pytest.fail(
            f"{committed.relative_to(SDK_PACKAGE.parent.parent)} differs from a fresh generation; run "
            f"scripts/generate-sdk and commit.\n{listed}"
        )
