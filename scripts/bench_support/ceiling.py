"""The ceilings for scripts/bench: a bare Starlette endpoint that only parses the JSON body and answers a fixed
URL, served either on the reference server's own stack (``fast``: ``mock_server.http.runtime``, httptools and uvloop,
no access log) or on the stack the server used before (``h11``: uvicorn's h11 protocol, access log on).

    python scripts/bench_support/ceiling.py PORT fast|h11
"""

import json
import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from mock_server.http.runtime import bind, serve
from mock_server.settings import Settings

FIXED = {"url": "https://as.example.org/authorize?response_type=code&client_id=bench&state=fixed"}


async def initialise(request: Request) -> JSONResponse:
    json.loads(await request.body())
    return JSONResponse(FIXED)


app = Starlette(
    routes=[Route("/o/{organisation_id}/connectors/{connector_id}/oauth2/initialise", initialise, methods=["POST"])]
)

if __name__ == "__main__":
    port, stack = int(sys.argv[1]), sys.argv[2]
    if stack == "fast":
        settings = Settings(port=port)
        serve(app, settings, bind(settings.host, port))
    else:
        uvicorn.run(app, host="127.0.0.1", port=port, http="h11", log_level="info", server_header=False)
