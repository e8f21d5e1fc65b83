"""Build the provider's authorize URL from an initialise request: rules 1-23 of
docs/authorize-url-rules.md.

Pure functions with no I/O. A request that breaks a rule raises ``RuleViolation``, answered with a 400 ``Error``
naming its ``code`` and ``field``.
"""

import functools
import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote_to_bytes, urlsplit

from ..core.errors import FieldError, InvalidRequestError

__all__ = [
    "RESERVED_PARAMETERS",
    "AuthorizeRequest",
    "AuthorizeUrl",
    "RuleViolation",
    "allowed_redirect_url",
    "build_authorize_url",
    "final_scopes",
    "is_loopback_redirect",
]

_SERVER_SET = (
    "response_type",
    "client_id",
    "redirect_uri",
    "state",
    "scope",
    "prompt",
    "code_challenge",
    "code_challenge_method",
)
_NEVER_SENT = ("nonce", "response_mode", "request", "request_uri", "client_secret", "client_assertion", "code_verifier")
RESERVED_PARAMETERS: frozenset[str] = frozenset(_SERVER_SET + _NEVER_SENT)
"""Parameters the caller may not set: the server sets them, or they must never travel in an authorize URL."""

_HINTS = {"client_id": "; use clientId", "scope": "; use scopes", "prompt": "; use prompt"}
_OFFLINE_ACCESS = "offline_access"  # OpenID Connect Core 1.0 §11
_DEFAULT_PROMPT = "login"
_APPROVAL_PROMPT = "approval_prompt"  # Google's legacy spelling of prompt
_REPEATABLE = "resource"  # RFC 8707 §2 lets it repeat; RFC 6749 §3.1 forbids repeating any other

_INVALID = "invalid_request"
_CONFLICT = "conflicting_parameter"
_DUPLICATE = "duplicate_parameter"

_NQCHAR = re.compile(r"[\x21\x23-\x5B\x5D-\x7E]")  # RFC 6749 §3.3 scope-token, also used for prompt values
_VSCHAR = re.compile(r"[\x20-\x7E]")  # RFC 6749 Appendix A.1 client_id
# RFC 3986 §2: unreserved, reserved and '%'. Stricter than browsers on purpose: a '\' or a space is read
# differently by different URL parsers, so what we check would not be what the browser opens.
_URI_CHAR = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]")
_UNRESERVED = re.compile(r"[A-Za-z0-9\-._~]*")  # RFC 3986 §2.3: never percent-encoded
_CONTROL = re.compile(r"[\x00-\x1F\x7F]")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_PROMPT_SEPARATORS = re.compile(r"[+\s]+", re.ASCII)
_LOOPBACK_V4 = ipaddress.IPv4Network("127.0.0.0/8")
_LOOPBACK_V6 = ipaddress.IPv6Address("::1")
_SHOWN_CHARS = 60

_Params = list[tuple[str, str]]
_Pairs = tuple[tuple[str, str], ...]
# Each caller-given part (authorizeUrl, additionalParams, prompt, scopes) is checked once per distinct value and the
# result remembered, up to this many values each: a test suite sends the same few again and again. Only values
# that pass are remembered (a refusal is an exception), and each is bounded in length by the contract.
_REMEMBERED = 256


# Made for every request: not frozen, whose __init__ costs twice as much; nothing changes one once made.
@dataclass(slots=True)
class AuthorizeRequest:
    """The caller's part of the authorize URL, as given in the request body."""

    authorize_url: str
    client_id: str
    scopes: Sequence[str] = ()
    disable_offline_access: bool = False
    prompt: str | None = None  # None: absent, so the default applies; "": explicitly send no prompt (rule 13)
    additional_params: str | None = None


# Made for every request: not frozen, whose __init__ costs twice as much; nothing changes one once made.
@dataclass(slots=True)
class AuthorizeUrl:
    """The URL to send the user to, and the scopes it asks for (what the state record keeps)."""

    url: str
    scopes: tuple[str, ...]


class RuleViolation(InvalidRequestError):  # noqa: N818 - the name the rules have always raised
    """A request that breaks a rule: its own ``code``, and ``field`` naming the culprit."""

    def __init__(self, code: str, message: str, field: str) -> None:
        super().__init__(message, [FieldError(field, message)])
        self.code = code
        self.field = field


