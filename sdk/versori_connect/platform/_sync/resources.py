# Derived from versori_connect/platform/_async/resources.py by scripts/unasync.py: edit that file, then run the script.
"""``client.systems`` (with ``.auth_scheme_configs``), ``client.connections``, ``client.connection_templates`` and
``client.end_users``: each method builds its operation (``_operations``) and sends it through the core's
``APIResource`` (``_request``, or ``_list`` for a page) with the parser of its answer and the call's
``RequestOptions``.

A create is not replayable: it is retried only when the server cannot have acted on it (the request was never
sent, or the answer was 429 or 503), since a repeat after a lost answer would create a second system, template or
end user, or (for a connection) spend the OAuth 2.0 state a second time. Every other call is retried as the core
retries.

To add an operation: a builder in ``_operations``, a method here taking ``**options: Unpack[RequestOptions]``,
one line in the raw wrapper, then ``scripts/unasync`` for the sync twin.
"""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from ..._core._sync.resource import APIResource, returning_raw
from ..._core.options import RequestOptions
from ..._core.response import no_content
from ..._types import AdditionalParams, CredentialParam
from .. import _operations
from .._generated.models import (
    Connection,
    ConnectionTemplate,
    ConnectionUpdate,
    ConsumerCredentialReference,
    CredentialReference,
    EndUser,
    EndUserCreate,
    EnvSystemConnectionCreate,
    InitialiseOAuth1ConnectionResponse,
    InitialiseOAuth2ConnectionResponse,
    LinkSystem,
    System,
    SystemCreate,
    UpdateConnectionTemplate,
    UpdateSystem,
)
from .._unions import AuthSchemeConfig, parse_auth_scheme_config
from .pages import SyncConnectionPage, SyncEndUserPage, SyncEnvironmentSystemPage, SyncSystemPage

if TYPE_CHECKING:
    from .client import PlatformClient


class AuthSchemeConfigsWithRawResponse:
    """``client.systems.auth_scheme_configs.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, configs: "AuthSchemeConfigs") -> None:
        self.upsert = returning_raw(configs.upsert)
        self.delete = returning_raw(configs.delete)


class SystemsWithRawResponse:
    """``client.systems.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, systems: "Systems") -> None:
        self.list = returning_raw(systems.list)
        self.create = returning_raw(systems.create)
        self.get = returning_raw(systems.get)
        self.update = returning_raw(systems.update)
        self.delete = returning_raw(systems.delete)
        self.auth_scheme_configs = AuthSchemeConfigsWithRawResponse(systems.auth_scheme_configs)


class ConnectionsWithRawResponse:
    """``client.connections.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, connections: "Connections") -> None:
        self.initialise_oauth2 = returning_raw(connections.initialise_oauth2)
        self.initialise_oauth1 = returning_raw(connections.initialise_oauth1)
        self.list = returning_raw(connections.list)
        self.create = returning_raw(connections.create)
        self.get = returning_raw(connections.get)
        self.update = returning_raw(connections.update)
        self.delete = returning_raw(connections.delete)


class ConnectionTemplatesWithRawResponse:
    """``client.connection_templates.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, templates: "ConnectionTemplates") -> None:
        self.create = returning_raw(templates.create)
        self.list = returning_raw(templates.list)
        self.update = returning_raw(templates.update)
        self.delete = returning_raw(templates.delete)


class EndUsersWithRawResponse:
    """``client.end_users.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, end_users: "EndUsers") -> None:
        self.create = returning_raw(end_users.create)
        self.list = returning_raw(end_users.list)
        self.get = returning_raw(end_users.get)
        self.delete = returning_raw(end_users.delete)


class AuthSchemeConfigs(APIResource[AuthSchemeConfigsWithRawResponse]):
    """The auth scheme configs of a system: how its connections may authenticate."""

    _raw_wrapper = AuthSchemeConfigsWithRawResponse

    def upsert(
        self,
        organisation_id: str,
        system_id: str,
        config_id: str,
        config: AuthSchemeConfig | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> AuthSchemeConfig:
        """Add the config to the system, or replace the one with this id; the answer is the config as stored.
        ``config`` is a generated ``AuthScheme*`` model or the contract's JSON (``{"type": "api-key", "apiKey":
        {...}}``)."""
        operation = _operations.upsert_auth_scheme_config(organisation_id, system_id, config_id, config)
        return self._request(operation, parse_auth_scheme_config, options)

    def delete(
        self,
        organisation_id: str,
        system_id: str,
        config_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove the config from the system."""
        operation = _operations.delete_auth_scheme_config(organisation_id, system_id, config_id)
        return self._request(operation, no_content, options)


