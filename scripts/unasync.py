"""Derive each sync layer from its hand-written async twin, as httpcore does: sdk/versori_connect/_sync from _async
(the Connect API's client), platform/_sync from platform/_async (the Platform API's), loopback/_sync from
loopback/_async (the loopback OAuth flow), and _core/_sync from _core/_async (what every API's client is built
on).

    .venv/bin/python scripts/unasync.py          rewrite _sync from _async
    .venv/bin/python scripts/unasync.py --check  exit 1 if the committed _sync differs from a fresh derivation

Each rule below is a whole-word substitution; the result is formatted by the project's ruff, so that a line
shortened by dropping ``await`` is laid out as ruff would lay it out by hand.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SDK = ROOT / "sdk"
PACKAGE = SDK / "versori_connect"
# (hand-written async layer, the sync layer derived from it)
LAYERS = [
    (PACKAGE / "_async", PACKAGE / "_sync"),
    (PACKAGE / "platform" / "_async", PACKAGE / "platform" / "_sync"),
    (PACKAGE / "loopback" / "_async", PACKAGE / "loopback" / "_sync"),
    (PACKAGE / "_core" / "_async", PACKAGE / "_core" / "_sync"),
]
HEADER = "# Derived from {source} by scripts/unasync.py: edit that file, then run the script.\n"

# (pattern, replacement), applied in order.
RULES: list[tuple[str, str]] = [
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\basync with\b", "with"),
    (r"\bawait ", ""),
    (r"Awaitable\[(RawResponse\[_T\]|_T)\]", r"\1"),
    (r"\bAwaitable, ", ""),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAsyncBaseTransport\b", "BaseTransport"),
    (r"\b__aiter__\b", "__iter__"),
    # An async list returns an AsyncPaginator (awaitable, async-iterable) made of a function fetching its first
    # page; a sync list returns that page.
    (r"\bAsyncPaginator\[[^\[\],]+, (\w+)\]", r"\1"),
    (r"\bAsyncPaginator\(lambda: (.+)\)$", r"\1"),
    # A page's sync twin is SyncX, not X, which is the generated page model it builds on.
    (r"\bAsync(\w*Page)\b", r"Sync\1"),
    (r"\b_Async([A-Z]\w*)", r"_\1"),
    (r"\bAsync([A-Z]\w*)", r"\1"),
    (r"(\.)_async\.", r"\1_sync."),
    (r"\baclose\b", "close"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b_async_sleep\b", "_sleep"),
    (r"\bareceive\b", "receive"),
    (r", with ``await`` on each call\.", "."),
    (r" ``await`` it for the page\.", ""),
    (
        r"The hand-written async layer; ``scripts/unasync`` derives ``([\w.]+)\._sync`` from it\.",
        r"The sync layer, derived from ``\1._async`` by ``scripts/unasync.py``.",
    ),
]


def derive(text: str) -> str:
    for pattern, replacement in RULES:
        text = re.sub(pattern, replacement, text, flags=re.MULTILINE)
    return text


def derived_files() -> dict[Path, str]:
    """Every file of each sync layer as the derivation makes it, formatted."""
    files = {}
    for source_layer, target_layer in LAYERS:
        for source in sorted(source_layer.glob("*.py")):
            text = HEADER.format(source=source.relative_to(SDK)) + derive(source.read_text())
            files[target_layer / source.name] = _formatted(text, target_layer / source.name)
    return files


def _formatted(text: str, path: Path) -> str:
    ruff = ROOT / ".venv" / "bin" / "ruff"
    for command in (["check", "--fix-only", "--select", "I,F401"], ["format"]):
        text = subprocess.run(
            [ruff, *command, "--stdin-filename", str(path), "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
    return text


def main() -> int:
    files = derived_files()
    if sys.argv[1:] == ["--check"]:
        stale = [path for path, text in files.items() if not path.is_file() or path.read_text() != text]
        extra = [path for _, target in LAYERS for path in target.glob("*.py") if path not in files]
        for path in stale + extra:
            print(f"unasync: {path.relative_to(ROOT)} is not what scripts/unasync.py derives", file=sys.stderr)
        return 1 if stale or extra else 0
    for _, target in LAYERS:
        target.mkdir(exist_ok=True)
    for path, text in files.items():
        path.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
