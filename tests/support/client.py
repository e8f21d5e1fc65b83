"""For tests of the hand-written ``Client``: the contract's request examples as its keyword arguments, and a
respx router that checks every call against the contract."""

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import respx

from versori_connect import DEFAULT_BASE_URL

from .contract import assert_request_conforms, assert_response_conforms
from .examples import CONNECTOR_ID, ORGANISATION_ID
from .paths import OPENAPI_PATH

API_KEY = "vk_test_0123456789abcdef"
INITIALISE = f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise"

_ARGUMENT_NAMES = {
    "authorizeUrl": "authorize_url",
    "clientId": "client_id",
    "redirectUrl": "redirect_url",
    "scopes": "scopes",
    "prompt": "prompt",
    "disableOfflineAccess": "disable_offline_access",
    "additionalParams": "additional_params",
}


def call_arguments(body: Mapping[str, Any]) -> dict[str, Any]:
    """An initialise request body of either contract as keyword arguments of ``initialise_oauth2``."""
    arguments = {_ARGUMENT_NAMES[name]: value for name, value in body.items() if name != "credential"}
    credential = body["credential"]
    arguments["credential"] = {"id": credential["id"], "organisation_id": credential["organisationId"]}
    return arguments


@contextmanager
def contract_checked_router(
    base_url: str = DEFAULT_BASE_URL, *, check_responses: bool = True, contract: Path = OPENAPI_PATH
) -> Iterator[respx.MockRouter]:
    """A respx router that fails the test, on the way out, if a request (or answer) breaks the contract (the Connect
    API's unless told).

    ``check_responses=False`` is for tests that answer against the contract on purpose.
    """
    with respx.mock(base_url=base_url, assert_all_called=True, assert_all_mocked=True) as router:
        yield router
        assert router.calls, "the test made no call to check"
        for request, response in router.calls:
            assert_request_conforms(request, contract)
            if check_responses and response is not None:
                assert_response_conforms(request, response, contract)
