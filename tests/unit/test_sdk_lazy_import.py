"""``import versori_connect`` loads no generated code; each name loads its module on first use, and a client
loads the generated operations, models and attrs on first use of its resources.

Every check runs in a fresh interpreter, because this one has imported the whole SDK already. Nothing here is
timed: ``scripts/bench-import`` measures the import's cost.
"""

import json
import subprocess
import sys
from pathlib import Path

from tests.support.paths import REPO_ROOT

GENERATED = "versori_connect._generated"
PLATFORM = "versori_connect.platform"
PLATFORM_GENERATED = f"{PLATFORM}._generated"
# What importing a client leaves for its first call: the generated operations and models, the modules built on
# them, and attrs (the models are attrs classes).
FIRST_CALL_MODULES = (
    "versori_connect._operations",
    "versori_connect._unions",
    "versori_connect._params",
    "versori_connect._async.resources",
    "versori_connect._sync.resources",
    "versori_connect._async.pages",
    "versori_connect._sync.pages",
    "versori_connect._core._async.resource",
    "versori_connect._core._sync.resource",
    "versori_connect._core._async.pagination",
    "versori_connect._core._sync.pagination",
    "versori_connect._core.paginator",
    f"{GENERATED}.api",
    f"{GENERATED}.models",
    f"{GENERATED}.client",
    f"{PLATFORM}._operations",
    f"{PLATFORM}._unions",
    f"{PLATFORM}._async.resources",
    f"{PLATFORM}._sync.resources",
    f"{PLATFORM}._async.pages",
    f"{PLATFORM}._sync.pages",
    f"{PLATFORM_GENERATED}.api",
    f"{PLATFORM_GENERATED}.models",
    f"{PLATFORM_GENERATED}.client",
    "attrs",
    "attr",
)


def _output(script: str) -> str:
    """What a fresh interpreter prints when it runs ``script``."""
    result = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True, cwd=REPO_ROOT)
    return result.stdout.strip()