def final_scopes(scopes: Sequence[str], disable_offline_access: bool) -> list[str]:
    """The scopes to send, in the caller's order without exact duplicates, then offline_access (rules 1-6)."""
    if isinstance(scopes, str):
        raise TypeError("scopes must be a sequence of scope strings, not one string")
    return list(_final_scopes(tuple(scopes), disable_offline_access))


@functools.lru_cache(maxsize=_REMEMBERED)
def _final_scopes(scopes: tuple[str, ...], disable_offline_access: bool) -> tuple[str, ...]:
    for index, scope in enumerate(scopes):
        _check_token(scope, f"scopes[{index}]", "a scope", "RFC 6749 §3.3")
    kept = tuple(dict.fromkeys(scopes))
    if disable_offline_access:
        return kept  # an offline_access the caller listed stays where they put it
    return (*(scope for scope in kept if scope != _OFFLINE_ACCESS), _OFFLINE_ACCESS)


def build_authorize_url(
    request: AuthorizeRequest, *, redirect_uri: str, state: str, code_challenge: str | None = None
) -> AuthorizeUrl:
    """The authorize URL: authorizeUrl's own query, then the standard parameters, then additionalParams."""
    url_params = _authorize_url_params(request.authorize_url)
    standard = _standard_params(request.client_id, redirect_uri)
    if isinstance(request.scopes, str):
        raise TypeError("scopes must be a sequence of scope strings, not one string")
    scopes = _final_scopes(tuple(request.scopes), request.disable_offline_access)
    prompt_values = None if request.prompt is None else _prompt_values(request.prompt)
    extra = _additional_params(request.additional_params)
    if extra:
        _check_no_overlap(url_params, extra)
    prompt = _final_prompt(prompt_values, url_params, extra)

    # The names the server sets need no encoding; state and code_challenge are new for every request, so they
    # are encoded without the cache, which would only fill with them.
    query = [standard]
    if scopes:
        query.append(_scope_param(scopes))
    query.append("state=" + _quote_once(state))
    if prompt:
        query.append("prompt=" + _quote(prompt))
    if code_challenge is not None:
        query.append(f"code_challenge={_quote_once(code_challenge)}&code_challenge_method=S256")
    if extra:
        query.append(_encode(extra))
    return AuthorizeUrl(_append_query(request.authorize_url, "&".join(query)), scopes)


@functools.lru_cache(maxsize=_REMEMBERED)
def _standard_params(client_id: str, redirect_uri: str) -> str:
    """The parameters the server sets that do not change from one call to the next, the client id checked."""
    _check_client_id(client_id)
    return f"response_type=code&client_id={_quote(client_id)}&redirect_uri={_quote(redirect_uri)}"


@functools.lru_cache(maxsize=_REMEMBERED)
def _scope_param(scopes: tuple[str, ...]) -> str:
    return "scope=" + _quote(" ".join(scopes))


@functools.lru_cache(maxsize=_REMEMBERED)
def _authorize_url_params(url: str) -> _Pairs:
    """Check authorizeUrl (rules 22-23) and return the parameters of its own query (rules 20-21)."""
    bad = _first_bad_char(url, _URI_CHAR)
    if bad:
        raise _url_error(f"authorizeUrl may not contain {bad}; remove it or percent-encode it.")
    if "#" in url:
        raise _url_error("authorizeUrl may not have a fragment ('#'); RFC 6749 §3.1 forbids one.")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises ValueError on a port that is not a number
    except ValueError as exc:
        raise _url_error(f"authorizeUrl {_show(url)} is not a valid URL: {str(exc)[:_SHOWN_CHARS]}.") from exc
    if parts.scheme not in ("https", "http"):
        raise _url_error(f"authorizeUrl {_show(url)} must be an absolute https URL, such as https://host/authorize.")
    if "@" in parts.netloc:
        raise _url_error("authorizeUrl may not hold user information ('user@host'); remove the part before '@'.")
    if not host:
        raise _url_error(f"authorizeUrl {_show(url)} has no host; give an absolute URL such as https://host/authorize.")
    if parts.scheme == "http" and not _is_loopback(host):
        raise _url_error("authorizeUrl must use https; http is allowed only for localhost, 127.0.0.0/8 and [::1].")
    return _checked_params(parts.query, "authorizeUrl")


