"""The Python examples of the README and the docs, so a test can run them as a reader would."""

import re

from .paths import REPO_ROOT


def readme_python_example(after: str = "", page: str = "README.md") -> str:
    """The first ```python block of ``page`` (README.md, or a page such as ``docs/testing.md``), or the first after
    the line ``after`` (a heading, say)."""
    text = (REPO_ROOT / page).read_text(encoding="utf-8")
    start = text.index(f"\n{after}\n") if after else 0
    match = re.search(r"```python\n(.*?)```", text[start:], flags=re.DOTALL)
    assert match, f"{page} has no python example after {after!r}"
    return match.group(1)
