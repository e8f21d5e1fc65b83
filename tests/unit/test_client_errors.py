"""Every failure surfaces as one of the typed exceptions of ``_exceptions``, chosen by its one status table."""

from typing import Any

import httpx
import pytest
import respx

from tests.support.client import INITIALISE, call_arguments
from tests.support.examples import (
    CONNECTOR_ID,
    ORGANISATION_ID,
    documented_statuses,
    request_example,
    response_examples,
)
from versori_connect import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    BadRequestError,
    Client,
    ErrorField,
    InternalServerError,
    VersoriError,
)
from versori_connect._core.exceptions import STATUS_ERRORS, error_class_for_status

ERROR_BODY = {
    "code": "some_code",
    "message": "Something is wrong.",
    "fields": [{"field": "clientId", "message": "Bad."}],
    "details": "More.",
}


def _initialise(client: Client, **options: Any) -> Any:
    arguments = call_arguments(request_example("minimal"))
    return client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **arguments, **options)


def _answer(status: int, body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, json=ERROR_BODY if body is None else body, headers={"X-Request-Id": "req-9", **headers}
    )


@pytest.mark.parametrize(("status", "error_class"), sorted(STATUS_ERRORS.items()))
def test_each_status_of_the_table_raises_its_class(
    client: Client, api: respx.MockRouter, status: int, error_class: type[APIStatusError]
) -> None:
    api.post(INITIALISE).mock(return_value=_answer(status))

    with pytest.raises(error_class) as caught:
        _initialise(client, max_retries=0)

    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.code == "some_code"
    assert error.message == "Something is wrong."
    assert [(field.field, field.message) for field in error.fields] == [("clientId", "Bad.")]
    assert all(isinstance(field, ErrorField) for field in error.fields)
    assert error.details == "More."
    assert error.request_id == "req-9"
    assert error.response.status_code == status
    assert error.request.url == error.response.request.url
    assert str(error) == f"{status} some_code: Something is wrong: clientId: Bad. (request id req-9)"


def test_the_message_names_every_field_and_its_rule(client: Client, api: respx.MockRouter) -> None:
    fields = [
        {"field": "credential.id", "message": "Must be at least 26 characters long."},
        {"field": "scopes[0]", "message": "Must not be empty."},
    ]
    body = {"code": "invalid_request", "message": "The request body does not match the contract.", "fields": fields}
    api.post(INITIALISE).mock(return_value=httpx.Response(400, json=body))

    with pytest.raises(BadRequestError) as caught:
        _initialise(client)

    assert str(caught.value) == (
        "400 invalid_request: The request body does not match the contract: "
        "credential.id: Must be at least 26 characters long.; scopes[0]: Must not be empty."
    )


@pytest.mark.parametrize(("status", "error_class"), sorted(STATUS_ERRORS.items()))
def test_the_table_is_what_error_class_for_status_answers(status: int, error_class: type[APIStatusError]) -> None:
    assert error_class_for_status(status) is error_class


@pytest.mark.parametrize("status", [501, 502, 503, 504, 599])
def test_every_5xx_is_an_internal_server_error(status: int) -> None:
    assert error_class_for_status(status) is InternalServerError


@pytest.mark.parametrize("status", [300, 402, 405, 410, 413, 415, 418, 451])
def test_other_statuses_raise_the_base_status_error(client: Client, api: respx.MockRouter, status: int) -> None:
    api.post(INITIALISE).mock(return_value=_answer(status))

    with pytest.raises(APIStatusError) as caught:
        _initialise(client)

    assert type(caught.value) is APIStatusError
    assert caught.value.status_code == status


ERROR_EXAMPLES = [
    pytest.param(int(status), example, id=f"{status}-{name}")
    for status in documented_statuses()
    if status not in {"200", "default"}
    for name, example in response_examples(status).items()
]


@pytest.mark.parametrize(("status", "example"), ERROR_EXAMPLES)
def test_every_documented_error_example_is_read_into_its_exception(
    client: Client, api: respx.MockRouter, status: int, example: dict[str, Any]
) -> None:
    api.post(INITIALISE).mock(return_value=_answer(status, example))

    with pytest.raises(error_class_for_status(status)) as caught:
        _initialise(client, max_retries=0)

    assert caught.value.code == example["code"]
    assert caught.value.message == example["message"]
    assert caught.value.details == example.get("details")
    assert [field.field for field in caught.value.fields] == [field["field"] for field in example.get("fields", [])]
    assert caught.value.error.to_dict() == example


def test_without_optional_parts_the_error_has_empty_fields_and_no_request_id(
    client: Client, api: respx.MockRouter
) -> None:
    api.post(INITIALISE).mock(return_value=httpx.Response(404, json={"code": "not_found", "message": "No."}))

    with pytest.raises(APIStatusError) as caught:
        _initialise(client)

    assert (caught.value.fields, caught.value.details, caught.value.request_id) == ([], None, None)
    assert str(caught.value) == "404 not_found: No."


