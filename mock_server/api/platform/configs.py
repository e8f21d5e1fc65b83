"""A system's auth scheme config as the server stores it (``create_system`` and ``upsert_auth_scheme_config``):
what it keeps of what was sent, the OAuth 2.0 client its grant names or gives, and the secrets it keeps out of the
answer (an ``oauth1`` config's ``consumerSecret``)."""

from dataclasses import dataclass, field
from typing import Any

from ...core.redaction import REDACTED
from ...oauth.errors import CredentialNotFoundError
from ...seed.model import OAuthClientCredential
from ..services import Services
from .credentials import CONFIG_KEYS
from .errors import FieldRuleError

_CLIENT_GRANTS = ("authorizationCode", "password")


@dataclass(frozen=True)
class SettledConfig:
    """The config to store (as answers show it), its secrets, and the client credential to keep with it once the
    request succeeds (None when the grant names a stored one, or has no client)."""

    id: str
    type: str
    config: dict[str, Any]
    secrets: dict[str, Any] = field(default_factory=dict)
    new_credential: OAuthClientCredential | None = None

    def entry(self) -> dict[str, Any]:
        """The config as a ``SystemRecord`` lists it."""
        return {"id": self.id, "type": self.type, "config": self.config}


async def settled_config(
    config: dict[str, Any],
    config_id: str,
    where: str,
    organisation_id: str,
    services: Services,
) -> SettledConfig:
    """``config`` (``config_id``: its id, the path's for jwt-bearer and secret) without ``validationMessages`` and
    with no client or consumer secret. ``where`` is where it is in the body ("" for the whole body)."""
    key = CONFIG_KEYS.get(config["type"])
    if key is None:
        return SettledConfig(config_id, config["type"], {"type": config["type"]})
    inner = {name: value for name, value in config[key].items() if name != "validationMessages"}
    at = f"{where}.{key}" if where else key
    new_credential = None
    if config["type"] == "oauth1":
        inner, new_credential = await _settled_consumer(inner, at, organisation_id, services)
    if config["type"] == "oauth2":
        grant = config["oauth2"]["grant"]
        if grant["type"] in _CLIENT_GRANTS:
            detail, new_credential = await _settled_client(
                grant[grant["type"]], inner, f"{at}.grant.{grant['type']}", organisation_id, services
            )
            inner["grant"] = {"type": grant["type"], grant["type"]: detail}
    return SettledConfig(config_id, config["type"], {"type": config["type"], key: inner}, {}, new_credential)


async def _settled_consumer(
    config: dict[str, Any], at: str, organisation_id: str, services: Services
) -> tuple[dict[str, Any], OAuthClientCredential | None]:
    """An ``oauth1`` config's consumer secret, kept in the organisation's credential ``credentialId`` names: that
    one when the secret is sent back as ``[redacted]``, else a new credential of the key and the secret."""
    sent, named = config["consumerSecret"], config.get("credentialId")
    if named is not None:
        credential = await services.catalogue.credential(named)
        if credential is None or credential.organisation_id != organisation_id:
            raise CredentialNotFoundError(named, field=f"{at}.credentialId")
    if sent == REDACTED:
        if named is None:
            raise FieldRuleError(
                "A consumerSecret of [redacted] keeps the secret of the credential credentialId names; name one.",
                f"{at}.consumerSecret",
                "[redacted] needs credentialId.",
            )
        return config, None
    new = OAuthClientCredential.for_config(
        organisation_id,
        config["description"] or "OAuth 1.0",
        config["consumerKey"],
        sent,
        config.get("tokenEndpoint", {}).get("url", ""),
        config.get("resourceOwnerAuthorizationEndpoint", {}).get("url"),
        services.clock(),
        role="consumer",
    )
    return {**config, "consumerSecret": REDACTED, "credentialId": new.id}, new


async def _settled_client(
    detail: dict[str, Any], config: dict[str, Any], at: str, organisation_id: str, services: Services
) -> tuple[dict[str, Any], OAuthClientCredential | None]:
    """A grant's client: a stored credential (``credentialId`` with ``organisationId``, which may be another
    organisation's), or ``clientId`` and ``clientSecret`` kept as a new ``oauth2-client`` credential."""
    kept = {name: value for name, value in detail.items() if name != "clientSecret"}
    named = [name for name in ("credentialId", "organisationId") if name in detail]
    if len(named) == 1:
        missing = "organisationId" if named == ["credentialId"] else "credentialId"
        raise FieldRuleError(
            "A grant names its credential with both credentialId and organisationId.",
            f"{at}.{missing}",
            f"Required with {named[0]}.",
        )
    if named:
        credential = await services.catalogue.credential(detail["credentialId"])
        if credential is None or credential.organisation_id != detail["organisationId"]:
            raise CredentialNotFoundError(detail["credentialId"], field=f"{at}.credentialId")
        return kept, None
    if "clientId" not in detail or "clientSecret" not in detail:
        raise FieldRuleError(
            "A grant names a stored credential (credentialId, organisationId) or gives clientId and clientSecret.",
            f"{at}.clientSecret" if "clientId" in detail else f"{at}.clientId",
            "Required when no credential is named.",
        )
    new = OAuthClientCredential.for_config(
        organisation_id,
        config["description"] or "OAuth 2.0",
        detail["clientId"],
        detail["clientSecret"],
        config["tokenUrl"],
        config.get("authorizeUrl"),
        services.clock(),
    )
    kept.update(credentialId=new.id, organisationId=organisation_id)
    return kept, new
