"""The generated SDK sends what the contract describes and reads every answer it documents.

Every request the SDK sends here, and every answer mocked for it, is checked against openapi.yaml
(``checked_api`` below), so a test fails as soon as SDK and contract disagree.
"""

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from openapi_core.validation.request.exceptions import (
    ParameterValidationError as RequestParameterError,
)
from openapi_core.validation.request.exceptions import SecurityValidationError
from openapi_core.validation.response.exceptions import InvalidData

from tests.support.contract import assert_request_conforms, assert_response_conforms
from tests.support.examples import (
    CONNECTOR_ID,
    ORGANISATION_ID,
    documented_statuses,
    request_example,
    response_examples,
)
from versori_connect import (
    AuthenticatedClient,
    Error,
    ErrorField,
    InitialiseOAuth2ConnectionRequest,
    InitialiseOAuth2ConnectionResponse,
    initialise_oauth2_connection,
)

PRODUCTION = "https://platform.versori.com/api/connect/v1"
INITIALISE_URL = f"{PRODUCTION}/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise"
API_KEY = "vk_test_0123456789abcdef"


@pytest.fixture
def client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=PRODUCTION, token=API_KEY)


@pytest.fixture
def checked_api() -> Iterator[respx.MockRouter]:
    """A respx router for the production server that checks each call against the contract on the way out."""
    with respx.mock(base_url=PRODUCTION, assert_all_called=True, assert_all_mocked=True) as router:
        yield router
        assert router.calls, "the test made no call to check"
        for request, response in router.calls:
            assert_request_conforms(request)
            assert response is not None
            assert_response_conforms(request, response)


def _answer(status: int, body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"X-Request-Id": "req-test-1"})


def test_full_request_goes_out_as_the_contract_describes(
    client: AuthenticatedClient, checked_api: respx.MockRouter
) -> None:
    body = request_example("google")
    route = checked_api.post(
        f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise",
    ).mock(return_value=_answer(200, response_examples("200")["google"]))

    initialise_oauth2_connection.sync(
        ORGANISATION_ID, CONNECTOR_ID, client=client, body=InitialiseOAuth2ConnectionRequest.from_dict(body)
    )

    sent = route.calls.last.request
    assert sent.method == "POST"
    assert str(sent.url) == INITIALISE_URL
    assert sent.headers["Authorization"] == f"Bearer {API_KEY}"
    assert sent.headers["Content-Type"] == "application/json"
    assert json.loads(sent.content) == body
    assert set(json.loads(sent.content)) == {
        "credential",
        "authorizeUrl",
        "clientId",
        "scopes",
        "disableOfflineAccess",
        "prompt",
        "additionalParams",
    }


def test_optional_fields_not_given_are_not_sent(client: AuthenticatedClient, checked_api: respx.MockRouter) -> None:
    route = checked_api.post(
        f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise",
    ).mock(return_value=_answer(200, response_examples("200")["minimal"]))
    minimal = request_example("minimal")
    body = InitialiseOAuth2ConnectionRequest.from_dict(minimal)

    initialise_oauth2_connection.sync(ORGANISATION_ID, CONNECTOR_ID, client=client, body=body)

    assert json.loads(route.calls.last.request.content) == minimal
    assert set(minimal) == {"credential", "authorizeUrl", "clientId"}


def test_path_parameters_are_percent_quoted(client: AuthenticatedClient) -> None:
    # Not ULIDs, so not checked against the contract: this is about how the SDK builds the path.
    with respx.mock(base_url=PRODUCTION, assert_all_called=True) as router:
        route = router.post(url__regex=r".*/oauth2/initialise$").mock(
            return_value=_answer(200, response_examples("200")["minimal"])
        )
        body = InitialiseOAuth2ConnectionRequest.from_dict(request_example("minimal"))

        initialise_oauth2_connection.sync("a/b c?", "x#y", client=client, body=body)

    assert route.calls.last.request.url.raw_path == b"/api/connect/v1/o/a%2Fb%20c%3F/connectors/x%23y/oauth2/initialise"


