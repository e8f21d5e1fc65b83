"""Initialise requests aimed at the rules of the authorize URL (docs/authorize-url-rules.md): values that pass
and values that break one rule each, as fixed examples and as hypothesis strategies, each with the answer it
must get. Each sets ``authorizeUrl``, ``additionalParams`` and ``prompt`` of a valid body of a stored credential
(None leaves the field out); all of them are valid data for JSON Schema.

What a value must get is worked out here from the rules as documented, value by value (a query whose names
repeat only ``resource`` passes, one repeating ``login_hint`` does not), never from the server's code.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from .oracle import Expected, refused, success

PASSES = success(200, "an authorize URL that breaks no rule")


@dataclass(frozen=True)
class Aim:
    """Values of ``authorizeUrl``, ``additionalParams`` and ``prompt`` (None: left out), and their answer."""

    fields: dict[str, str | None]
    expected: Expected

    def applied_to(self, body: dict[str, Any]) -> dict[str, Any]:
        kept = {name: value for name, value in body.items() if name not in self.fields}
        return {**kept, **{name: value for name, value in self.fields.items() if value is not None}}


def _aim(expected: Expected, url: str, params: str | None = None, prompt: str | None = None) -> Aim:
    return Aim({"authorizeUrl": url, "additionalParams": params, "prompt": prompt}, expected)


def _invalid(field: str) -> Expected:
    return refused(400, "invalid_request", field, f"{field} breaks a rule")


def _conflicting(field: str) -> Expected:
    return refused(400, "conflicting_parameter", field, f"{field} sets what it may not")


def _duplicate(field: str) -> Expected:
    return refused(400, "duplicate_parameter", field, f"{field} repeats a parameter")


_PROVIDER_URL = "http://127.0.0.1:8000/mock-provider/authorize"
# One request per rule, tried in every run whatever the fuzzing draws.
RULE_EXAMPLES: list[Aim] = [
    _aim(_invalid("authorizeUrl"), "https://login.example.org/authorize#section"),
    _aim(_invalid("authorizeUrl"), "http://login.example.org/authorize"),
    _aim(_invalid("authorizeUrl"), "ftp://login.example.org/authorize"),
    _aim(_invalid("authorizeUrl"), "https://user@login.example.org/authorize"),
    _aim(_invalid("authorizeUrl"), "https://login.example.org/authorize?a=%zz"),
    _aim(_conflicting("authorizeUrl"), "https://login.example.org/authorize?State=x"),
    _aim(_duplicate("authorizeUrl"), "https://login.example.org/authorize?login_hint=a&login_hint=b"),
    _aim(_conflicting("authorizeUrl"), "https://login.example.org/authorize?approval_prompt=force", prompt="consent"),
    _aim(_invalid("additionalParams"), _PROVIDER_URL, "a=1;b=2"),
    _aim(_conflicting("additionalParams"), _PROVIDER_URL, "client_secret=x"),
    _aim(_duplicate("additionalParams"), _PROVIDER_URL, "login_hint=a&login_hint=b"),
    _aim(PASSES, _PROVIDER_URL, "resource=a&resource=b"),
    _aim(_conflicting("additionalParams"), "https://login.example.org/authorize?hd=x", "hd=y"),
    _aim(_conflicting("additionalParams"), _PROVIDER_URL, "approval_prompt=force", "login"),
    _aim(_invalid("prompt"), _PROVIDER_URL, prompt="none login"),
]
CLIENT_ID_MISMATCH = refused(400, "client_id_mismatch", "clientId", "a client id that is not the credential's")
# What valid data must have produced from initialise at least once: every rule's answer, and a success.
RULE_OUTCOMES = {aim.expected.outcome for aim in RULE_EXAMPLES} | {CLIENT_ID_MISMATCH.outcome}

GOOD_URLS = (
    "https://accounts.google.com/o/oauth2/v2/auth",
    _PROVIDER_URL,
    "http://localhost:3000/authorize",
    "http://[::1]/authorize",
    "https://login.example.org/authorize?tenant=common",
)
GOOD_PROMPTS = ("", "login", "none", "consent+select_account", "consent  consent", "create")
GOOD_PARAMS = ("", "access_type=offline&login_hint=ada%40example.org", "include_granted_scopes=true", "audience=x")
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
_BAD_PROMPTS = ("none login", "none+consent", "select_account none")

_Pairs = list[tuple[str, str]]


def _pairs(names: Sequence[str], size: int, unique: bool = False) -> st.SearchStrategy[_Pairs]:
    pair = st.tuples(st.sampled_from(names), st.sampled_from(_VALUES))
    return st.lists(pair, min_size=size, max_size=size, unique_by=(lambda item: item[0]) if unique else None)


def _query(pairs: _Pairs) -> str:
    return "&".join(f"{name}={value}" for name, value in pairs)


def _with_query(url: str, query: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{query}"


def _repeats_login_hint(pairs: _Pairs) -> bool:
    return [name for name, _ in pairs].count("login_hint") > 1


def _aims(build: Any, *strategies: st.SearchStrategy[Any]) -> st.SearchStrategy[Aim]:
    return st.tuples(*strategies).map(lambda drawn: build(*drawn))


def rule_aims() -> st.SearchStrategy[Aim]:
    """Values that pass or break one rule each, drawn evenly (``one_of`` would favour the first branches)."""
    url = st.sampled_from(GOOD_URLS)
    maybe_params = st.one_of(st.none(), _pairs(_PASSING_NAMES, 2, unique=True).map(_query))
    maybe_prompt = st.one_of(st.none(), st.sampled_from(GOOD_PROMPTS))
    branches: list[st.SearchStrategy[Aim]] = [
        _aims(lambda u, p, q: _aim(PASSES, u, p, q), url, maybe_params, maybe_prompt),
        # authorizeUrl: refused, or its query sets a reserved parameter, repeats one, or is no query
        _aims(lambda u: _aim(_invalid("authorizeUrl"), u), st.sampled_from(_BAD_URLS)),
        _aims(lambda u, p: _aim(_conflicting("authorizeUrl"), _with_query(u, _query(p))), url, _pairs(_RESERVED, 1)),
        _aims(
            lambda u, p: _aim(
                _duplicate("authorizeUrl") if _repeats_login_hint(p) else PASSES, _with_query(u, _query(p))
            ),
            url,
            _pairs(_FEW_NAMES, 3),
        ),
        _aims(lambda u, q: _aim(_invalid("authorizeUrl"), _with_query(u, q)), url, st.sampled_from(_BROKEN_QUERIES)),
        # additionalParams: the same, and a parameter the URL's query already sets
        _aims(lambda u, p: _aim(_conflicting("additionalParams"), u, _query(p)), url, _pairs(_RESERVED, 1)),
        _aims(
            lambda u, p: _aim(_duplicate("additionalParams") if _repeats_login_hint(p) else PASSES, u, _query(p)),
            url,
            _pairs(_FEW_NAMES, 3),
        ),
        _aims(lambda u, q: _aim(_invalid("additionalParams"), u, q), url, st.sampled_from(_BROKEN_QUERIES)),
        st.just(_aim(_conflicting("additionalParams"), "https://login.example.org/authorize?hd=x", "hd=y")),
        # prompt: none with another value, or any prompt with approval_prompt
        _aims(lambda u, q: _aim(_invalid("prompt"), u, prompt=q), url, st.sampled_from(_BAD_PROMPTS)),
        _aims(
            lambda u, q: _aim(_conflicting("additionalParams"), u, "approval_prompt=force", q),
            url,
            st.sampled_from(GOOD_PROMPTS[1:]),
        ),
    ]
    return st.sampled_from(branches).flatmap(lambda branch: branch)
