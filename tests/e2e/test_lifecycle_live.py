"""The connection lifecycle and the connectors' auth scheme configs over a real socket: a connection of every
scheme type created, read back and listed with its secrets redacted; update and its rules; delete, 412 for the
seed's connection in use and force; connectors listed and read; configs upserted and deleted, kept in a SQLite
file across a restart."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.oauth_loop import (
    AUTH,
    IN_USE_CONNECTION_ID,
    MOCK_PROVIDER_CONFIG_ID,
    SECOND_CONNECTOR_ID,
    connector_path,
)
from tests.support.schemes import EVERY_SCHEME, SECRET_VALUES, create_body, oauth2_config, scheme_config
from tests.support.server import SEEDED_CREDENTIAL_ID, LiveServer, live_server

pytestmark = pytest.mark.e2e

NEW_CONFIG_ID = "01M6FK0000000000000000000A"


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with live_server(env={"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_VALIDATE_RESPONSES": "true"}) as running:
        yield running


def _connections(base_url: str, connector_id: str = CONNECTOR_ID) -> str:
    return f"{base_url}{connector_path(connector_id)}/connections"


def _create(base_url: str, body: dict[str, Any], connector_id: str = CONNECTOR_ID) -> httpx.Response:
    return httpx.post(_connections(base_url, connector_id), json=body, headers=AUTH)


def _created(base_url: str, name: str, scheme: str = "api-key") -> dict[str, Any]:
    config, credential_type, data, _ = EVERY_SCHEME[scheme]
    response = _create(base_url, create_body(name, config, credential_type, data))
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()
    return created


def _error(response: httpx.Response, status: int, code: str) -> list[str]:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code, body
    return [item["field"] for item in body.get("fields", [])]


# --- create, read back, list: every scheme ---------------------------------------------------------------------


def test_a_connection_of_every_scheme_type_is_created_read_back_and_listed(server: LiveServer) -> None:
    created = {}
    for scheme, (config, credential_type, data, shown) in EVERY_SCHEME.items():
        response = _create(server.url, create_body(f"Every scheme: {scheme}", config, credential_type, data))
        assert response.status_code == 200, f"{scheme}: {response.text}"
        connection = response.json()
        pairing = connection["credentials"]["action"][0]
        assert pairing["authSchemeConfig"] == config, scheme
        assert (pairing["credential"]["type"], pairing["credential"]["data"]) == (credential_type, shown), scheme
        assert pairing["credential"]["organisationId"] == ORGANISATION_ID
        created[connection["id"]] = connection

    fetched = [httpx.get(f"{_connections(server.url)}/{id_}", headers=AUTH) for id_ in created]
    listed = httpx.get(_connections(server.url), params={"first": 100}, headers=AUTH).json()

    assert [response.json() for response in fetched] == list(created.values())
    listed_ids = {item["id"]: item["name"] for item in listed["items"]}
    assert {id_: listed_ids[id_] for id_ in created} == {id_: c["name"] for id_, c in created.items()}
    every_answer = "".join(response.text for response in fetched) + str(listed)
    assert [value for value in SECRET_VALUES if value in every_answer] == []
    assert "refreshToken" not in every_answer


def test_a_credential_that_does_not_fit_its_scheme_is_refused_and_nothing_is_stored(server: LiveServer) -> None:
    before = httpx.get(_connections(server.url), headers=AUTH).json()["totalCount"]
    config = EVERY_SCHEME["basic-auth"][0]

    response = _create(server.url, create_body("Misfit", config, "string", {"value": "secret-api-key-value"}))

    assert _error(response, 400, "credential_type_mismatch") == ["credentials.action[0].credential.type"]
    assert httpx.get(_connections(server.url), headers=AUTH).json()["totalCount"] == before


def test_a_grant_with_a_client_id_and_secret_gets_a_new_client_credential(server: LiveServer) -> None:
    config = oauth2_config({"grantType": "password", "clientId": "new-client", "clientSecret": "secret-new-client"})

    response = _create(
        server.url, create_body("New client", config, "oauth2-password", {"username": "a", "password": "b"})
    )

    assert response.status_code == 200, response.text
    grant = response.json()["credentials"]["action"][0]["authSchemeConfig"]["grant"]
    assert set(grant) == {"grantType", "clientId", "credentialId", "organisationId"}
    assert (grant["clientId"], grant["organisationId"]) == ("new-client", ORGANISATION_ID)
    assert grant["credentialId"] not in (SEEDED_CREDENTIAL_ID,)
    assert "secret-new-client" not in response.text
    # The new credential exists: a config naming it is accepted.
    named = oauth2_config(
        {"grantType": "password", "credentialId": grant["credentialId"], "organisationId": ORGANISATION_ID}
    )
    again = _create(
        server.url, create_body("Named client", named, "oauth2-password", {"username": "a", "password": "b"})
    )
    assert again.status_code == 200, again.text


def test_a_grant_naming_an_unknown_credential_is_404(server: LiveServer) -> None:
    config = oauth2_config(
        {"grantType": "password", "credentialId": "01M6FK9999999999999999999Z", "organisationId": ORGANISATION_ID}
    )

    response = _create(
        server.url, create_body("Unknown client", config, "oauth2-password", {"username": "a", "password": "b"})
    )

    assert _error(response, 404, "credential_not_found") == [
        "credentials.action[0].authSchemeConfig.grant.credentialId"
    ]


# --- update ---------------------------------------------------------------------------------------------------------


def test_update_renames_replaces_variables_and_keeps_what_is_absent(server: LiveServer) -> None:
    connection = _created(server.url, "Before the rename")
    url = f"{_connections(server.url)}/{connection['id']}"

    renamed = httpx.put(url, json={"id": connection["id"], "name": "After the rename"}, headers=AUTH)
    emptied = httpx.put(url, json={"id": connection["id"], "name": "After the rename", "variables": []}, headers=AUTH)

    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["name"] == "After the rename"
    assert renamed.json()["variables"] == [{"name": "region", "value": "eu-west-1"}]
    assert renamed.json()["credentials"] == connection["credentials"]
    assert renamed.json()["createdAt"] == connection["createdAt"]
    assert renamed.json()["updatedAt"] >= connection["updatedAt"]
    assert emptied.json()["variables"] == []
    assert httpx.get(url, headers=AUTH).json() == emptied.json()


def test_update_changes_a_credentials_config_but_not_its_scheme_type(server: LiveServer) -> None:
    connection = _created(server.url, "Config changes")
    url = f"{_connections(server.url)}/{connection['id']}"
    pairing = connection["credentials"]["action"][0]
    header = {**pairing["authSchemeConfig"], "name": "X-Other-Key"}
    query = {"id": pairing["id"], "authSchemeConfig": scheme_config("basic-auth", pairing["authSchemeConfig"]["id"])}

    changed = httpx.put(
        url,
        json={
            "id": connection["id"],
            "name": "Config changes",
            "credentials": {"action": [{"id": pairing["id"], "authSchemeConfig": header}]},
        },
        headers=AUTH,
    )
    refused = httpx.put(
        url, json={"id": connection["id"], "name": "Config changes", "credentials": {"action": [query]}}, headers=AUTH
    )

    assert changed.status_code == 200, changed.text
    assert changed.json()["credentials"]["action"][0]["authSchemeConfig"]["name"] == "X-Other-Key"
    assert changed.json()["credentials"]["action"][0]["credential"] == pairing["credential"]
    assert _error(refused, 400, "scheme_type_change") == ["credentials.action[0].authSchemeConfig.schemeType"]
    assert httpx.get(url, headers=AUTH).json() == changed.json()


def test_update_refuses_a_taken_name_another_id_and_a_foreign_credential(server: LiveServer) -> None:
    first, second = _created(server.url, "Taken name"), _created(server.url, "Wants the name")
    url = f"{_connections(server.url)}/{second['id']}"
    pairing = second["credentials"]["action"][0]

    taken = httpx.put(url, json={"id": second["id"], "name": "Taken name"}, headers=AUTH)
    other_id = httpx.put(url, json={"id": first["id"], "name": "Anything"}, headers=AUTH)
    foreign = first["credentials"]["action"][0]["id"]
    foreign_credential = httpx.put(
        url,
        json={
            "id": second["id"],
            "name": "Wants the name",
            "credentials": {"action": [{"id": foreign, "authSchemeConfig": pairing["authSchemeConfig"]}]},
        },
        headers=AUTH,
    )

    assert _error(taken, 409, "conflict") == ["name"]
    assert _error(other_id, 400, "id_mismatch") == ["id"]
    assert _error(foreign_credential, 400, "invalid_request") == ["credentials.action[0].id"]
    assert httpx.get(url, headers=AUTH).json() == second


def test_update_of_an_unknown_connection_is_404(server: LiveServer) -> None:
    unknown = "01M6FK8888888888888888888Z"

    response = httpx.put(f"{_connections(server.url)}/{unknown}", json={"id": unknown, "name": "x"}, headers=AUTH)

    _error(response, 404, "connection_not_found")


# --- delete ---------------------------------------------------------------------------------------------------------


def test_delete_answers_204_and_the_connection_is_gone(server: LiveServer) -> None:
    connection = _created(server.url, "To delete")
    url = f"{_connections(server.url)}/{connection['id']}"

    deleted = httpx.delete(url, headers=AUTH)

    assert (deleted.status_code, deleted.content) == (204, b"")
    _error(httpx.get(url, headers=AUTH), 404, "connection_not_found")
    _error(httpx.delete(url, headers=AUTH), 404, "connection_not_found")


def test_the_seeds_connection_in_use_is_kept_with_412_unless_forced(tmp_path: Path) -> None:
    with live_server(env={"VERSORI_MOCK_DATABASE": str(tmp_path / "db.sqlite3")}) as server:
        url = f"{_connections(server.url, SECOND_CONNECTOR_ID)}/{IN_USE_CONNECTION_ID}"

        refused = httpx.delete(url, headers=AUTH)
        still_there = httpx.get(url, headers=AUTH)
        not_forced = httpx.delete(url, params={"force": "false"}, headers=AUTH)
        forced = httpx.delete(url, params={"force": "true"}, headers=AUTH)
        gone = httpx.get(url, headers=AUTH)

    assert _error(refused, 412, "connection_in_use") == []
    assert still_there.json()["name"] == "Nightly sync (in use)"
    _error(not_forced, 412, "connection_in_use")
    assert forced.status_code == 204
    _error(gone, 404, "connection_not_found")


# --- connectors -----------------------------------------------------------------------------------------------------


def _connector_url(base_url: str, connector_id: str = CONNECTOR_ID) -> str:
    return f"{base_url}{connector_path(connector_id)}"


def test_connectors_are_listed_with_filters_and_read_one_by_one(server: LiveServer) -> None:
    listed = httpx.get(f"{server.url}/o/{ORGANISATION_ID}/connectors", headers=AUTH)
    by_name = httpx.get(f"{server.url}/o/{ORGANISATION_ID}/connectors", params={"name": "MOCK oauth"}, headers=AUTH)
    by_protocol = httpx.get(
        f"{server.url}/o/{ORGANISATION_ID}/connectors", params={"protocol": "bigquery"}, headers=AUTH
    )
    one = httpx.get(_connector_url(server.url), headers=AUTH)

    assert listed.status_code == 200, listed.text
    assert listed.json()["totalCount"] == 2
    assert {item["name"] for item in listed.json()["connectors"]} == {"Mock OAuth provider", "Second connector"}
    assert [item["id"] for item in by_name.json()["connectors"]] == [CONNECTOR_ID]
    assert by_protocol.json() == {"totalCount": 0, "connectors": []}
    connector = one.json()
    assert (connector["id"], connector["protocol"], connector["baseUrl"]) == (
        CONNECTOR_ID,
        "http",
        f"{server.url}/mock-provider",
    )
    config = next(item for item in connector["authSchemeConfigs"] if item["id"] == MOCK_PROVIDER_CONFIG_ID)
    assert config["grant"] == {
        "grantType": "authorization_code",
        "credentialId": SEEDED_CREDENTIAL_ID,
        "organisationId": ORGANISATION_ID,
        "clientId": "versori-dev-client",
    }


def test_connectors_page_both_ways(server: LiveServer) -> None:
    first = httpx.get(f"{server.url}/o/{ORGANISATION_ID}/connectors", params={"first": 1}, headers=AUTH).json()
    second = httpx.get(
        f"{server.url}/o/{ORGANISATION_ID}/connectors", params={"first": 1, "after": first["next"]}, headers=AUTH
    ).json()
    back = httpx.get(
        f"{server.url}/o/{ORGANISATION_ID}/connectors", params={"first": 1, "before": second["prev"]}, headers=AUTH
    ).json()

    assert (first["totalCount"], len(first["connectors"]), "prev" in first) == (2, 1, False)
    assert (len(second["connectors"]), "next" in second) == (1, False)
    assert second["connectors"][0]["id"] != first["connectors"][0]["id"]
    assert back["connectors"] == first["connectors"]


def test_an_unknown_connector_is_404(server: LiveServer) -> None:
    _error(
        httpx.get(_connector_url(server.url, "01M6FK7777777777777777777Z"), headers=AUTH), 404, "connector_not_found"
    )


# --- auth scheme configs --------------------------------------------------------------------------------------------


def _configs_url(base_url: str, config_id: str, connector_id: str = SECOND_CONNECTOR_ID) -> str:
    return f"{_connector_url(base_url, connector_id)}/auth-scheme-configs/{config_id}"


def test_upsert_adds_then_replaces_and_refuses_a_scheme_change_or_another_id(server: LiveServer) -> None:
    url = _configs_url(server.url, NEW_CONFIG_ID)
    added = httpx.put(url, json=scheme_config("basic-auth", NEW_CONFIG_ID), headers=AUTH)
    replaced = httpx.put(
        url, json={**scheme_config("basic-auth", NEW_CONFIG_ID), "description": "Replaced"}, headers=AUTH
    )
    scheme_change = httpx.put(url, json=scheme_config("none", NEW_CONFIG_ID), headers=AUTH)
    other_id = httpx.put(url, json=scheme_config("basic-auth", "01M6FK2222222222222222222A"), headers=AUTH)

    assert added.status_code == 200, added.text
    assert [item for item in added.json()["authSchemeConfigs"] if item["id"] == NEW_CONFIG_ID] == [
        scheme_config("basic-auth", NEW_CONFIG_ID)
    ]
    mine = [item for item in replaced.json()["authSchemeConfigs"] if item["id"] == NEW_CONFIG_ID]
    assert [item["description"] for item in mine] == ["Replaced"]
    assert _error(scheme_change, 400, "scheme_type_change") == ["schemeType"]
    assert _error(other_id, 400, "id_mismatch") == ["id"]


def test_upsert_stores_a_grants_client_as_a_new_credential_without_its_secret(server: LiveServer) -> None:
    config_id = "01M6FK3333333333333333333A"
    config = {
        **oauth2_config({"grantType": "authorization_code", "clientId": "cfg-client", "clientSecret": "secret-cfg"}),
        "id": config_id,
    }

    response = httpx.put(_configs_url(server.url, config_id), json=config, headers=AUTH)

    assert response.status_code == 200, response.text
    stored = next(item for item in response.json()["authSchemeConfigs"] if item["id"] == config_id)
    assert set(stored["grant"]) == {"grantType", "clientId", "credentialId", "organisationId"}
    assert "secret-cfg" not in response.text


def test_delete_removes_a_config_and_an_unknown_one_is_404(server: LiveServer) -> None:
    config_id = "01M6FK4444444444444444444A"
    httpx.put(
        _configs_url(server.url, config_id), json=scheme_config("none", config_id), headers=AUTH
    ).raise_for_status()

    deleted = httpx.delete(_configs_url(server.url, config_id), headers=AUTH)
    again = httpx.delete(_configs_url(server.url, config_id), headers=AUTH)

    assert deleted.status_code == 200, deleted.text
    assert config_id not in [item["id"] for item in deleted.json()["authSchemeConfigs"]]
    _error(again, 404, "auth_scheme_config_not_found")


def test_configs_upserted_and_deleted_outlive_a_restart_with_a_sqlite_file(tmp_path: Path) -> None:
    env = {"VERSORI_MOCK_DATABASE": str(tmp_path / "connections.sqlite3")}
    with live_server(env=env) as first:
        added = httpx.put(
            _configs_url(first.url, NEW_CONFIG_ID, CONNECTOR_ID),
            json=scheme_config("none", NEW_CONFIG_ID),
            headers=AUTH,
        )
        removed = httpx.delete(_configs_url(first.url, MOCK_PROVIDER_CONFIG_ID, CONNECTOR_ID), headers=AUTH)
    with live_server(env=env) as second:
        after_restart = httpx.get(_connector_url(second.url), headers=AUTH).json()

    assert (added.status_code, removed.status_code) == (200, 200)
    assert [item["id"] for item in after_restart["authSchemeConfigs"]] == [NEW_CONFIG_ID]
    assert after_restart["updatedAt"] == removed.json()["updatedAt"]