def test_the_contract_check_refuses_a_request_that_breaks_the_contract() -> None:
    # The check used by ``checked_api`` must be able to fail, or the tests above prove nothing.
    good = request_example("minimal")
    bad_path = httpx.Request(
        "POST",
        f"{PRODUCTION}/o/not-a-ulid/connectors/{CONNECTOR_ID}/oauth2/initialise",
        json=good,
        headers={"Authorization": f"Bearer {API_KEY}"},
    )
    unauthenticated = httpx.Request("POST", INITIALISE_URL, json=good)

    with pytest.raises(RequestParameterError):
        assert_request_conforms(bad_path)
    with pytest.raises(SecurityValidationError):
        assert_request_conforms(unauthenticated)


def test_the_contract_check_refuses_a_response_that_breaks_the_contract() -> None:
    request = httpx.Request(
        "POST",
        INITIALISE_URL,
        json=request_example("minimal"),
        headers={"Authorization": f"Bearer {API_KEY}"},
    )
    without_url = httpx.Response(200, json={"uri": "https://as.example.org/authorize"})
    error_without_code = httpx.Response(404, json={"message": "No such connector."})

    with pytest.raises(InvalidData):
        assert_response_conforms(request, without_url)
    with pytest.raises(InvalidData):
        assert_response_conforms(request, error_without_code)


def test_200_body_is_parsed_into_the_response_model(client: AuthenticatedClient, checked_api: respx.MockRouter) -> None:
    example = response_examples("200")["google"]
    checked_api.post(f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise").mock(
        return_value=_answer(200, example)
    )

    result = initialise_oauth2_connection.sync_detailed(
        ORGANISATION_ID,
        CONNECTOR_ID,
        client=client,
        body=InitialiseOAuth2ConnectionRequest.from_dict(request_example("google")),
    )

    assert result.status_code == 200
    assert isinstance(result.parsed, InitialiseOAuth2ConnectionResponse)
    assert result.parsed.url == example["url"]
    assert result.headers["X-Request-Id"] == "req-test-1"


ERROR_CASES = [
    pytest.param(status, name, example, id=f"{status}-{name}")
    for status in documented_statuses()
    if status != "200"
    for name, example in response_examples(status).items()
]


@pytest.mark.parametrize(("status", "name", "example"), ERROR_CASES)
def test_every_documented_error_body_is_parsed_into_error(
    client: AuthenticatedClient,
    checked_api: respx.MockRouter,
    status: str,
    name: str,
    example: dict[str, Any],
) -> None:
    # "default" covers any status the contract does not list; 502 is one.
    code = 502 if status == "default" else int(status)
    checked_api.post(f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise").mock(
        return_value=_answer(code, example)
    )

    result = initialise_oauth2_connection.sync_detailed(
        ORGANISATION_ID,
        CONNECTOR_ID,
        client=client,
        body=InitialiseOAuth2ConnectionRequest.from_dict(request_example("minimal")),
    )

    assert result.status_code == code
    error = result.parsed
    assert isinstance(error, Error)
    assert error.code == example["code"]
    assert error.message == example["message"]
    assert error.details == example.get("details", error.details)
    assert error.to_dict() == example
    if "fields" in example:
        assert isinstance(error.fields, list)
        assert all(isinstance(field, ErrorField) for field in error.fields)
        assert [field.field for field in error.fields] == [field["field"] for field in example["fields"]]


def test_error_statuses_cover_what_the_server_returns() -> None:
    assert {"400", "401", "403", "404", "413", "415", "500", "default"} <= set(documented_statuses())


@pytest.mark.asyncio
async def test_async_call_sends_the_same_request(checked_api: respx.MockRouter) -> None:
    route = checked_api.post(f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise").mock(
        return_value=_answer(200, response_examples("200")["google"])
    )
    body = request_example("google")

    async with AuthenticatedClient(base_url=PRODUCTION, token=API_KEY) as client:
        result = await initialise_oauth2_connection.asyncio(
            ORGANISATION_ID,
            CONNECTOR_ID,
            client=client,
            body=InitialiseOAuth2ConnectionRequest.from_dict(body),
        )

    assert isinstance(result, InitialiseOAuth2ConnectionResponse)
    assert json.loads(route.calls.last.request.content) == body
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {API_KEY}"