def test_the_hierarchy_is_the_one_drawn_in_the_module_docstring() -> None:
    for error_class in STATUS_ERRORS.values():
        assert issubclass(error_class, APIStatusError)
    assert issubclass(APIStatusError, APIError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(APIResponseValidationError, APIError)
    assert issubclass(APIError, VersoriError)


CONTRACT_BREAKING_ANSWERS = [
    pytest.param(httpx.Response(200, json={"uri": "https://as.example.org/a"}), id="200-without-url"),
    pytest.param(httpx.Response(200, json={"url": 42}), id="200-url-not-a-string"),
    pytest.param(httpx.Response(200, json=["https://as.example.org/a"]), id="200-array"),
    pytest.param(httpx.Response(200, text="https://as.example.org/a"), id="200-not-json"),
    pytest.param(httpx.Response(200, content=b""), id="200-empty"),
    pytest.param(httpx.Response(404, json={"message": "No such connector."}), id="error-without-code"),
    pytest.param(httpx.Response(400, json={"code": 7, "message": "x"}), id="error-code-not-a-string"),
    pytest.param(httpx.Response(400, json={"code": "c", "message": "m", "fields": "clientId"}), id="fields-a-string"),
    pytest.param(httpx.Response(400, json={"code": "c", "message": "m", "fields": [{"field": 1}]}), id="field-shape"),
    pytest.param(httpx.Response(400, json={"code": "c", "message": "m", "details": False}), id="details-a-bool"),
    pytest.param(httpx.Response(401, text="<html>Unauthorized</html>"), id="error-not-json"),
    pytest.param(httpx.Response(502, text="<html>Bad gateway</html>"), id="proxy-error-page"),
]


@pytest.mark.parametrize("answer", CONTRACT_BREAKING_ANSWERS)
def test_an_answer_that_breaks_the_contract_raises_response_validation_error(
    client: Client, loose_api: respx.MockRouter, answer: httpx.Response
) -> None:
    loose_api.post(INITIALISE).mock(return_value=answer)

    with pytest.raises(APIResponseValidationError, match="does not match the contract") as caught:
        _initialise(client, max_retries=0)

    assert caught.value.status_code == answer.status_code
    assert caught.value.response.status_code == answer.status_code
    assert isinstance(caught.value.__cause__, ValueError | KeyError | TypeError)


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        pytest.param(httpx.ConnectError("refused"), APIConnectionError, id="connect-error"),
        pytest.param(httpx.RemoteProtocolError("closed"), APIConnectionError, id="protocol-error"),
        pytest.param(httpx.ConnectTimeout("slow"), APITimeoutError, id="connect-timeout"),
        pytest.param(httpx.ReadTimeout("slow"), APITimeoutError, id="read-timeout"),
        pytest.param(httpx.PoolTimeout("busy"), APITimeoutError, id="pool-timeout"),
    ],
)
def test_httpx_errors_are_translated_with_the_original_as_cause(
    client: Client, api: respx.MockRouter, raised: httpx.RequestError, expected: type[APIConnectionError]
) -> None:
    api.post(INITIALISE).mock(side_effect=raised)

    with pytest.raises(expected) as caught:
        _initialise(client, max_retries=0)

    assert type(caught.value) is expected
    assert caught.value.__cause__ is raised
    assert caught.value.request.url.path.endswith("/oauth2/initialise")


@pytest.mark.asyncio
async def test_async_status_error(async_client: AsyncClient, api: respx.MockRouter) -> None:
    api.post(INITIALISE).mock(return_value=_answer(403))
    arguments = call_arguments(request_example("minimal"))

    with pytest.raises(STATUS_ERRORS[403]) as caught:
        await async_client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **arguments)

    assert caught.value.code == "some_code"
    assert caught.value.request_id == "req-9"


@pytest.mark.asyncio
async def test_async_timeout(async_client: AsyncClient, api: respx.MockRouter) -> None:
    api.post(INITIALISE).mock(side_effect=httpx.ReadTimeout("slow"))
    arguments = call_arguments(request_example("minimal"))

    with pytest.raises(APITimeoutError):
        await async_client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **arguments, max_retries=0)


@pytest.mark.asyncio
async def test_async_contract_breaking_answer(async_client: AsyncClient, loose_api: respx.MockRouter) -> None:
    loose_api.post(INITIALISE).mock(return_value=httpx.Response(200, json={}))
    arguments = call_arguments(request_example("minimal"))

    with pytest.raises(APIResponseValidationError):
        await async_client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **arguments)