def is_loopback_redirect(url: str) -> bool:
    """Whether ``url`` is a loopback redirect of a native app (RFC 8252 §7.3): ``http``, a loopback host
    (``127.0.0.0/8``, ``[::1]`` or ``localhost``, which §8.3 discourages but Versori's CLI users may send) on any
    port, any path and query, without user information or a fragment."""
    if "#" in url or _first_bad_char(url, _URI_CHAR):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port
    except ValueError:
        return False
    return parts.scheme == "http" and "@" not in parts.netloc and host is not None and _is_loopback(host)


def allowed_redirect_url(url: str, callback: str) -> str:
    """``url``, the request's ``redirectUrl``, once it is a loopback redirect or ``callback`` (the server's own);
    else a 400 naming ``redirectUrl``."""
    if url == callback or is_loopback_redirect(url):
        return url
    raise RuleViolation(
        _INVALID,
        "redirectUrl must be a loopback URL (RFC 8252 section 7.3) or this server's callback.",
        "redirectUrl",
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address in _LOOPBACK_V4 if address.version == 4 else address == _LOOPBACK_V6


def _check_client_id(client_id: str) -> None:
    if not client_id:
        raise RuleViolation(_INVALID, "clientId may not be empty.", "clientId")
    bad = _first_bad_char(client_id, _VSCHAR)
    if bad:
        message = f"clientId may contain only printable ASCII (RFC 6749 Appendix A.1), not {bad}."
        raise RuleViolation(_INVALID, message, "clientId")


@functools.lru_cache(maxsize=_REMEMBERED)
def _prompt_values(prompt: str) -> tuple[str, ...]:
    """Split prompt on '+' and whitespace and check each value (rules 10-13); [] means send no prompt."""
    values = tuple(dict.fromkeys(value for value in _PROMPT_SEPARATORS.split(prompt) if value))
    for value in values:
        _check_token(value, "prompt", "a prompt value", "OpenID Connect Core §3.1.2.1")
    if "none" in values and len(values) > 1:
        raise RuleViolation(
            _INVALID, "prompt none cannot be combined with other values (OpenID Connect Core §3.1.2.1).", "prompt"
        )
    return values


def _final_prompt(values: tuple[str, ...] | None, url_params: _Pairs, extra: _Pairs) -> str | None:
    """The prompt to send: the caller's, else login unless approval_prompt is sent (rules 7-9, 13)."""
    approval_in = None
    # Most calls have neither: the emptiness tests spare them the scans.
    if extra and any(name == _APPROVAL_PROMPT for name, _ in extra):
        approval_in = "additionalParams"
    if url_params and any(name == _APPROVAL_PROMPT for name, _ in url_params):
        approval_in = "authorizeUrl"
    if values is None:
        return None if approval_in else _DEFAULT_PROMPT
    if values and approval_in:
        raise RuleViolation(
            _CONFLICT,
            f"prompt cannot be sent with approval_prompt (in {approval_in}): Google refuses the pair; drop one.",
            approval_in,
        )
    return " ".join(values) or None


def _additional_params(text: str | None) -> _Pairs:
    """Parse and check additionalParams (rules 14-19)."""
    if text is None:
        return ()
    return _checked_additional_params(text)


@functools.lru_cache(maxsize=_REMEMBERED)
def _checked_additional_params(text: str) -> _Pairs:
    return _checked_params(text.removeprefix("?"), "additionalParams")


def _checked_params(query: str, field: str) -> _Pairs:
    """Parse a query and refuse reserved (rule 16) and repeated (rules 14-15) parameters in it."""
    params = _parse_query(query, field)
    seen: set[str] = set()
    for name, _ in params:
        canonical = name.lower()  # some providers lower-case names, so 'State' would still set state
        if canonical in RESERVED_PARAMETERS:
            reason = "the server sets it" if canonical in _SERVER_SET else "it may not travel in an authorize URL"
            raise RuleViolation(
                _CONFLICT, f"{field} may not set {_show(name)}: {reason}{_HINTS.get(canonical, '')}.", field
            )
        if name in seen and name != _REPEATABLE:
            raise RuleViolation(
                _DUPLICATE,
                f"{field} gives {_show(name)} more than once; only resource may repeat (RFC 6749 §3.1, RFC 8707).",
                field,
            )
        seen.add(name)
    return tuple(params)


def _check_no_overlap(url_params: _Pairs, extra: _Pairs) -> None:
    url_names = {name for name, _ in url_params}
    for name, _ in extra:
        if name in url_names and name != _REPEATABLE:
            raise RuleViolation(
                _CONFLICT,
                f"additionalParams sets {_show(name)}, which the query of authorizeUrl already sets; set it once.",
                "additionalParams",
            )


def _parse_query(query: str, field: str) -> _Params:
    """Decode an application/x-www-form-urlencoded query strictly (rule 17), unlike urllib's parse_qsl."""
    if not query:
        return []
    if ";" in query:
        raise _query_error(field, "';' is not a separator; separate parameters with '&' and write a ';' as %3B")
    params: _Params = []
    for pair in query.split("&"):
        raw_name, _, raw_value = pair.partition("=")
        name, value = _decode(raw_name, field), _decode(raw_value, field)
        if not name:
            raise _query_error(field, "a parameter has an empty name (check for '&&', '=x' or a '&' at either end)")
        params.append((name, value))
    return params


def _decode(text: str, field: str) -> str:
    """Decode one name or value: '+' is a space, '%XX' a byte; the bytes must be UTF-8 without controls."""
    bad_escape = _BAD_ESCAPE.search(text)
    if bad_escape:
        start = bad_escape.start()
        raise _query_error(field, f"{_show(text[start : start + 3])} is not an escape; write a '%' as %25")
    try:
        decoded = unquote_to_bytes(text.replace("+", " ")).decode("utf-8")
    except UnicodeError as exc:
        raise _query_error(field, f"{_show(text)} does not decode to UTF-8 text") from exc
    if _CONTROL.search(decoded):
        raise _query_error(field, f"{_show(text)} decodes to a control character (such as CR or LF)")
    return decoded


def _check_token(token: str, field: str, what: str, source: str) -> None:
    """Refuse a token outside RFC 6749 §3.3's grammar: printable ASCII without space, '"' or '\\'."""
    if not token:
        raise RuleViolation(_INVALID, f"{field} is empty; {what} needs at least one character ({source}).", field)
    bad = _first_bad_char(token, _NQCHAR)
    if bad:
        raise RuleViolation(_INVALID, f"{field} {_show(token)} may not contain {bad} ({source}).", field)


def _first_bad_char(text: str, allowed: re.Pattern[str]) -> str | None:
    """Describe the first character of ``text`` that ``allowed`` (one character class) does not match."""
    bad = _negated(allowed).search(text)
    return None if bad is None else _describe(bad.group())


@functools.cache
def _negated(allowed: re.Pattern[str]) -> re.Pattern[str]:
    """``[^...]`` for the class ``[...]``: one search finds the first bad character (this is a hot path)."""
    return re.compile("[^" + allowed.pattern[1:])


def _describe(char: str) -> str:
    names = {" ": "a space", '"': 'a double quote (")', "\\": "a backslash (\\)"}
    if char in names:
        return names[char]
    if _CONTROL.fullmatch(char):
        return f"a control character (U+{ord(char):04X})"
    if not char.isascii():
        return f"a non-ASCII character (U+{ord(char):04X})"
    return f"the character {char!r}"


def _show(text: str) -> str:
    """Quote caller text for a message: escaped, and cut so that a huge value is not echoed whole."""
    if len(text) > _SHOWN_CHARS:
        return ascii(text[:_SHOWN_CHARS]) + "..."
    return ascii(text)


def _url_error(message: str) -> RuleViolation:
    return RuleViolation(_INVALID, message, "authorizeUrl")


def _query_error(field: str, problem: str) -> RuleViolation:
    return RuleViolation(_INVALID, f"{field} is not a valid query string: {problem}.", field)


@functools.lru_cache(maxsize=_REMEMBERED)
def _encode(params: _Pairs) -> str:
    return "&".join([f"{_quote(name)}={_quote(value)}" for name, value in params])


def _quote_once(text: str) -> str:
    # Every reserved character percent-encoded and a space as %20, not '+', which some servers mishandle.
    return text if _UNRESERVED.fullmatch(text) else quote(text, safe="")


# Cached: the names, client ids, scopes and redirect_uri repeat from one request to the next.
_quote = functools.lru_cache(maxsize=1024)(_quote_once)


def _append_query(url: str, query: str) -> str:
    if "?" not in url:
        return f"{url}?{query}"
    return url + query if url.endswith("?") else f"{url}&{query}"
