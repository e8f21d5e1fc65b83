"""``additional_params`` in its three shapes, and ``credential`` in its two."""

import json
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import respx

from tests.support.client import INITIALISE, call_arguments
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID, request_example, response_examples
from versori_connect import AdditionalParams, Client, CredentialReference
from versori_connect._params import credential_reference, encode_additional_params


@pytest.mark.parametrize(
    ("params", "encoded"),
    [
        pytest.param("access_type=offline&login_hint=ada%40example.org", None, id="str-as-is"),
        pytest.param("?a=b c", None, id="str-not-even-re-encoded"),
        pytest.param("", None, id="empty-str"),
        pytest.param({"access_type": "offline"}, "access_type=offline", id="mapping"),
        pytest.param({"resource": ["a", "b"]}, "resource=a&resource=b", id="list-repeats-the-key"),
        pytest.param({"resource": ("a", "b"), "x": "y"}, "resource=a&resource=b&x=y", id="tuple-repeats-in-order"),
        pytest.param({"resource": []}, "", id="empty-list-sends-nothing"),
        pytest.param({"login_hint": "Ada Lovelace"}, "login_hint=Ada%20Lovelace", id="space-is-%20"),
        pytest.param({"q": "a+b&c=d/e@f"}, "q=a%2Bb%26c%3Dd%2Fe%40f", id="nothing-left-safe"),
        pytest.param({"hd": "café.example"}, "hd=caf%C3%A9.example", id="utf-8"),
        pytest.param({"a b": "c"}, "a%20b=c", id="names-encoded-too"),
        pytest.param([("resource", "a"), ("x", "1"), ("resource", "b")], "resource=a&x=1&resource=b", id="pairs"),
        pytest.param((), "", id="no-pairs"),
    ],
)
def test_additional_params_encoding(params: AdditionalParams, encoded: str | None) -> None:
    assert encode_additional_params(params) == (params if encoded is None else encoded)


@pytest.mark.parametrize(
    "pairs",
    [
        [("resource", "https://api.a/x?y=1"), ("resource", "https://api.b")],
        [("login_hint", "ada+test@example.org"), ("ui_locales", "fr-CA en")],
        [("claims", '{"id_token":{"email":null}}')],
    ],
)
def test_pairs_survive_a_round_trip(pairs: list[tuple[str, str]]) -> None:
    assert parse_qsl(encode_additional_params(pairs)) == pairs


@pytest.mark.parametrize("params", [{"max_age": 3600}, {"resource": ["a", 2]}, [("a", None)]])
def test_values_that_are_not_strings_are_refused(params: Any) -> None:
    with pytest.raises(TypeError, match="must be str"):
        encode_additional_params(params)


def test_a_mapping_goes_out_encoded_as_additional_params(client: Client, api: respx.MockRouter) -> None:
    route = api.post(INITIALISE).mock(return_value=httpx.Response(200, json=response_examples("200")["minimal"]))
    arguments = call_arguments(request_example("minimal"))

    client.connections.initialise_oauth2(
        ORGANISATION_ID,
        CONNECTOR_ID,
        **arguments,
        additional_params={"resource": ["https://api.a", "https://api.b"], "login_hint": "Ada Lovelace"},
    )

    sent = json.loads(route.calls.last.request.content)["additionalParams"]
    assert sent == "resource=https%3A%2F%2Fapi.a&resource=https%3A%2F%2Fapi.b&login_hint=Ada%20Lovelace"


def test_credential_mapping_becomes_the_generated_model() -> None:
    model = CredentialReference(id="01M686CQCVJBKJA92R4931M0P0", organisation_id=ORGANISATION_ID)

    mapping = {"id": model.id, "organisation_id": model.organisation_id}

    assert credential_reference(mapping, CredentialReference) == model
    assert credential_reference(model, CredentialReference) is model
