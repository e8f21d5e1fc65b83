"""The client as a typed program uses it: mypy --strict checks this file (pyproject's [tool.mypy] files).

With the reference server running (scripts/serve):

    VERSORI_API_KEY=vk_dev_example_organisation_local_only VERSORI_BASE_URL=http://127.0.0.1:8000 \\
        python examples/typed_usage.py
"""

import asyncio

from versori_connect import (
    APIConnectionError,
    APIStatusError,
    AsyncClient,
    Client,
    CredentialParam,
    InitialiseOAuth2ConnectionResponse,
    NotFoundError,
    RawResponse,
    SyncConnectorPage,
)

# The ids the reference server's built-in seed holds.
ORGANISATION_ID = "01M630NCG4ZDDRK8JJJ5EVRJSK"
CONNECTOR_ID = "01M65K23G4WE37NGTVC0HJVGP1"
CREDENTIAL: CredentialParam = {"id": "01M6ARSFC30TQ8AMXN1Z8ZGT1F", "organisation_id": ORGANISATION_ID}
CLIENT_ID = "versori-dev-client"
AUTHORIZE_URL = "https://as.example.org/authorize"


def authorize_url(client: Client) -> str:
    """Every argument the call takes; the API key and base URL came from the environment."""
    result: InitialiseOAuth2ConnectionResponse = client.connections.initialise_oauth2(
        ORGANISATION_ID,
        CONNECTOR_ID,
        credential=CREDENTIAL,
        authorize_url=AUTHORIZE_URL,
        client_id=CLIENT_ID,
        scopes=["openid", "email"],
        prompt="consent",
        disable_offline_access=False,
        additional_params={"resource": ["https://api.a.example", "https://api.b.example"], "login_hint": "ada"},
        timeout=10.0,
        max_retries=1,
    )
    return result.url


def request_id(client: Client) -> str | None:
    """The raw answer: status, headers and the parsed model together."""
    raw: RawResponse[InitialiseOAuth2ConnectionResponse] = client.connections.with_raw_response.initialise_oauth2(
        ORGANISATION_ID, CONNECTOR_ID, credential=CREDENTIAL, authorize_url=AUTHORIZE_URL, client_id=CLIENT_ID
    )
    assert raw.status_code == 200
    return raw.request_id


def error_code_for_unknown_credential(client: Client) -> str:
    """A failed call raises the class of its status; ``code`` is what to branch on."""
    unknown: CredentialParam = {"id": "01M6ZZZZZZZZZZZZZZZZZZZZZZ", "organisation_id": ORGANISATION_ID}
    try:
        client.connections.initialise_oauth2(
            ORGANISATION_ID, CONNECTOR_ID, credential=unknown, authorize_url=AUTHORIZE_URL, client_id=CLIENT_ID
        )
    except NotFoundError as error:
        return f"{error.status_code} {error.code} (request id {error.request_id})"
    except APIStatusError as error:
        return f"unexpected {error.status_code}: {error.message}"
    except APIConnectionError as error:
        return f"no answer: {error.message}"
    return "no error"


def connector_names(client: Client) -> list[str]:
    """Every connector, one page per call (``first=1``): iterating a page walks the pages after it. The calls go
    through a client derived with a default header, on the same connections."""
    tagged = client.with_options(default_headers={"X-Request-Id": "typed-usage"})
    page: SyncConnectorPage = tagged.connectors.list(ORGANISATION_ID, first=1, timeout=5.0)
    return [connector.name for connector in page]


async def authorize_url_async() -> str:
    async with AsyncClient(max_retries=0) as client:
        result = await client.connections.initialise_oauth2(
            ORGANISATION_ID, CONNECTOR_ID, credential=CREDENTIAL, authorize_url=AUTHORIZE_URL, client_id=CLIENT_ID
        )
    return result.url


def main() -> None:
    with Client() as client:
        print(authorize_url(client))
        print(request_id(client))
        print(error_code_for_unknown_credential(client))
        print(", ".join(connector_names(client)))
    print(asyncio.run(authorize_url_async()))


if __name__ == "__main__":
    main()
