"""The ceiling of this stack for scripts/bench: a bare Starlette endpoint on the same uvicorn settings as the
reference server, which only parses the JSON body and answers a fixed URL."""

import json
import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

FIXED = {"url": "https://as.example.org/authorize?response_type=code&client_id=bench&state=fixed"}


async def initialise(request: Request) -> JSONResponse:
    json.loads(await request.body())
    return JSONResponse(FIXED)


app = Starlette(
    routes=[Route("/o/{organisation_id}/connectors/{connector_id}/oauth2/initialise", initialise, methods=["POST"])]
)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), http="h11", log_level="info", server_header=False)
