"""An httpx client on an ASGI app in the same process: no socket, the real middleware stack, and the app's
lifespan around it (so its stores are closed at the end, as when uvicorn stops)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from starlette.applications import Starlette

BASE_URL = "http://127.0.0.1:8000"


@asynccontextmanager
async def app_client(app: Starlette, *, raise_app_exceptions: bool = True) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)
    async with app.router.lifespan_context(app), httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield client
