"""The end user operations: create, list, get and delete (which deletes the end user's dynamic connections)."""

from typing import Any

from ...core.ids import new_ulid, rfc3339
from ...stores.platform import EndUserRecord
from ..access import reachable_organisation
from ..calls import CheckedRequest, Reply
from ..services import Services
from .errors import EndUserNotFoundError, ExternalIdTakenError


def new_end_user(body: dict[str, Any], user_id: str, organisation_id: str, now: float) -> EndUserRecord:
    """The record of ``body`` (the contract's ``EndUserCreate``) as create and the seed store it."""
    return EndUserRecord(
        {
            "id": user_id,
            "externalId": body["externalId"],
            "displayName": body.get("displayName", ""),
            "organisationId": organisation_id,
            "createdAt": rfc3339(now),
            "updatedAt": rfc3339(now),
        }
    )


async def create_end_user(request: CheckedRequest, services: Services) -> Reply:
    organisation_id = reachable_organisation(request)
    now = services.clock()
    user = new_end_user(request.body, new_ulid(now), organisation_id, now)
    if not await services.platform.add_end_user(user):
        raise ExternalIdTakenError()
    return Reply(201, user.document)


async def list_end_users(request: CheckedRequest, services: Services) -> Reply:
    organisation_id = reachable_organisation(request)
    search = request.query.get("search", "").casefold()
    users = [
        user.document
        for user in await services.platform.end_users(organisation_id)
        if any(search in str(user.document[key]).casefold() for key in ("id", "externalId", "displayName"))
    ]
    users.sort(key=lambda user: (user["createdAt"], user["id"]), reverse=True)
    return Reply(200, {"totalCount": len(users), "users": users})


async def get_end_user(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, reference = reachable_organisation(request), request.path["user_id"]
    user = await services.platform.end_user(organisation_id, reference)
    if user is None:
        raise EndUserNotFoundError(organisation_id, reference)
    return Reply(200, user.document)


async def delete_end_user(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, reference = reachable_organisation(request), request.path["user_id"]
    if not await services.platform.delete_end_user(organisation_id, reference):
        raise EndUserNotFoundError(organisation_id, reference)
    return Reply(204, None)
