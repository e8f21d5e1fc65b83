"""The Platform API's client as a typed program uses it: mypy --strict checks this file (pyproject's [tool.mypy]
files), as it does examples/typed_usage.py for the Connect API's.

With the reference server running (scripts/serve), which serves the Platform API at /api/v2:

    VERSORI_API_KEY=vk_dev_example_organisation_local_only VERSORI_PLATFORM_BASE_URL=http://127.0.0.1:8000/api/v2 \\
        python examples/platform_typed_usage.py
"""

import asyncio
import uuid

from versori_connect import (
    APIConnectionError,
    APIStatusError,
    AsyncPlatformClient,
    CredentialParam,
    NotFoundError,
    PlatformClient,
    RawResponse,
)
from versori_connect.platform import (
    AuthSchemeConfig,
    AuthSchemeOAuth2,
    EndUser,
    EndUserCreate,
    InitialiseOAuth2ConnectionResponse,
    OAuth2GrantAuthorizationCode,
    SyncConnectionPage,
    SyncSystemPage,
    System,
)

# The ids of platform-openapi.yaml's examples, which the reference server's built-in seed holds.
ORGANISATION_ID = "01M630NCG4ZDDRK8JJJ5EVRJSK"
SYSTEM_ID = "01M8GP3ZM0P2A6P0D1R4N3M887"  # Google Calendar
PROJECT_ID = "01M8GPEZ60038CKN6G40Y6WC4P"
ENVIRONMENT_ID = "01M8GPGSS0XV55XZ7AER1STX7D"
END_USER = "cust-4f9a2b"
LOOPBACK = "http://127.0.0.1:62168/oauth/callback"
# The stored OAuth 2.0 client the system's grant names.
CREDENTIAL: CredentialParam = {"id": "01M685ETG43A32W69JE3TGMGF2", "organisation_id": ORGANISATION_ID}
CLIENT_ID = "731947215860-k2v8q1c4bq7r3l0d9n5e6s2ftm4hj8ap.apps.googleusercontent.com"
AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth"


def oauth2_config(system: System) -> AuthSchemeOAuth2:
    """The system's first ``oauth2`` config: a union is narrowed by its class, one per ``type``."""
    configs: list[AuthSchemeConfig] = system.auth_scheme_configs
    return next(config for config in configs if isinstance(config, AuthSchemeOAuth2))


def authorize_url(client: PlatformClient) -> str:
    """Initialise on the system with its oauth2 config's default scopes, the provider sending the user back to a
    program listening on this machine (``redirect_url``), as Versori's CLI does."""
    config = oauth2_config(client.systems.get(ORGANISATION_ID, SYSTEM_ID)).oauth2
    assert isinstance(config.grant, OAuth2GrantAuthorizationCode)
    result: InitialiseOAuth2ConnectionResponse = client.connections.initialise_oauth2(
        ORGANISATION_ID,
        SYSTEM_ID,
        credential=CREDENTIAL,
        authorize_url=AUTHORIZE_URL,
        client_id=CLIENT_ID,
        redirect_url=LOOPBACK,
        scopes=config.default_scopes,
        additional_params={"access_type": "offline"},
        timeout=10.0,
    )
    return result.url


def system_names(client: PlatformClient) -> list[str]:
    """Every system, one per request (``first=1``): iterating a page walks the pages after it."""
    page: SyncSystemPage = client.systems.list(ORGANISATION_ID, first=1)
    return [system.name for system in page]


def end_user_connections(client: PlatformClient) -> list[str]:
    page: SyncConnectionPage = client.connections.list(ORGANISATION_ID, end_user_id=END_USER)
    return [connection.name for connection in page]


def template_names(client: PlatformClient) -> list[str]:
    """The project's templates in the environment, in one page."""
    return [
        template.name
        for template in client.connection_templates.list(ORGANISATION_ID, PROJECT_ID, env_id=ENVIRONMENT_ID)
    ]


def end_user_round_trip(client: PlatformClient) -> str:
    """Create an end user (the generated model as the body), read it back raw, delete it."""
    external_id = f"typed-usage-{uuid.uuid4().hex[:8]}"
    created: EndUser = client.end_users.create(
        ORGANISATION_ID, EndUserCreate(external_id=external_id, display_name="Typed")
    )
    raw: RawResponse[EndUser] = client.end_users.with_raw_response.get(ORGANISATION_ID, external_id)
    client.end_users.delete(ORGANISATION_ID, external_id)
    return f"{raw.status_code} {raw.parsed.display_name} {created.external_id == external_id}"


def error_code_for_unknown_system(client: PlatformClient) -> str:
    """A failed call raises the class of its status, the same exceptions as the Connect client's."""
    try:
        client.systems.get(ORGANISATION_ID, "01M8GPZZZZZZZZZZZZZZZZZZZZ")
    except NotFoundError as error:
        return f"{error.status_code} {error.code}"
    except APIStatusError as error:
        return f"unexpected {error.status_code}: {error.message}"
    except APIConnectionError as error:
        return f"no answer: {error.message}"
    return "no error"


async def end_user_names_async() -> list[str]:
    async with AsyncPlatformClient(max_retries=0) as client:
        return [user.external_id async for user in client.end_users.list(ORGANISATION_ID)]


def main() -> None:
    with PlatformClient() as client:
        print(authorize_url(client))
        print(", ".join(system_names(client)))
        print(", ".join(end_user_connections(client)))
        print(", ".join(template_names(client)))
        print(end_user_round_trip(client))
        print(error_code_for_unknown_system(client))
    print(", ".join(asyncio.run(end_user_names_async())))


if __name__ == "__main__":
    main()
