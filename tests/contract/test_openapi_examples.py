"""The contract's examples are ones a spec-only mock can serve as if it were the real API."""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.support.contract import contract
from tests.support.examples import request_example, response_examples

ADDED_BY_THE_API = {"response_type", "client_id", "redirect_uri", "state", "scope", "prompt"}


def test_contract_loads_as_valid_openapi() -> None:
    # openapi-core validates the document against the OpenAPI 3.1 schema when it loads it.
    assert contract().spec["openapi"] == "3.1.0"


@pytest.mark.parametrize("name", ["google", "minimal"])
def test_each_200_example_is_an_authorize_url_for_its_request_example(name: str) -> None:
    request = request_example(name)
    url = urlsplit(response_examples("200")[name]["url"])
    query = parse_qs(url.query)

    assert f"{url.scheme}://{url.netloc}{url.path}" == request["authorizeUrl"]
    assert set(query) >= ADDED_BY_THE_API
    assert query["response_type"] == ["code"]
    assert query["client_id"] == [request["clientId"]]
    assert len(query["state"][0]) == 43


def test_the_full_example_shows_every_field_of_the_request() -> None:
    schema = contract().spec / "components" / "schemas" / "InitialiseOAuth2ConnectionRequest"
    assert set(request_example("google")) == set((schema / "properties").keys())
