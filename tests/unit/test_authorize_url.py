"""The authorize URL follows docs/authorize-url-rules.md: one test (at least) per rule 1-23, then the details."""

from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from mock_server.oauth.authorize_url import (
    RESERVED_PARAMETERS,
    AuthorizeRequest,
    RuleViolation,
    build_authorize_url,
    final_scopes,
)

AUTHORIZE_URL = "https://as.example/authorize"
CLIENT_ID = "client-1"
REDIRECT_URI = "http://127.0.0.1:8000/oauth2/callback"
STATE = "Sop6no9knIvAz_r3jYdSqU3EbZF7X2E5E5Wfdyx0awk"
BASE = AuthorizeRequest(authorize_url=AUTHORIZE_URL, client_id=CLIENT_ID)
# What every URL built from BASE starts with, up to and including redirect_uri.
HEAD = (
    f"{AUTHORIZE_URL}?response_type=code&client_id=client-1"
    "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8000%2Foauth2%2Fcallback"
)


def build(code_challenge: str | None = None, **changes: Any) -> str:
    """The URL built from BASE with ``changes`` applied to the request."""
    request = replace(BASE, **changes)
    return build_authorize_url(request, redirect_uri=REDIRECT_URI, state=STATE, code_challenge=code_challenge).url


def params(url: str) -> list[tuple[str, str]]:
    """The decoded query of ``url``, in order."""
    return parse_qsl(urlsplit(url).query, keep_blank_values=True, strict_parsing=True)


def names(url: str) -> list[str]:
    return [name for name, _ in params(url)]


def violation(**changes: Any) -> RuleViolation:
    """The RuleViolation that building from BASE with ``changes`` raises."""
    with pytest.raises(RuleViolation) as caught:
        build(**changes)
    return caught.value


# Rules 1-6: scopes


def test_rule_01_scopes_keep_order_and_offline_access_goes_last() -> None:
    url = build(scopes=["b", "a"])

    assert url == f"{HEAD}&scope=b%20a%20offline_access&state={STATE}&prompt=login"


def test_rule_01_offline_access_listed_by_the_caller_is_moved_last() -> None:
    assert final_scopes(["offline_access", "openid", "email"], False) == ["openid", "email", "offline_access"]


def test_rule_02_exact_duplicates_dropped_and_offline_access_not_added_twice() -> None:
    assert final_scopes(["a", "a", "offline_access"], False) == ["a", "offline_access"]
    assert ("scope", "a offline_access") in params(build(scopes=["a", "a", "offline_access"]))


def test_rule_01_the_built_url_reports_the_scopes_it_asks_for() -> None:
    built = build_authorize_url(replace(BASE, scopes=["b", "a", "b"]), redirect_uri=REDIRECT_URI, state=STATE)

    assert built.scopes == ("b", "a", "offline_access")
    assert ("scope", "b a offline_access") in params(built.url)


def test_rule_02_duplicates_are_exact_so_case_differs() -> None:
    assert final_scopes(["Read", "read", "Read"], True) == ["Read", "read"]


def test_rule_02_with_offline_access_disabled_a_listed_offline_access_stays_where_it_was() -> None:
    assert final_scopes(["offline_access", "a", "offline_access"], True) == ["offline_access", "a"]


@pytest.mark.parametrize("scopes", [(), []])
def test_rule_03_no_scopes_and_offline_access_disabled_sends_no_scope(scopes: list[str]) -> None:
    url = build(scopes=scopes, disable_offline_access=True)

    assert url == f"{HEAD}&state={STATE}&prompt=login"
    assert final_scopes(scopes, True) == []


def test_rule_04_no_scopes_with_offline_access_on_sends_offline_access() -> None:
    assert build() == f"{HEAD}&scope=offline_access&state={STATE}&prompt=login"


@pytest.mark.parametrize(
    "bad_scope",
    ["read write", 'say"hi', "back\\slash", "tab\there", "nul\x00", "del\x7f", "caf\u00e9", "\u00a0", ""],
)
def test_rule_05_a_scope_outside_the_rfc_6749_grammar_is_refused_with_its_index(bad_scope: str) -> None:
    error = violation(scopes=["openid", "openid", bad_scope])

    assert (error.code, error.field) == ("invalid_request", "scopes[2]")


