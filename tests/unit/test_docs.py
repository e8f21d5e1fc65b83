"""The README is a front door (short, and every page of docs/ linked from it), and no relative link in the README or
the docs is broken."""

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from mock_server.__main__ import banner
from mock_server.seed.loading import starting_seed
from mock_server.settings import Settings
from tests.support.paths import REPO_ROOT

README = REPO_ROOT / "README.md"
PAGES = sorted((REPO_ROOT / "docs").glob("*.md"))
README_LIMIT = 16_000
# [text](target): the target up to a closing parenthesis, a space (a title) or the end.
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_CODE = re.compile(r"```.*?```", re.DOTALL)


def links(page: Path) -> list[str]:
    """The relative links of a Markdown page, outside code blocks."""
    text = _CODE.sub("", page.read_text(encoding="utf-8"))
    return [target for target in _LINK.findall(text) if not urlsplit(target).scheme and not target.startswith("#")]


def anchors(page: Path) -> set[str]:
    """GitHub's anchors for a page's headings."""
    headings = re.findall(r"^#+ (.+)$", _CODE.sub("", page.read_text(encoding="utf-8")), flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


def broken(page: Path) -> list[str]:
    found = []
    for target in links(page):
        path, _, fragment = unquote(target).partition("#")
        resolved = (page.parent / path).resolve() if path else page
        if not resolved.exists() or (fragment and resolved.suffix == ".md" and fragment not in anchors(resolved)):
            found.append(target)
    return found


def test_the_readme_is_short() -> None:
    assert len(README.read_text(encoding="utf-8")) <= README_LIMIT


@pytest.mark.parametrize(
    "page", [README, REPO_ROOT / "BENCHMARKS.md", *PAGES], ids=lambda page: str(page.relative_to(REPO_ROOT))
)
def test_no_relative_link_is_broken(page: Path) -> None:
    assert broken(page) == []


def test_every_page_of_the_docs_is_linked_from_the_readme() -> None:
    linked = {(README.parent / target.partition("#")[0]).resolve() for target in links(README)}

    assert [page.name for page in PAGES if page.resolve() not in linked] == []


def test_a_broken_link_is_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    (tmp_path / "there.md").write_text("# A heading\n", encoding="utf-8")
    page.write_text(
        "[ok](there.md) [ok](there.md#a-heading) [gone](missing.md) [no anchor](there.md#nowhere)\n"
        "```\n[in code](ignored.md)\n```\n[web](https://example.com)\n",
        encoding="utf-8",
    )

    assert broken(page) == ["missing.md", "there.md#nowhere"]


def test_the_readme_shows_the_banner_the_server_prints_at_its_default_address() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"prints what a first call needs, one labelled line each:\n\n```text\n(.*?)\n```", readme, re.S)
    settings = Settings()

    assert shown is not None
    assert shown.group(1) == banner(settings, starting_seed(settings))