class Systems(APIResource[SystemsWithRawResponse]):
    """The organisation's systems, each a provider's API with its auth scheme configs (``.auth_scheme_configs``)."""

    _raw_wrapper = SystemsWithRawResponse

    def __init__(self, client: "PlatformClient", *, raw: bool = False) -> None:
        super().__init__(client, raw=raw)
        self.auth_scheme_configs = AuthSchemeConfigs(client, raw=raw)

    def list(
        self,
        organisation_id: str,
        *,
        first: int | None = None,
        after: str | None = None,
        before: str | None = None,
        search: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncSystemPage:
        """A page of the organisation's systems, newest first (``first`` per page; ``after`` a page's ``next_``,
        ``before`` its ``prev``; ``search`` keeps those whose name or domain holds the text), which fetches the
        pages after it with the same filters: ``get_next_page()``, or ``for`` over every system from here on.
        """
        operation = _operations.list_systems(organisation_id, first=first, after=after, before=before, search=search)
        return self._list(operation, SyncSystemPage, options)

    def create(
        self,
        organisation_id: str,
        system: SystemCreate | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> System:
        """Create a system with its auth scheme configs; ``system`` is the generated ``SystemCreate`` or the
        contract's JSON. The answer carries the id the server gave it. Not replayable (see the module)."""
        operation = _operations.create_system(organisation_id, system)
        return self._request(operation, System.from_dict, options, replayable=False)

    def get(
        self,
        organisation_id: str,
        system_id: str,
        **options: Unpack[RequestOptions],
    ) -> System:
        """One system, with its auth scheme configs."""
        operation = _operations.get_system(organisation_id, system_id)
        return self._request(operation, System.from_dict, options)

    def update(
        self,
        organisation_id: str,
        system_id: str,
        system: UpdateSystem | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> System:
        """Change the system's ``name``, ``domain`` or ``templateBaseUrl`` (each field given replaces the stored one;
        the configs change through ``auth_scheme_configs``); the answer is the system as stored."""
        operation = _operations.update_system(organisation_id, system_id, system)
        return self._request(operation, System.from_dict, options)

    def delete(
        self,
        organisation_id: str,
        system_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete the system; one that a connection template uses raises ``ConflictError`` (409)."""
        operation = _operations.delete_system(organisation_id, system_id)
        return self._request(operation, no_content, options)


class Connections(APIResource[ConnectionsWithRawResponse]):
    """Connections link a connection template to one account at a provider."""

    _raw_wrapper = ConnectionsWithRawResponse

    def initialise_oauth2(
        self,
        organisation_id: str,
        system_id: str,
        *,
        credential: CredentialParam | CredentialReference,
        authorize_url: str,
        client_id: str,
        redirect_url: str | None = None,
        scopes: Sequence[str] | None = None,
        prompt: str | None = None,
        disable_offline_access: bool = False,
        additional_params: AdditionalParams | None = None,
        **options: Unpack[RequestOptions],
    ) -> InitialiseOAuth2ConnectionResponse:
        """The provider's authorize URL that starts an OAuth 2.0 ``authorization_code`` grant on the system.

        ``redirect_url`` is where the provider sends the user back instead of Versori's callback (a loopback URL
        for a program on the user's machine, as Versori's CLI sends); the ``oauth2-code`` credential that creates
        the connection then carries the same ``redirectUrl``. ``None`` leaves an optional field out
        (``prompt=""`` sends an empty prompt); the other arguments are those of the Connect client's
        ``initialise_oauth2``. Like every method, it takes the ``RequestOptions`` for this call alone.
        """
        operation = _operations.initialise_oauth2(
            organisation_id,
            system_id,
            credential=credential,
            redirect_url=redirect_url,
            authorize_url=authorize_url,
            client_id=client_id,
            scopes=scopes,
            prompt=prompt,
            disable_offline_access=disable_offline_access,
            additional_params=additional_params,
        )
        return self._request(operation, InitialiseOAuth2ConnectionResponse.from_dict, options)

    def initialise_oauth1(
        self,
        organisation_id: str,
        system_id: str,
        *,
        credential: CredentialParam | ConsumerCredentialReference,
        **options: Unpack[RequestOptions],
    ) -> InitialiseOAuth1ConnectionResponse:
        """The provider's authorization URL that starts an OAuth 1.0a sign-in on the system: ``credential`` is the
        consumer credential one of the system's ``oauth1`` configs names. The provider sends the user back with
        ``oauth_token``, ``oauth_verifier`` and ``state``, which an ``oauth1`` credential then carries to
        ``create``. Like every method, it takes the ``RequestOptions`` for this call alone.
        """
        operation = _operations.initialise_oauth1(organisation_id, system_id, credential=credential)
        return self._request(operation, InitialiseOAuth1ConnectionResponse.from_dict, options)

    def list(
        self,
        organisation_id: str,
        *,
        system_id: str | None = None,
        end_user_id: str | None = None,
        first: int | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncConnectionPage:
        """A page of the organisation's connections, most recently updated first; ``system_id`` keeps those made on
        templates of that system, ``end_user_id`` (an end user's ``externalId``) the dynamic connections of that
        end user. ``first`` per page, ``after`` a page's ``next_``, ``before`` its ``prev``. It fetches the pages
        after it with the same filters: ``get_next_page()``, or ``for`` over every connection from here on.
        """
        operation = _operations.list_connections(
            organisation_id, system_id=system_id, end_user_id=end_user_id, first=first, after=after, before=before
        )
        return self._list(operation, SyncConnectionPage, options)

    def create(
        self,
        organisation_id: str,
        connection: EnvSystemConnectionCreate | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Connection:
        """Create a connection on a connection template (``connectionTemplateId``, the ``connection`` with its
        credentials, and ``externalId``, the end user's, for a dynamic template); ``connection`` is the generated
        ``EnvSystemConnectionCreate`` or the contract's JSON. With an ``oauth2-code`` credential this is the last
        step of the OAuth 2.0 loop, and its state is single-use: not replayable (see the module)."""
        operation = _operations.create_connection(organisation_id, connection)
        return self._request(operation, Connection.from_dict, options, replayable=False)

    def get(
        self,
        organisation_id: str,
        connection_id: str,
        **options: Unpack[RequestOptions],
    ) -> Connection:
        """One connection (its secrets read ``[redacted]``)."""
        operation = _operations.get_connection(organisation_id, connection_id)
        return self._request(operation, Connection.from_dict, options)

    def update(
        self,
        organisation_id: str,
        connection_id: str,
        connection: ConnectionUpdate | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Connection:
        """The connection as it should be (``name``, ``credentials`` by their entries' ids, ``baseUrl``, ``""`` to
        keep it); a secret sent back as ``[redacted]`` keeps the stored one, so a connection read and sent back is
        a valid update."""
        operation = _operations.update_connection(organisation_id, connection_id, connection)
        return self._request(operation, Connection.from_dict, options)

    def delete(
        self,
        organisation_id: str,
        connection_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete the connection."""
        operation = _operations.delete_connection(organisation_id, connection_id)
        return self._request(operation, no_content, options)


class ConnectionTemplates(APIResource[ConnectionTemplatesWithRawResponse]):
    """The connection templates of a project: each a system linked into one of its environments."""

    _raw_wrapper = ConnectionTemplatesWithRawResponse

    def create(
        self,
        organisation_id: str,
        project_id: str,
        template: LinkSystem | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> ConnectionTemplate:
        """Link a system into an environment of the project (``systemId``, ``name``, ``environmentId``, and
        ``dynamic`` for one connection per end user); ``template`` is the generated ``LinkSystem`` or the
        contract's JSON. The answer's ``connection_template_id`` is what connections name. Not replayable (see the
        module)."""
        operation = _operations.create_connection_template(organisation_id, project_id, template)
        return self._request(operation, ConnectionTemplate.from_dict, options, replayable=False)

    def list(
        self,
        organisation_id: str,
        project_id: str,
        *,
        env_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncEnvironmentSystemPage:
        """The project's connection templates (``env_id`` keeps those of one environment), in one page: ``async
        for`` walks them."""
        operation = _operations.list_connection_templates(organisation_id, project_id, env_id=env_id)
        return self._list(operation, SyncEnvironmentSystemPage, options)

    def update(
        self,
        organisation_id: str,
        project_id: str,
        template_id: str,
        template: UpdateConnectionTemplate | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> ConnectionTemplate:
        """Change the template's ``name``, ``dynamic`` or ``authSchemeConfigIds`` (each field given replaces the
        stored one); ``template_id`` is its ``connection_template_id``."""
        operation = _operations.update_connection_template(organisation_id, project_id, template_id, template)
        return self._request(operation, ConnectionTemplate.from_dict, options)

    def delete(
        self,
        organisation_id: str,
        project_id: str,
        template_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove the template from the project (``template_id`` is its ``connection_template_id``)."""
        operation = _operations.delete_connection_template(organisation_id, project_id, template_id)
        return self._request(operation, no_content, options)


class EndUsers(APIResource[EndUsersWithRawResponse]):
    """The end users of the organisation's own product; each dynamic connection belongs to one of them."""

    _raw_wrapper = EndUsersWithRawResponse

    def create(
        self,
        organisation_id: str,
        end_user: EndUserCreate | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> EndUser:
        """Create an end user (``externalId``, the organisation's own id for them, and ``displayName``);
        ``end_user`` is the generated ``EndUserCreate`` or the contract's JSON. Not replayable (see the module)."""
        operation = _operations.create_end_user(organisation_id, end_user)
        return self._request(operation, EndUser.from_dict, options, replayable=False)

    def list(
        self,
        organisation_id: str,
        *,
        search: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncEndUserPage:
        """The organisation's end users (``search`` keeps those holding the text), in one page: ``for`` walks
        them."""
        operation = _operations.list_end_users(organisation_id, search=search)
        return self._list(operation, SyncEndUserPage, options)

    def get(
        self,
        organisation_id: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> EndUser:
        """One end user, by its ``externalId`` (or its ``id``)."""
        operation = _operations.get_end_user(organisation_id, user_id)
        return self._request(operation, EndUser.from_dict, options)

    def delete(
        self,
        organisation_id: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete the end user, by its ``externalId`` (or its ``id``)."""
        operation = _operations.delete_end_user(organisation_id, user_id)
        return self._request(operation, no_content, options)