def test_rule_05_final_scopes_raises_the_same_violation() -> None:
    with pytest.raises(RuleViolation) as caught:
        final_scopes(["a b"], False)

    assert (caught.value.code, caught.value.field) == ("invalid_request", "scopes[0]")
    assert "space" in caught.value.message


def test_rule_06_a_scope_with_commas_is_one_token() -> None:
    url = build(scopes=["read,activity:read_all"], disable_offline_access=True)

    assert f"&scope=read%2Cactivity%3Aread_all&state={STATE}&" in url
    assert ("scope", "read,activity:read_all") in params(url)


# Rules 7-13: prompt


def test_rule_07_no_prompt_and_no_approval_prompt_sends_prompt_login() -> None:
    assert params(build())[-1] == ("prompt", "login")


def test_rule_08_approval_prompt_without_prompt_sends_no_prompt() -> None:
    url = build(additional_params="approval_prompt=force")

    assert url == f"{HEAD}&scope=offline_access&state={STATE}&approval_prompt=force"


@pytest.mark.parametrize("prompt", ["consent", "login", "none", "consent+select_account"])
def test_rule_09_prompt_with_approval_prompt_is_refused(prompt: str) -> None:
    error = violation(prompt=prompt, additional_params="access_type=offline&approval_prompt=force")

    assert (error.code, error.field) == ("conflicting_parameter", "additionalParams")
    assert "approval_prompt" in error.message


def test_rule_09_an_empty_prompt_with_approval_prompt_is_allowed() -> None:
    url = build(prompt="", additional_params="approval_prompt=force")

    assert "prompt" not in names(url)
    assert ("approval_prompt", "force") in params(url)


def test_rule_09_approval_prompt_in_the_authorize_url_counts_too() -> None:
    error = violation(authorize_url=f"{AUTHORIZE_URL}?approval_prompt=force", prompt="consent")

    assert (error.code, error.field) == ("conflicting_parameter", "authorizeUrl")
    assert "prompt" not in names(build(authorize_url=f"{AUTHORIZE_URL}?approval_prompt=force"))


@pytest.mark.parametrize(
    "prompt",
    [
        "consent+select_account",
        "consent select_account",
        " consent +\t select_account+",
        "consent+consent+select_account",
    ],
)
def test_rule_10_plus_and_whitespace_separate_prompt_values(prompt: str) -> None:
    assert build(prompt=prompt).endswith(f"&state={STATE}&prompt=consent%20select_account")


@pytest.mark.parametrize("prompt", ["none login", "none+consent", "consent none"])
def test_rule_11_none_with_another_prompt_value_is_refused(prompt: str) -> None:
    error = violation(prompt=prompt)

    assert (error.code, error.field) == ("invalid_request", "prompt")
    assert "none" in error.message


def test_rule_11_none_alone_is_sent() -> None:
    assert params(build(prompt="none"))[-1] == ("prompt", "none")


@pytest.mark.parametrize("prompt", ["Consent", "create", "foo", "NONE"])
def test_rule_12_prompt_values_are_case_sensitive_and_unknown_ones_pass(prompt: str) -> None:
    assert build(prompt=prompt).endswith(f"&prompt={prompt}")


@pytest.mark.parametrize("prompt", ['con"sent', "con\\sent", "caf\u00e9", "login\x00"])
def test_rule_12_a_prompt_value_outside_the_token_grammar_is_refused(prompt: str) -> None:
    error = violation(prompt=prompt)

    assert (error.code, error.field) == ("invalid_request", "prompt")


@pytest.mark.parametrize("prompt", ["", "+", "  ", "+ +"])
def test_rule_13_an_empty_prompt_sends_no_prompt(prompt: str) -> None:
    assert build(prompt=prompt) == f"{HEAD}&scope=offline_access&state={STATE}"


# Rules 14-19: additionalParams


