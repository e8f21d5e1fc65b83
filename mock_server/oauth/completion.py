"""The end of the OAuth 2.0 loop, for both APIs' connection create (and the Platform API's reauthorising
update): the state checked for what it was made for, then consumed, and the code exchanged with the client
credential it was issued for."""

import httpx

from ..seed.model import OAuthClientCredential
from ..stores.base import CatalogueStore
from .errors import CredentialNotFoundError, InvalidStateError
from .state import StateRecord, StateStore
from .token_exchange import Tokens, exchange_code


async def usable_state(states: StateStore, state: str, made_for: str, field: str) -> StateRecord:
    """The record of ``state``, once it is usable (unexpired, not consumed) and was made for ``made_for`` (a
    ``state.made_for`` name); else ``InvalidStateError`` naming ``field``."""
    record = await states.get(state)
    if record is None or record.made_for != made_for:
        raise InvalidStateError(field)
    return record


async def state_client(catalogue: CatalogueStore, record: StateRecord) -> OAuthClientCredential:
    """The client credential the state was issued for."""
    credential = await catalogue.credential(record.credential_id)
    if credential is None:
        raise CredentialNotFoundError(record.credential_id, field=None)
    return credential


async def exchanged_code(
    states: StateStore,
    http: httpx.AsyncClient,
    client: OAuthClientCredential,
    state: str,
    code: str,
    additional_params: str,
    field: str,
) -> Tokens:
    """Consume the state (one state, one connection, even when the exchange fails), then exchange the code;
    ``InvalidStateError`` naming ``field`` when another request consumed the state first."""
    record = await states.take(state)
    if record is None:
        raise InvalidStateError(field)
    return await exchange_code(http, client, record, code, additional_params)
