"""The connection template operations of a project: link a system into an environment (create), list the
project's templates, change one and delete one."""

from dataclasses import replace
from typing import Any

from ...core.ids import new_ulid
from ...stores.base import NameTakenError
from ...stores.platform import Outcome, SystemRecord, TemplateRecord
from ..calls import CheckedRequest, Reply
from ..services import Services
from .access import reachable_project
from .errors import (
    DynamicChangeError,
    EnvironmentNotFoundError,
    FieldRuleError,
    SystemNotFoundError,
    TemplateNotFoundError,
)


def template_name_taken(name: str) -> NameTakenError:
    return NameTakenError(f"The environment already has a connection template named {name}.")


def template_answer(template: TemplateRecord, system: SystemRecord | None) -> dict[str, Any]:
    """The contract's ``ConnectionTemplate``: the system's fields, and the configs the template offers (those of
    its ``config_ids`` the system still has, or all of them)."""
    document = system.document if system is not None else {"domain": "", "templateBaseUrl": ""}
    configs = {entry["id"]: entry["config"] for entry in system.configs} if system is not None else {}
    offered = list(configs) if template.config_ids is None else [id_ for id_ in template.config_ids if id_ in configs]
    return {
        "id": template.system_id,
        "connectionTemplateId": template.id,
        "name": template.name,
        "domain": document["domain"],
        "dynamic": template.dynamic,
        "templateBaseUrl": document["templateBaseUrl"],
        "authSchemeConfigs": [configs[id_] for id_ in offered],
    }


async def create_connection_template(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, project = await reachable_project(request, services)
    body: dict[str, Any] = request.body
    template = await new_template(body, new_ulid(services.clock()), organisation_id, project.id, services)
    outcome = await services.platform.add_template(template)
    if outcome is Outcome.GONE:
        raise SystemNotFoundError(organisation_id, template.system_id, "systemId")
    if outcome is Outcome.NAME_TAKEN:
        raise template_name_taken(template.name)
    return Reply(200, template_answer(template, await services.platform.system(organisation_id, template.system_id)))


async def new_template(
    body: dict[str, Any], template_id: str, organisation_id: str, project_id: str, services: Services
) -> TemplateRecord:
    """The record of ``body`` (the contract's ``LinkSystem``) as create and the seed store it, once its system and
    environment exist."""
    project = await services.platform.project(organisation_id, project_id)
    if project is not None and body["environmentId"] not in project.environments:
        raise EnvironmentNotFoundError(project_id, body["environmentId"])
    if await services.platform.system(organisation_id, body["systemId"]) is None:
        raise SystemNotFoundError(organisation_id, body["systemId"], "systemId")
    return TemplateRecord(
        id=template_id,
        organisation_id=organisation_id,
        project_id=project_id,
        environment_id=body["environmentId"],
        system_id=body["systemId"],
        name=body["name"],
        dynamic=body.get("dynamic", False),
    )


async def list_project_connection_templates(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, project = await reachable_project(request, services)
    environment = request.query.get("env_id")
    templates = [
        template
        for template in await services.platform.templates(project.id)
        if environment is None or template.environment_id == environment
    ]
    templates.sort(key=lambda template: template.id)
    items = [
        template_answer(template, await services.platform.system(organisation_id, template.system_id))
        for template in templates
    ]
    return Reply(200, {"totalCount": len(items), "items": items})


async def update_connection_template(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, project = await reachable_project(request, services)
    body: dict[str, Any] = request.body
    template_id = request.path["template_id"]
    template = await services.platform.template(organisation_id, template_id)
    if template is None or template.project_id != project.id:
        raise TemplateNotFoundError(organisation_id, template_id)
    system = await services.platform.system(organisation_id, template.system_id)
    if "authSchemeConfigIds" in body:
        held = {entry["id"] for entry in system.configs} if system is not None else set()
        for index, id_ in enumerate(body["authSchemeConfigIds"]):
            if id_ not in held:
                raise FieldRuleError(
                    f"{id_} is not an auth scheme config of the system.",
                    f"authSchemeConfigIds[{index}]",
                    "Not a config of the system.",
                )

    def changed(stored: TemplateRecord) -> TemplateRecord:
        if "dynamic" in body and body["dynamic"] != stored.dynamic and stored.connections:
            raise DynamicChangeError(stored.id)
        return replace(
            stored,
            name=body.get("name", stored.name),
            dynamic=body.get("dynamic", stored.dynamic),
            config_ids=list(body["authSchemeConfigIds"]) if "authSchemeConfigIds" in body else stored.config_ids,
        )

    outcome = await services.platform.change_template(organisation_id, template_id, changed)
    if outcome is Outcome.GONE:
        raise TemplateNotFoundError(organisation_id, template_id)
    if outcome is Outcome.NAME_TAKEN:
        raise template_name_taken(body["name"])
    assert isinstance(outcome, TemplateRecord)
    return Reply(200, template_answer(outcome, system))


async def delete_connection_template(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, project = await reachable_project(request, services)
    template_id = request.path["template_id"]
    template = await services.platform.template(organisation_id, template_id)
    if template is None or template.project_id != project.id:
        raise TemplateNotFoundError(organisation_id, template_id)
    if not await services.platform.delete_template(organisation_id, template_id):
        raise TemplateNotFoundError(organisation_id, template_id)
    return Reply(204, None)
