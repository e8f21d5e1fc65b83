"""``client.connectors``: list, get, and ``auth_scheme_configs.upsert`` and ``.delete``, on ``Client`` and
``AsyncClient``. The ``api`` fixture checks every request and answer against openapi.yaml."""

import json
from typing import Any

import httpx
import pytest
import respx

from tests.support.either import settle
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.wire import CONFIG_ID, CONNECTOR_PATH, auth_scheme_config, connector
from versori_connect import (
    AsyncClient,
    AuthSchemeConfigHmac,
    AuthSchemeConfigOAuth2,
    BigQueryConnector,
    Client,
    ConnectorPage,
    HttpConnector,
    NotFoundError,
    OAuth2GrantAuthorizationCode,
    RawResponse,
)

pytestmark = pytest.mark.asyncio

CONNECTORS = f"/o/{ORGANISATION_ID}/connectors"
CONFIG = f"{CONNECTOR_PATH}/auth-scheme-configs/{CONFIG_ID}"


async def test_list_sends_the_filters_given_and_reads_each_protocol(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    page_json = {"totalCount": 2, "next": "page-2", "connectors": [connector("http"), connector("bigquery")]}
    route = api.get(CONNECTORS).mock(return_value=httpx.Response(200, json=page_json))

    page = await settle(either_client.connectors.list(ORGANISATION_ID, first=2, name="cal", protocol="http"))

    assert dict(route.calls.last.request.url.params) == {"first": "2", "name": "cal", "protocol": "http"}
    assert isinstance(page, ConnectorPage)
    assert [type(item) for item in page.connectors] == [HttpConnector, BigQueryConnector]
    assert page.next_ == "page-2"


async def test_get_returns_the_connector_with_its_configs(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    api.get(CONNECTOR_PATH).mock(
        return_value=httpx.Response(200, json=connector("http", ("oauth2/authorization_code", "hmac")))
    )

    got = await settle(either_client.connectors.get(ORGANISATION_ID, CONNECTOR_ID))

    assert isinstance(got, HttpConnector)
    assert got.base_url == "https://www.googleapis.com/calendar/v3"
    oauth2, hmac = got.auth_scheme_configs
    assert isinstance(oauth2, AuthSchemeConfigOAuth2)
    assert isinstance(oauth2.grant, OAuth2GrantAuthorizationCode)
    assert isinstance(hmac, AuthSchemeConfigHmac)


async def test_get_of_an_unknown_connector_raises_404(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    api.get(CONNECTOR_PATH).mock(
        return_value=httpx.Response(404, json={"code": "connector_not_found", "message": "No such connector."})
    )

    with pytest.raises(NotFoundError) as raised:
        await settle(either_client.connectors.get(ORGANISATION_ID, CONNECTOR_ID))

    assert raised.value.code == "connector_not_found"


@pytest.mark.parametrize("as_model", [False, True], ids=["json", "model"])
async def test_upsert_puts_the_config_and_returns_the_connector(
    either_client: Client | AsyncClient, api: respx.MockRouter, as_model: bool
) -> None:
    config = auth_scheme_config("hmac")
    route = api.put(CONFIG).mock(return_value=httpx.Response(200, json=connector("bigquery", ("hmac",))))
    body: Any = AuthSchemeConfigHmac.from_dict(config) if as_model else config

    answer = await settle(
        either_client.connectors.auth_scheme_configs.upsert(ORGANISATION_ID, CONNECTOR_ID, CONFIG_ID, body)
    )

    assert json.loads(route.calls.last.request.content) == config
    assert isinstance(answer, BigQueryConnector)
    assert answer.dataset_id == "prod.events"


async def test_upsert_refuses_an_unknown_scheme_type_before_sending(either_client: Client | AsyncClient) -> None:
    config = {**auth_scheme_config("none"), "schemeType": "kerberos"}

    with pytest.raises(TypeError, match=r"config does not match the contract: KeyError: .*schemeType 'kerberos'"):
        await settle(
            either_client.connectors.auth_scheme_configs.upsert(ORGANISATION_ID, CONNECTOR_ID, CONFIG_ID, config)
        )


async def test_delete_config_returns_the_connector(either_client: Client | AsyncClient, api: respx.MockRouter) -> None:
    route = api.delete(CONFIG).mock(return_value=httpx.Response(200, json=connector("http", ())))

    answer = await settle(either_client.connectors.auth_scheme_configs.delete(ORGANISATION_ID, CONNECTOR_ID, CONFIG_ID))

    assert route.called
    assert isinstance(answer, HttpConnector)
    assert answer.auth_scheme_configs == []


async def test_raw_responses_of_connectors(either_client: Client | AsyncClient, api: respx.MockRouter) -> None:
    api.get(CONNECTOR_PATH).mock(return_value=httpx.Response(200, json=connector(), headers={"X-Request-Id": "req-1"}))
    api.delete(CONFIG).mock(return_value=httpx.Response(200, json=connector(), headers={"X-Request-Id": "req-2"}))

    got = await settle(either_client.connectors.with_raw_response.get(ORGANISATION_ID, CONNECTOR_ID))
    deleted = await settle(
        either_client.connectors.with_raw_response.auth_scheme_configs.delete(ORGANISATION_ID, CONNECTOR_ID, CONFIG_ID)
    )

    assert isinstance(got, RawResponse)
    assert (got.request_id, type(got.parsed)) == ("req-1", HttpConnector)
    assert isinstance(deleted, RawResponse)
    assert (deleted.request_id, type(deleted.parsed)) == ("req-2", HttpConnector)
