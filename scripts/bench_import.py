"""What importing the SDK costs next to ``import httpx`` (run by scripts/bench-import).

Measured: ``import versori_connect`` and ``from versori_connect import Client`` (and ``AsyncClient``), each
against the target of at most 1.2x ``import httpx``.

The SDK is installed, with only its runtime dependencies, into a fresh venv (and, with ``--compare REF``, the SDK
of a git ref into a second one), so that no development tool is imported by accident. Each sample is a fresh
interpreter that times one import statement with ``time.perf_counter`` (start-up excluded). The statements
take turns within each round, in an order that rotates from round to round, so that a busy moment of the shared
machine falls on all of them alike; the ratio to ``import httpx`` is taken within each round and the median
round's ratio is reported.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import venv
from dataclasses import dataclass
from pathlib import Path

from bench_support.harness import median_ratio, verdict

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.2
SDK_STATEMENTS = (
    "import versori_connect",
    "from versori_connect import Client",
    "from versori_connect import AsyncClient",
)


@dataclass(frozen=True)
class Variant:
    label: str
    python: Path
    statement: str


def make_venv(directory: Path, source: Path) -> Path:
    """A venv holding the SDK installed from ``source`` and its runtime dependencies, nothing else."""
    venv.create(directory, with_pip=True)
    python = directory / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", source],
        check=True,
        capture_output=True,
    )
    return python


def source_of(ref: str, directory: Path) -> Path:
    """The project's files at a git ref, unpacked into ``directory``."""
    directory.mkdir()
    archive = subprocess.run(["git", "-C", ROOT, "archive", ref], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", directory], input=archive, check=True)
    return directory


def installed(python: Path) -> str:
    freeze = subprocess.run(
        [python, "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return ", ".join(line for line in freeze.split() if not line.startswith(("pip==", "setuptools==")))


def import_seconds(variant: Variant, workdir: Path) -> float:
    code = f"import time; t = time.perf_counter(); {variant.statement}; print(time.perf_counter() - t)"
    result = subprocess.run([variant.python, "-c", code], check=True, capture_output=True, text=True, cwd=workdir)
    return float(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=41)
    parser.add_argument("--compare", metavar="REF", help="also measure the SDK of this git ref (e.g. fidelity)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-import-") as temp:
        workdir = Path(temp)
        python = make_venv(workdir / "venv", ROOT)
        print(f"venv: {installed(python)}")
        variants = [Variant("import httpx", python, "import httpx")]
        variants += [Variant(statement, python, statement) for statement in SDK_STATEMENTS]
        if args.compare:
            old_python = make_venv(workdir / "venv-ref", source_of(args.compare, workdir / "ref"))
            print(f"venv of {args.compare}: {installed(old_python)}")
            variants += [
                Variant(f"{statement} ({args.compare})", old_python, statement) for statement in SDK_STATEMENTS
            ]

        for variant in variants:  # The first import of a fresh install writes nothing, but warms the page cache.
            import_seconds(variant, workdir)
        samples: dict[str, list[float]] = {variant.label: [] for variant in variants}
        for round_number in range(args.rounds):
            shift = round_number % len(variants)
            for variant in variants[shift:] + variants[:shift]:
                samples[variant.label].append(import_seconds(variant, workdir))

    baseline = samples["import httpx"]
    ratios = {label: median_ratio(times, baseline) for label, times in samples.items()}
    width = max(len(label) for label in samples)
    print(f"\n{args.rounds} rounds, each statement once per round in a fresh interpreter, turns rotating")
    print(f"{'statement':<{width}}  {'median ms':>9}  {'x import httpx':>14}")
    for label, times in samples.items():
        print(f"{label:<{width}}  {statistics.median(times) * 1000:>9.1f}  {ratios[label]:>13.2f}x")
    print(f"\ntarget: at most {TARGET_RATIO}x import httpx")
    for statement in SDK_STATEMENTS:
        print(f"  {statement:<{width}}  {ratios[statement]:.2f}x, {verdict(ratios[statement], TARGET_RATIO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
