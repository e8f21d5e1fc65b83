"""What every contract's steering shares: the reference server in-process for schemathesis, the hooks that hand
each case to a steering, and the steering's calls to the server it steers towards.

A steering (``connect_steering.Steering``, ``admin_steering.AdminSteering``) shapes the cases the contract allows
into requests whose answer it knows, and records that answer with ``Oracle.expect`` (tests/support/oracle.py).
Cases the contract refuses are left as generated: the oracle's structural half knows their answer.
"""

import asyncio
import atexit
import contextvars
import copy
import itertools
import re
import shutil
import tempfile
import tomllib
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
import schemathesis
from hypothesis import strategies as st
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.schemas import OpenApiSchema
from starlette.applications import Starlette
from starlette.types import ASGIApp, Receive, Scope, Send

from mock_server.app import create_app
from mock_server.settings import Settings

from .oracle import Expected, Oracle, success
from .paths import REPO_ROOT

# What the server makes up (ULIDs, codes and states, times) and the numbers of ``own_name``: left out of a pick
# only while a case is steered again (``steer_again``), where they differ from run to run. Generated ids match it
# too, and keep their say otherwise. The steering's other numbers (``_name``, ``_end_user``) reach no pick.
_STEERING_AGAIN = contextvars.ContextVar("steering_again", default=False)
_MADE_UP = re.compile(r"[0-9A-HJKMNP-TV-Z]{26}|[A-Za-z0-9_-]{32,}|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z| #[0-9]+")
BASE_URL = "http://127.0.0.1:8000"  # the default public URL, which the seed's provider URLs point to
CURSORS = {"next": "after", "prev": "before"}  # a page's cursor, and the parameter it goes in
# Long enough for a code or state made while the cases are generated (pytest's collection, for the examples and
# coverage phases) to be good when the case is sent, minutes later.
_LIFETIME_SECONDS = 3600.0

Case = schemathesis.Case[Any]


class _Loopback(httpx.AsyncBaseTransport):
    """The server's own outgoing calls (the code exchange) answered by the same app, in process."""

    app: Starlette | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert self.app is not None
        return await httpx.ASGITransport(app=self.app).handle_async_request(request)


def contract_app() -> Starlette:
    """The reference server checking its own answers, whose provider approves by itself and whose code
    exchange reaches that provider in process."""
    loopback = _Loopback()
    # A file, not ":memory:": what the tests store must outlive each close and reopen of the store.
    folder = tempfile.mkdtemp(prefix="versori-contract-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    settings = Settings(
        validate_responses=True,
        database=str(Path(folder) / "connections.sqlite3"),
        auto_approve=True,
        state_ttl_seconds=_LIFETIME_SECONDS,
        provider_code_ttl_seconds=_LIFETIME_SECONDS,
    )
    app = create_app(settings, http_transport=loopback)
    loopback.app = app
    return app


def contract_schema(path: Path, app: ASGIApp, *, generation_mode: str | None = None) -> OpenApiSchema:
    """The contract at ``path`` as schemathesis loads it with schemathesis.toml's settings (its generation mode
    replaced by ``generation_mode`` when given), calling ``app`` in process."""
    settings = tomllib.loads((REPO_ROOT / "schemathesis.toml").read_text(encoding="utf-8"))
    if generation_mode is not None:
        settings["generation"]["mode"] = generation_mode
    schema = schemathesis.openapi.from_path(path, config=SchemathesisConfig.from_dict(settings))
    schema.app = app
    return schema


class FromLoopback:
    """``app`` as a client on 127.0.0.1 reaches it: schemathesis's in-process client says it is "testclient",
    which the admin API's gate, open to loopback clients only, refuses."""

    def __init__(self, app: Starlette) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope = {**scope, "client": ("127.0.0.1", 50000)}
        await self.app(scope, receive, send)