def _modules_after(code: str) -> set[str]:
    """The names in ``sys.modules`` after a fresh interpreter runs ``code``."""
    return set(json.loads(_output(f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))")))


def test_importing_the_package_loads_no_generated_module_nor_attrs_nor_asyncio() -> None:
    modules = _modules_after("import versori_connect")

    assert "versori_connect" in modules
    assert sorted(name for name in modules if name.startswith((GENERATED, PLATFORM))) == []
    assert (
        sorted(name for name in modules if name.startswith(("versori_connect._async", "versori_connect._sync"))) == []
    )
    assert "attrs" not in modules
    assert "asyncio" not in modules


def test_a_model_loads_its_own_module_and_not_the_others() -> None:
    modules = _modules_after("import versori_connect\nversori_connect.Connection")

    assert f"{GENERATED}.models.connection" in modules
    assert f"{GENERATED}.models.big_query_connector" not in modules
    assert f"{GENERATED}.models.error" not in modules
    assert "versori_connect._sync.client" not in modules


def test_the_sync_client_loads_neither_the_async_client_nor_asyncio() -> None:
    modules = _modules_after("from versori_connect import Client")

    assert "versori_connect._sync.client" in modules
    assert sorted(name for name in modules if name.startswith("versori_connect._async")) == []
    assert "asyncio" not in modules


def test_importing_any_client_loads_no_generated_code() -> None:
    for client in ("Client", "AsyncClient", "PlatformClient", "AsyncPlatformClient"):
        modules = _modules_after(f"from versori_connect import {client}")

        assert sorted(name for name in modules if name.startswith((GENERATED, PLATFORM_GENERATED))) == [], client
        assert sorted(name for name in modules if name.startswith(FIRST_CALL_MODULES)) == [], client


def test_importing_the_platform_module_loads_no_generated_code() -> None:
    modules = _modules_after("import versori_connect.platform")

    assert sorted(name for name in modules if name.startswith((GENERATED, PLATFORM_GENERATED))) == []
    assert sorted(name for name in modules if name.startswith(FIRST_CALL_MODULES)) == []


def test_a_platform_model_loads_its_own_module_and_not_the_connect_api() -> None:
    modules = _modules_after("from versori_connect.platform import System")

    assert f"{PLATFORM_GENERATED}.models.system" in modules
    assert f"{PLATFORM_GENERATED}.models.end_user" not in modules
    assert sorted(name for name in modules if name.startswith(GENERATED)) == []


def test_making_a_client_still_loads_none_of_what_its_first_call_needs() -> None:
    for client in ("Client", "PlatformClient"):
        modules = _modules_after(f"from versori_connect import {client}\n{client}(api_key='key').close()")

        assert sorted(name for name in modules if name.startswith(FIRST_CALL_MODULES)) == [], client


def test_the_first_call_of_a_fresh_client_loads_its_operation_and_reads_the_answer() -> None:
    # A connector on the first call (read through the unions) and an Error on the second (read by the error
    # path, which imports the Error model itself).
    script = """
import httpx, sys
from versori_connect import Client, NotFoundError
from tests.support.wire import connector

answers = iter([
    httpx.Response(200, json=connector("bigquery")),
    httpx.Response(404, json={"code": "connector_not_found", "message": "No connector 02."}),
])
client = Client(api_key="key", base_url="http://api.test", transport=httpx.MockTransport(lambda _: next(answers)))
got = client.connectors.get("org-1", "01")
print(type(got).__name__, got.dataset_id, "versori_connect._operations" in sys.modules)
try:
    client.connectors.get("org-1", "02")
except NotFoundError as error:
    print(type(error).__name__, error.code, error.status_code)
"""
    assert _output(script).splitlines() == [
        "BigQueryConnector prod.events True",
        "NotFoundError connector_not_found 404",
    ]


def test_the_first_call_of_a_fresh_platform_client_loads_only_the_platform_api() -> None:
    script = """
import httpx, sys
from versori_connect import NotFoundError, PlatformClient

answers = iter([
    httpx.Response(200, json={"totalCount": 1, "users": [{"id": "01M8GPP9J07E8YQSRRVWXQ9TFV",
        "externalId": "cust-4f9a2b", "displayName": "", "organisationId": "01M630NCG4ZDDRK8JJJ5EVRJSK",
        "createdAt": "2026-11-28T09:10:00Z", "updatedAt": "2026-11-28T09:10:00Z"}]}),
    httpx.Response(404, json={"code": "not_found", "message": "No end user cust-0."}),
])
transport = httpx.MockTransport(lambda _: next(answers))
client = PlatformClient(api_key="key", base_url="http://api.test", transport=transport)
page = client.end_users.list("org-1")
print(type(page).__name__, [user.external_id for user in page], "versori_connect.platform._operations" in sys.modules)
try:
    client.end_users.get("org-1", "cust-0")
except NotFoundError as error:
    print(type(error).__name__, error.code, type(error.error).__module__)
print(sorted(name for name in sys.modules if name.startswith("versori_connect._generated")))
"""
    assert _output(script).splitlines() == [
        "SyncEndUserPage ['cust-4f9a2b'] True",
        "NotFoundError not_found versori_connect.platform._generated.models.error",
        # Nothing of the Connect API's generated package (UNSET is the core's, shared).
        "[]",
    ]


def test_type_checkers_see_the_resources_and_their_models_through_the_lazy_imports(tmp_path: Path) -> None:
    script = tmp_path / "uses_the_clients.py"
    script.write_text("""
from versori_connect import AsyncClient, AsyncPlatformClient, Client, PlatformClient

reveal_type(Client(api_key="key").connections)
reveal_type(Client(api_key="key").connections.get("org", "connector", "connection"))
reveal_type(AsyncClient(api_key="key").connectors)
reveal_type(PlatformClient(api_key="key").systems)
reveal_type(PlatformClient(api_key="key").systems.get("org", "system"))
reveal_type(AsyncPlatformClient(api_key="key").end_users.list("org"))
""")
    # The project's mypy configuration (strict, the SDK on the path), on this file alone.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", "/dev/null", script],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
    )

    assert result.returncode == 0, result.stdout
    assert [line.split(": note: ")[1] for line in result.stdout.splitlines() if ": note: " in line] == [
        'Revealed type is "versori_connect._sync.resources.Connections"',
        'Revealed type is "versori_connect._generated.models.connection.Connection"',
        'Revealed type is "versori_connect._async.resources.AsyncConnectors"',
        'Revealed type is "versori_connect.platform._sync.resources.Systems"',
        'Revealed type is "versori_connect.platform._generated.models.system.System"',
        'Revealed type is "versori_connect._core.paginator.AsyncPaginator[versori_connect.platform._generated.models.'
        'end_user.EndUser, versori_connect.platform._async.pages.AsyncEndUserPage]"',
    ]


def test_every_exported_name_imports_from_the_package_in_a_fresh_interpreter() -> None:
    # `from versori_connect import X` for each name, then the star import; each must be the object defined in
    # the module the name comes from, not a stand-in.
    script = """
import versori_connect
from versori_connect._generated import models, types
from versori_connect._generated.api.connections import initialise_oauth2_connection
from versori_connect._sync.client import Client
from versori_connect._async.client import AsyncClient
from versori_connect._unions import Credential

for name in versori_connect.__all__:
    exec(f"from versori_connect import {name}")
namespace = {}
exec("from versori_connect import *", namespace)
assert set(versori_connect.__all__) <= set(namespace), set(versori_connect.__all__) - set(namespace)
assert namespace["Connection"] is models.connection.Connection
assert namespace["UNSET"] is types.UNSET
assert namespace["initialise_oauth2_connection"] is initialise_oauth2_connection
assert namespace["Client"] is Client and namespace["AsyncClient"] is AsyncClient
assert namespace["Credential"] == Credential
print(len(versori_connect.__all__))
"""
    assert _output(script) == "106"


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    script = """
import versori_connect
try:
    versori_connect.Conection
except AttributeError as error:
    print(error)
"""
    assert _output(script) == "module 'versori_connect' has no attribute 'Conection'"
