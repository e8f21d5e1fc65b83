"""An httpx client on an ASGI app in the same process: no socket, the real middleware stack."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from starlette.types import ASGIApp

BASE_URL = "http://127.0.0.1:8000"


@asynccontextmanager
async def app_client(app: ASGIApp) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client:
        yield client
