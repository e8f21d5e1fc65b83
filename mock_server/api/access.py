"""Who may act for an organisation: the first check of every operation under /o/{organisation_id}."""

from .calls import CheckedRequest
from .errors import OrganisationForbiddenError


def reachable_organisation(request: CheckedRequest) -> str:
    """The path's organisation id, once the caller may act for it (else ``OrganisationForbiddenError``)."""
    organisation_id = request.path["organisation_id"]
    if request.principal is not None and not request.principal.may_act_for(organisation_id):
        raise OrganisationForbiddenError(organisation_id)
    return organisation_id