def test_rule_14_resource_may_repeat_and_keeps_its_order() -> None:
    extra = "resource=https%3A%2F%2Fapi.example%2Fb&resource=https%3A%2F%2Fapi.example%2Fa"

    url = build(additional_params=extra)

    assert url.endswith(f"&prompt=login&{extra}")
    assert params(url)[-2:] == [("resource", "https://api.example/b"), ("resource", "https://api.example/a")]


def test_rule_15_any_other_repeated_parameter_is_refused() -> None:
    error = violation(additional_params="login_hint=a&hd=example.org&login_hint=b")

    assert (error.code, error.field) == ("duplicate_parameter", "additionalParams")
    assert "login_hint" in error.message


def test_rule_16_reserved_parameters_are_the_documented_list() -> None:
    assert (
        frozenset(
            {
                "response_type",
                "client_id",
                "redirect_uri",
                "state",
                "scope",
                "prompt",
                "code_challenge",
                "code_challenge_method",
                "nonce",
                "response_mode",
                "request",
                "request_uri",
                "client_secret",
                "client_assertion",
                "code_verifier",
            }
        )
        == RESERVED_PARAMETERS
    )


@pytest.mark.parametrize("name", sorted(RESERVED_PARAMETERS))
def test_rule_16_a_reserved_parameter_in_additional_params_is_refused_by_name(name: str) -> None:
    error = violation(additional_params=f"access_type=offline&{name}=x")

    assert (error.code, error.field) == ("conflicting_parameter", "additionalParams")
    assert name in error.message


@pytest.mark.parametrize(
    "extra",
    [
        "a=%zz",
        "a=100%",
        "%4=x",
        "a=1;b=2",
        "a=1&b=2;",
        "=x",
        "a=1&&b=2",
        "&a=1",
        "a=1&",
        "a=%ff",
        "a=%C3",
        "%C3%28=x",
    ],
)
def test_rule_17_text_that_is_not_a_strict_query_string_is_refused(extra: str) -> None:
    error = violation(additional_params=extra)

    assert (error.code, error.field) == ("invalid_request", "additionalParams")


@pytest.mark.parametrize("extra", ["?access_type=offline", "access_type=offline"])
def test_rule_18_a_leading_question_mark_is_stripped(extra: str) -> None:
    assert build(additional_params=extra).endswith("&prompt=login&access_type=offline")


@pytest.mark.parametrize(
    "extra",
    [
        "access_type=offline&include_granted_scopes=true",
        "login_hint=ada%40example.org",
        "hd=example.org",
        "audience=https%3A%2F%2Fapi.example.org%2F",
    ],
)
def test_rule_19_provider_parameters_pass_through_after_the_standard_ones(extra: str) -> None:
    assert build(additional_params=extra) == f"{HEAD}&scope=offline_access&state={STATE}&prompt=login&{extra}"


def test_rule_19_the_contract_google_example_is_built_exactly() -> None:
    request = AuthorizeRequest(
        authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
        client_id="731947215860-k2v8q1c4bq7r3l0d9n5e6s2ftm4hj8ap.apps.googleusercontent.com",
        scopes=["openid", "email", "https://www.googleapis.com/auth/calendar.readonly"],
        disable_offline_access=True,
        prompt="consent+select_account",
        additional_params="access_type=offline&include_granted_scopes=true&login_hint=ada%40example.org",
    )

    url = build_authorize_url(request, redirect_uri=REDIRECT_URI, state=STATE).url

    assert url == (
        "https://accounts.google.com/o/oauth2/v2/auth?response_type=code"
        "&client_id=731947215860-k2v8q1c4bq7r3l0d9n5e6s2ftm4hj8ap.apps.googleusercontent.com"
        "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8000%2Foauth2%2Fcallback"
        "&scope=openid%20email%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcalendar.readonly"
        f"&state={STATE}&prompt=consent%20select_account"
        "&access_type=offline&include_granted_scopes=true&login_hint=ada%40example.org"
    )


# Rules 20-23: authorizeUrl


def test_rule_20_the_authorize_url_query_is_kept_and_ours_follows() -> None:
    url = build(authorize_url="https://as.example/authorize?tenant=x")

    assert url.startswith("https://as.example/authorize?tenant=x&response_type=code&client_id=client-1&")


