"""Initialise requests aimed at the rules of the authorize URL (mock_server/oauth/authorize_url.py): values that
pass and values that break one rule each, as fixed examples and as hypothesis strategies. Each changes a
valid body of a stored credential; all of them are valid data for JSON Schema."""

from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

# What valid data must have produced from initialise, as (status, code, field): every error code of the
# authorize URL's rules on each field it names, the credential check JSON Schema cannot express either,
# and a success (code and field None).
RULE_OUTCOMES: set[tuple[int, str | None, str | None]] = {
    (200, None, None),
    (400, "client_id_mismatch", "clientId"),
    (400, "invalid_request", "authorizeUrl"),
    (400, "invalid_request", "additionalParams"),
    (400, "invalid_request", "prompt"),
    (400, "conflicting_parameter", "authorizeUrl"),
    (400, "conflicting_parameter", "additionalParams"),
    (400, "duplicate_parameter", "authorizeUrl"),
    (400, "duplicate_parameter", "additionalParams"),
}

# One request per rule, tried in every run whatever the fuzzing draws.
RULE_EXAMPLES: list[dict[str, Any]] = [
    {"authorizeUrl": "https://login.example.org/authorize#section"},
    {"authorizeUrl": "http://login.example.org/authorize"},
    {"authorizeUrl": "ftp://login.example.org/authorize"},
    {"authorizeUrl": "https://user@login.example.org/authorize"},
    {"authorizeUrl": "https://login.example.org/authorize?a=%zz"},
    {"authorizeUrl": "https://login.example.org/authorize?State=x"},
    {"authorizeUrl": "https://login.example.org/authorize?login_hint=a&login_hint=b"},
    {"authorizeUrl": "https://login.example.org/authorize?approval_prompt=force", "prompt": "consent"},
    {"additionalParams": "a=1;b=2"},
    {"additionalParams": "client_secret=x"},
    {"additionalParams": "login_hint=a&login_hint=b"},
    {"additionalParams": "resource=a&resource=b"},
    {"authorizeUrl": "https://login.example.org/authorize?hd=x", "additionalParams": "hd=y"},
    {"additionalParams": "approval_prompt=force", "prompt": "login"},
    {"prompt": "none login"},
    {"clientId": "another-client"},
]

_GOOD_URLS = (
    "https://accounts.google.com/o/oauth2/v2/auth",
    "http://127.0.0.1:8000/mock-provider/authorize",
    "http://localhost:3000/authorize",
    "http://[::1]/authorize",
    "https://login.example.org/authorize?tenant=common",
)
_BAD_URLS = (
    "https://login.example.org/authorize#section",  # a fragment
    "http://login.example.org/authorize",  # http off loopback
    "ftp://login.example.org/authorize",  # another scheme
    "javascript:alert(1)",
    "https://user@login.example.org/authorize",  # user information
    "https://login.example.org:port/authorize",  # a port that is not a number
)
_PASSING_NAMES = ("access_type", "login_hint", "include_granted_scopes", "audience")
_FEW_NAMES = ("login_hint", "resource")  # drawn three times, one repeats: resource may, login_hint may not
_RESERVED = ("State", "scope", "client_secret", "nonce", "prompt", "redirect_uri", "code_verifier")
_VALUES = ("offline", "ada%40example.org", "x", "", "a+b")
_BROKEN_QUERIES = ("a=%zz", "a=1;b=2", "a=1&&b=2", "=x", "a=%ff", "a=%0A")
_GOOD_PROMPTS = ("", "login", "none", "consent+select_account", "consent  consent", "create")
_BAD_PROMPTS = ("none login", "none+consent", "select_account none")


def _query(names: Sequence[str], size: int) -> st.SearchStrategy[str]:
    pair = st.tuples(st.sampled_from(names), st.sampled_from(_VALUES))
    return st.lists(pair, min_size=size, max_size=size).map(lambda pairs: "&".join(f"{n}={v}" for n, v in pairs))


def _url_with(query: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(_GOOD_URLS), query).map(
        lambda parts: f"{parts[0]}{'&' if '?' in parts[0] else '?'}{parts[1]}"
    )


def _fields(**strategies: st.SearchStrategy[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(strategies)


def rule_changes() -> st.SearchStrategy[dict[str, Any]]:
    """Changes to a valid initialise body: none, ones that pass, or ones that break one rule each, drawn
    evenly (``one_of`` would favour the first branches)."""
    url = st.sampled_from(_GOOD_URLS)
    branches: list[st.SearchStrategy[dict[str, Any]]] = [
        st.just({}),
        st.fixed_dictionaries(
            {"authorizeUrl": url},
            optional={"additionalParams": _query(_PASSING_NAMES, 2), "prompt": st.sampled_from(_GOOD_PROMPTS)},
        ),
        # authorizeUrl: refused, or its query sets a reserved parameter, repeats one, or is no query
        _fields(authorizeUrl=st.sampled_from(_BAD_URLS)),
        _fields(authorizeUrl=_url_with(_query(_RESERVED, 1))),
        _fields(authorizeUrl=_url_with(_query(_FEW_NAMES, 3))),
        _fields(authorizeUrl=_url_with(st.sampled_from(_BROKEN_QUERIES))),
        # additionalParams: the same, and a parameter the URL's query already sets
        _fields(authorizeUrl=url, additionalParams=_query(_RESERVED, 1)),
        _fields(authorizeUrl=url, additionalParams=_query(_FEW_NAMES, 3)),
        _fields(authorizeUrl=url, additionalParams=st.sampled_from(_BROKEN_QUERIES)),
        _fields(authorizeUrl=st.just("https://login.example.org/authorize?hd=x"), additionalParams=st.just("hd=y")),
        # prompt: none with another value, or any prompt with approval_prompt
        _fields(authorizeUrl=url, prompt=st.sampled_from(_BAD_PROMPTS)),
        _fields(
            authorizeUrl=url,
            additionalParams=st.just("approval_prompt=force"),
            prompt=st.sampled_from(_GOOD_PROMPTS[1:]),
        ),
    ]
    return st.sampled_from(branches).flatmap(lambda branch: branch)
