"""The loopback flow's parts on their own: the redirect server before the flow knows its state and after the
redirect came, and the scopes initialise asks for."""

import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from versori_connect.loopback.bodies import initialise_arguments
from versori_connect.loopback.redirect_server import LoopbackRedirectServer, Redirect
from versori_connect.platform import AuthSchemeOAuth2


@pytest.fixture
def server() -> Iterator[LoopbackRedirectServer]:
    with LoopbackRedirectServer() as running:
        yield running


def test_a_redirect_before_the_flow_knows_its_state_is_refused(server: LoopbackRedirectServer) -> None:
    early = httpx.get(server.redirect_url, params={"code": "c", "state": "s"})

    server.expect("s")
    answered = httpx.get(server.redirect_url, params={"code": "c", "state": "s"})

    assert (early.status_code, answered.status_code) == (400, 200)
    assert server.receive(1) == Redirect("c", None, None)


def test_once_the_redirect_came_later_ones_are_told_it_is_over(server: LoopbackRedirectServer) -> None:
    server.expect("s")
    first = httpx.get(server.redirect_url, params={"code": "first", "state": "s"})
    second = httpx.get(server.redirect_url, params={"code": "second", "state": "s"})

    assert (first.status_code, second.status_code) == (200, 409)
    assert server.receive(1).code == "first"


def test_a_connection_the_browser_sends_nothing_on_does_not_hold_up_the_redirect(
    server: LoopbackRedirectServer,
) -> None:
    server.expect("s")
    with socket.create_connection(("127.0.0.1", server.port)):
        answered = httpx.get(server.redirect_url, params={"code": "c", "state": "s"}, timeout=2)

    assert answered.status_code == 200


def test_the_provider_error_is_the_redirect_and_its_page_escapes_it(server: LoopbackRedirectServer) -> None:
    server.expect("s")
    page = httpx.get(server.redirect_url, params={"error": "<b>", "error_description": "a & b", "state": "s"})

    assert server.receive(1) == Redirect(None, "<b>", "a & b")
    assert "(&lt;b&gt;: a &amp; b)" in page.text


def oauth2_config(**fields: Any) -> AuthSchemeOAuth2:
    return AuthSchemeOAuth2.from_dict(
        {
            "type": "oauth2",
            "oauth2": {
                "id": "sign-in",
                "description": "",
                "authorizeUrl": "https://as.example.org/authorize",
                "tokenUrl": "https://as.example.org/token",
                "scopes": [{"name": "read"}, {"name": "write"}],
                "grant": {
                    "type": "authorizationCode",
                    "authorizationCode": {"credentialId": "01M6ARSFC30TQ8AMXN1Z8ZGT1F", "clientId": "app"},
                },
                **fields,
            },
        }
    )


@pytest.mark.parametrize(
    ("default_scopes", "asked", "sent"),
    [
        pytest.param(["write"], None, ["write"], id="the-config-default"),
        pytest.param([], None, ["read", "write"], id="every-scope-without-a-default"),
        pytest.param(["write"], ["read"], ["read"], id="the-callers"),
    ],
)
def test_initialise_asks_for_the_scopes(default_scopes: list[str], asked: list[str] | None, sent: list[str]) -> None:
    config = oauth2_config(defaultScopes=default_scopes)

    arguments = initialise_arguments(config, "01M630NCG4ZDDRK8JJJ5EVRJSK", "http://127.0.0.1:9/oauth/callback", asked)

    assert arguments == {
        "credential": {"id": "01M6ARSFC30TQ8AMXN1Z8ZGT1F", "organisation_id": "01M630NCG4ZDDRK8JJJ5EVRJSK"},
        "authorize_url": "https://as.example.org/authorize",
        "client_id": "app",
        "redirect_url": "http://127.0.0.1:9/oauth/callback",
        "scopes": sent,
        "additional_params": None,
    }
