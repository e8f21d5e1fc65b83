"""``import versori_connect`` loads no generated code; each name loads its module on first use.

Every check runs in a fresh interpreter, because this one has imported the whole SDK already. Nothing here is
timed: ``scripts/bench-import`` measures the import's cost.
"""

import json
import subprocess
import sys

from tests.support.paths import REPO_ROOT

GENERATED = "versori_connect._generated"


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
    assert sorted(name for name in modules if name.startswith(GENERATED)) == []
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
    assert _output(script) == "93"


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    script = """
import versori_connect
try:
    versori_connect.Conection
except AttributeError as error:
    print(error)
"""
    assert _output(script) == "module 'versori_connect' has no attribute 'Conection'"
