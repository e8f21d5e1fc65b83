"""The one place the kit writes a connection's create body: when the contract's shape changes, only this changes."""

from typing import Any

from mock_server.control import AuthorizationResult
from mock_server.seed import OAuthClientCredential


def oauth2_connection(name: str, credential: OAuthClientCredential, approved: AuthorizationResult) -> dict[str, Any]:
    """The contract's JSON for creating a connection named ``name`` from the provider's ``code`` and ``state``,
    with ``credential`` (the OAuth 2.0 client the loop was started with) as its grant."""
    return {
        "name": name,
        "credentials": {
            "action": [
                {
                    "authSchemeConfig": {
                        "schemeType": "oauth2",
                        "authorizeUrl": credential.authorize_url,
                        "tokenUrl": credential.token_url,
                        "grant": {
                            "type": "authorization_code",
                            "credentialId": credential.id,
                            "organisationId": credential.organisation_id,
                            "clientId": credential.client_id,
                        },
                    },
                    "credential": {
                        "name": name,
                        "type": "oauth2-code",
                        "data": {"code": approved.code, "state": approved.state},
                    },
                }
            ],
            "trigger": [],
        },
        "variables": [],
    }