def test_rule_20_the_authorize_url_query_is_kept_byte_for_byte() -> None:
    authorize_url = "https://as.example/authorize?tenant=a+b&p=%7e%2F&flag"

    assert build(authorize_url=authorize_url).startswith(f"{authorize_url}&response_type=code&")


@pytest.mark.parametrize("name", ["state", "client_id", "scope", "nonce", "Redirect_URI"])
def test_rule_21_a_reserved_parameter_in_the_authorize_url_is_refused(name: str) -> None:
    error = violation(authorize_url=f"https://as.example/authorize?tenant=x&{name}=y")

    assert (error.code, error.field) == ("conflicting_parameter", "authorizeUrl")
    assert name in error.message


def test_rule_21_a_parameter_in_both_the_authorize_url_and_additional_params_is_refused() -> None:
    error = violation(authorize_url=f"{AUTHORIZE_URL}?tenant=x", additional_params="hd=example.org&tenant=y")

    assert (error.code, error.field) == ("conflicting_parameter", "additionalParams")
    assert "tenant" in error.message


def test_rule_21_resource_may_be_in_both_the_authorize_url_and_additional_params() -> None:
    url = build(authorize_url=f"{AUTHORIZE_URL}?resource=urn%3Aa", additional_params="resource=urn%3Ab")

    assert [value for name, value in params(url) if name == "resource"] == ["urn:a", "urn:b"]


@pytest.mark.parametrize("authorize_url", [f"{AUTHORIZE_URL}#x", f"{AUTHORIZE_URL}#", f"{AUTHORIZE_URL}?a=1#x"])
def test_rule_22_an_authorize_url_with_a_fragment_is_refused(authorize_url: str) -> None:
    error = violation(authorize_url=authorize_url)

    assert (error.code, error.field) == ("invalid_request", "authorizeUrl")
    assert "fragment" in error.message


@pytest.mark.parametrize(
    "authorize_url",
    [
        "/authorize",
        "as.example/authorize",
        "https:as.example/authorize",
        "https:///authorize",
        "http://as.example/authorize",
        "http://10.0.0.1/authorize",
        "http://127.1/authorize",
        "http://localhost.as.example/authorize",
        "ftp://as.example/authorize",
        "javascript:alert(1)",
        "data:text/html,hi",
        "file:///etc/passwd",
        "https://user@as.example/authorize",
        "https://user:secret@as.example/authorize",
        "https://as.example\\@evil.example/authorize",
        "https://as.example/author ize",
        "https://as.example/authorize\r\nX-Injected: 1",
        "https://as.example/\x00",
        "https://\u00e4s.example/authorize",
        "https://as.example:port/authorize",
        "https://[::1/authorize",
        "https://as.example/authorize?a=1;b=2",
        "https://as.example/authorize?a=%zz",
    ],
)
def test_rule_23_an_authorize_url_that_is_not_allowed_is_refused(authorize_url: str) -> None:
    error = violation(authorize_url=authorize_url)

    assert (error.code, error.field) == ("invalid_request", "authorizeUrl")


@pytest.mark.parametrize(
    "authorize_url",
    [
        "http://localhost:8080/authorize",
        "http://LOCALHOST/authorize",
        "http://127.0.0.1/authorize",
        "http://127.0.0.5:9000/authorize",
        "http://[::1]:9000/authorize",
        "HTTPS://as.example/authorize",
    ],
)
def test_rule_23_https_and_loopback_http_are_allowed(authorize_url: str) -> None:
    assert build(authorize_url=authorize_url).startswith(f"{authorize_url}?response_type=code&")


# The details settled by the team


def test_code_challenge_follows_prompt_and_precedes_additional_params() -> None:
    url = build(code_challenge="E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", additional_params="hd=example.org")

    assert url == (
        f"{HEAD}&scope=offline_access&state={STATE}&prompt=login"
        "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&hd=example.org"
    )


def test_without_code_challenge_no_pkce_parameter_is_sent() -> None:
    assert not {"code_challenge", "code_challenge_method"} & set(names(build()))


