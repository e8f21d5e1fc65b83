"""The README's Python example, so a test can run it as a reader would."""

import re

from .paths import REPO_ROOT


def readme_python_example() -> str:
    """The first ```python block of README.md."""
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```python\n(.*?)```", text, flags=re.DOTALL)
    assert match, "README.md has no python example"
    return match.group(1)