class BaseSteering:
    """Hooks that shape each case the contract allows, on an in-process ``app``, and record its answer with
    ``oracle``. ``map_case`` runs in every phase that generates, ``flatmap_case`` after it where hypothesis draws,
    ``add_examples`` once on the schema's examples."""

    def __init__(self, app: Starlette, oracle: Oracle, headers: dict[str, str]) -> None:
        self.app = app
        self.oracle = oracle
        self._headers = headers
        self._names = itertools.count()

    def install(self, schema: Any) -> None:
        """Register the hooks on ``schema``, for all its operations."""

        def map_case(context: Any, case: Case) -> Case:
            return self.map_case(case)

        def flatmap_case(context: Any, case: Case) -> st.SearchStrategy[Case]:
            return self.flatmap_case(case)

        def before_add_examples(context: Any, examples: list[Case]) -> None:
            self.add_examples(examples)

        for hook in (map_case, flatmap_case, before_add_examples):
            schema.hooks.register_hook_with_name(hook, hook.__name__)

    def map_case(self, case: Case) -> Case:
        return case

    def steer_again(self, case: Case) -> None:
        """``map_case`` on a case a stateful step's link changed after it was steered, which now holds what the
        server made up: its picks leave that out (``pick``), so that the same scenario picks the same."""
        token = _STEERING_AGAIN.set(True)
        try:
            self.map_case(case)
        finally:
            _STEERING_AGAIN.reset(token)

    def flatmap_case(self, case: Case) -> st.SearchStrategy[Case]:
        return st.just(case)

    def add_examples(self, examples: list[Case]) -> None:
        for example in examples:
            self.map_case(example)

    def add_rule_breaker(self, examples: list[Case], model: Case, body: Any, expected: Expected, **parts: Any) -> None:
        """Add to ``examples`` a request like ``model`` (its media type, and ``parts``: path parameters, headers,
        query) with ``body`` when not None, which must get ``expected``."""
        example = model.operation.Case(media_type=model.media_type, _meta=copy.deepcopy(model.meta), **parts)
        if body is not None:
            example.body = body  # set afterwards, so that schemathesis checks again that it is valid data
        self.oracle.expect(example, expected)
        examples.append(example)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One request to the app (hooks run outside any event loop)."""

        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers=self._headers) as client:
                return await client.request(method, url, **kwargs)

        return asyncio.run(send())

    def pages(self, path: str, items: str) -> tuple[list[str], list[tuple[str, str]]]:
        """The ids of the ``items`` that ``path`` lists, and every cursor its pages of one hand out, with the
        parameter it goes in (``next`` as ``after``, ``prev`` as ``before``)."""
        ids: list[str] = []
        cursors: list[tuple[str, str]] = []
        after: str | None = None
        while True:
            query = {"first": 1, **({"after": after} if after else {})}
            page = self.request("GET", path, params=query).json()
            ids += [item["id"] for item in page[items]]
            cursors += [(parameter, page[key]) for key, parameter in CURSORS.items() if key in page]
            after = page.get("next")
            if after is None:
                return ids, cursors

    def own_name(self, name: str) -> str:
        """``name`` made one no other call gives: a name a call has taken answers 409 the next time. Nothing random
        goes in: a case steered again (the stateful runs) picks by what it holds (``pick``), and the same scenario
        must pick the same in every run."""
        return f"{name[:100]} #{next(self._names)}"


def with_cursors(case: Case, cursors: Sequence[tuple[str, str]]) -> Expected:
    """In place of a generated ``after`` or ``before`` (never both: a rule of its own), a cursor the server
    handed out, in the parameter it was handed out for."""
    query = case.query or {}
    if set(CURSORS.values()) & query.keys():
        parameter, cursor = pick(cursors, query)
        kept = {name: value for name, value in query.items() if name not in CURSORS.values()}
        case.query = {**kept, parameter: cursor}
    return success(200)


def body_of(case: Case) -> dict[str, Any]:
    """The JSON object a case the contract allows sends (every body these contracts take is one)."""
    assert isinstance(case.body, dict), case.body
    return case.body


def pick(options: Sequence[Any], basis: object) -> Any:
    """One of ``options``, chosen by the generated data: the same case always picks the same one (map hooks
    run in the coverage phase too, where nothing is drawn). While a case is steered again (``steer_again``), what
    the server or the steering made up (ids, codes, states, times, the numbers of ``own_name``) does not count: it
    differs from run to run and from a scenario to its replay, where the same scenario must pick the same."""
    text = repr(basis)
    if _STEERING_AGAIN.get():
        text = _MADE_UP.sub("", text)
    return options[zlib.crc32(text.encode()) % len(options)]


def own_id(basis: object) -> str:
    """A ULID no other case gives (replaying the same case gives the same one)."""
    return "01M7" + str(zlib.crc32(repr(basis).encode())).zfill(22)