def test_an_authorize_url_with_an_empty_query_gets_no_double_separator() -> None:
    url = build(authorize_url=f"{AUTHORIZE_URL}?")

    assert url.startswith(f"{AUTHORIZE_URL}?response_type=code&")


@pytest.mark.parametrize("extra", ["", "?"])
def test_empty_additional_params_add_nothing(extra: str) -> None:
    assert build(additional_params=extra) == build()


@pytest.mark.parametrize("extra", ["login_hint=a%0d%0aSet-Cookie:x", "a%0A=x", "x=%00", "x=%7F", "x=a\r\nb"])
def test_control_characters_in_additional_params_are_refused(extra: str) -> None:
    error = violation(additional_params=extra)

    assert (error.code, error.field) == ("invalid_request", "additionalParams")


@pytest.mark.parametrize(
    ("extra", "sent"),
    [
        ("login_hint=ada+lovelace", "login_hint=ada%20lovelace"),
        ("login_hint=cat%20bob", "login_hint=cat%20bob"),
        ("login_hint=a%2Bb", "login_hint=a%2Bb"),
        ("login_hint=ada%40example.org", "login_hint=ada%40example.org"),
        ("login_hint=ada@example.org", "login_hint=ada%40example.org"),
        ("login_hint=%7e", "login_hint=~"),
        ("x=a=b", "x=a%3Db"),
        ("flag", "flag="),
        ("login_hint=ad\u00e4", "login_hint=ad%C3%A4"),
    ],
)
def test_additional_params_are_decoded_then_encoded_with_percent_20(extra: str, sent: str) -> None:
    assert build(additional_params=extra).endswith(f"&prompt=login&{sent}")


@pytest.mark.parametrize("name", ["State", "CLIENT_ID", "Code_Verifier"])
def test_reserved_names_are_refused_whatever_their_case(name: str) -> None:
    error = violation(additional_params=f"{name}=x")

    assert (error.code, error.field) == ("conflicting_parameter", "additionalParams")
    assert name in error.message


def test_other_names_are_case_sensitive_for_repeats() -> None:
    assert params(build(additional_params="login_hint=a&Login_Hint=b"))[-2:] == [
        ("login_hint", "a"),
        ("Login_Hint", "b"),
    ]


def test_a_repeated_parameter_in_the_authorize_url_is_refused() -> None:
    error = violation(authorize_url=f"{AUTHORIZE_URL}?tenant=a&tenant=b")

    assert (error.code, error.field) == ("duplicate_parameter", "authorizeUrl")


@pytest.mark.parametrize("client_id", ["", "caf\u00e9", "a\nb", "a\x7f"])
def test_a_client_id_that_is_not_printable_ascii_is_refused(client_id: str) -> None:
    error = violation(client_id=client_id)

    assert (error.code, error.field) == ("invalid_request", "clientId")


def test_client_id_redirect_uri_and_state_are_encoded() -> None:
    request = replace(BASE, client_id="a b&c=d")

    url = build_authorize_url(request, redirect_uri="https://x.example/cb?a=1", state="s/t+a=te").url

    assert params(url)[:4] == [
        ("response_type", "code"),
        ("client_id", "a b&c=d"),
        ("redirect_uri", "https://x.example/cb?a=1"),
        ("scope", "offline_access"),
    ]
    assert "client_id=a%20b%26c%3Dd&redirect_uri=https%3A%2F%2Fx.example%2Fcb%3Fa%3D1&" in url
    assert "&state=s%2Ft%2Ba%3Dte&" in url


def test_a_huge_value_is_not_echoed_whole_in_the_message() -> None:
    huge = "x" * 5000 + " y"

    error = violation(scopes=[huge])

    assert error.field == "scopes[0]"
    assert len(error.message) < 200


def test_final_scopes_refuses_a_single_string() -> None:
    with pytest.raises(TypeError):
        final_scopes("openid", False)


def test_rule_violation_carries_code_message_and_field() -> None:
    error = RuleViolation("invalid_request", "A scope may not contain a space.", "scopes[1]")

    assert (error.code, error.message, error.field, str(error)) == (
        "invalid_request",
        "A scope may not contain a space.",
        "scopes[1]",
        "A scope may not contain a space.",
    )
