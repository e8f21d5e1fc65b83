"""The seed's Platform API items, checked (``check_platform_seed_documents``) and planted in the platform store (at
start-up, after a reset, when a Redis that restarted empty is loaded again, and for the admin API's seed), each
built as its create operation builds it, with the seed's ids. Planting leaves an item the store holds already as it
is; an addition through the admin API may not name one (``held_items``, ``check_platform_references``)."""

from dataclasses import dataclass, field

from ...contract.compiled import Contract
from ...seed.loading import SeedError
from ...seed.model import PLATFORM_SECTIONS, Seed
from ...stores.platform import PlatformStore, ProjectRecord
from ..services import Services
from .connections import entries_of, new_connection, settled_entries
from .credentials import fits
from .end_users import new_end_user
from .systems import keep_new_clients, new_system
from .templates import new_template


async def plant_platform_seed(services: Services, seed: Seed) -> None:
    platform = services.platform
    now = services.clock()
    for item in seed.projects:
        project = ProjectRecord(
            item.id, item.organisation_id, item.document["name"], list(item.document["environments"])
        )
        await platform.add_project(project)
    for item in seed.systems:
        if await platform.system(item.organisation_id, item.id) is None:
            system = await new_system(item.document, item.id, item.organisation_id, services)
            if await platform.add_system(system.record):
                await keep_new_clients(system.settled, services)
    for item in seed.connection_templates:
        if await platform.template(item.organisation_id, item.id) is None:
            link = await new_template(item.document, item.id, item.organisation_id, item.project_id, services)
            await platform.add_template(link)
    for item in seed.end_users:
        await platform.add_end_user(new_end_user(item.document, item.id, item.organisation_id, now))
    for item in seed.platform_connections:
        if await platform.connection(item.organisation_id, item.id) is not None:
            continue
        body = item.document
        template = await platform.template(item.organisation_id, body["connectionTemplateId"])
        user = await platform.end_user(item.organisation_id, body["externalId"]) if "externalId" in body else None
        if template is None or ("externalId" in body and user is None):
            continue  # deleted meanwhile by another instance sharing the store
        entries = entries_of(body["connection"]["credentials"], "connection.credentials")
        settled = await settled_entries(entries, item.organisation_id, services)
        record = new_connection(
            body["connection"],
            entries,
            settled,
            None,
            item.organisation_id,
            template,
            user.id if user is not None else None,
            now,
            connection_id=item.id,
        )
        await platform.add_connection(record)


@dataclass(frozen=True)
class HeldItems:
    """What the platform store holds of what an addition names, by ``(organisation id, id)``: the environments of
    its templates' projects, its templates' systems, its connections' templates (whether dynamic, and their
    system) and end users (by ``externalId``); and the fields of the addition whose id, ``externalId`` or name the
    store holds already."""

    projects: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    systems: frozenset[tuple[str, str]] = frozenset()
    templates: dict[tuple[str, str], tuple[bool, str]] = field(default_factory=dict)
    end_users: frozenset[tuple[str, str]] = frozenset()
    taken: tuple[str, ...] = ()


# The store's kind of item of each Platform section (``PlatformStore.holds``).
_KINDS = {
    "projects": "project",
    "systems": "system",
    "connection_templates": "template",
    "end_users": "end-user",
    "platform_connections": "connection",
}


async def held_items(seed: Seed, platform: PlatformStore) -> HeldItems:
    """What ``platform`` holds of what the addition ``seed`` (its documents checked) names, for
    ``check_platform_references``."""
    projects: dict[tuple[str, str], list[str]] = {}
    for item in seed.connection_templates:
        project = await platform.project(item.organisation_id, item.project_id)
        if project is not None:
            projects[item.organisation_id, item.project_id] = project.environments
    systems = {(item.organisation_id, item.document["systemId"]) for item in seed.connection_templates}
    templates: dict[tuple[str, str], tuple[bool, str]] = {}
    for item in seed.platform_connections:
        template = await platform.template(item.organisation_id, item.document["connectionTemplateId"])
        if template is not None:
            templates[item.organisation_id, template.id] = (template.dynamic, template.system_id)
    users = {(item.organisation_id, item.document["externalId"]) for item in seed.end_users}
    users |= {
        (item.organisation_id, item.document["externalId"])
        for item in seed.platform_connections
        if "externalId" in item.document
    }
    held_users = {key for key in users if await platform.end_user(*key) is not None}
    taken = [
        f"{section}[{index}].id"
        for section in PLATFORM_SECTIONS
        for index, item in enumerate(seed.platform_section(section))
        if await platform.holds(_KINDS[section], item.id)
    ]
    taken += [
        f"end_users[{index}].end_user.externalId"
        for index, item in enumerate(seed.end_users)
        if (item.organisation_id, item.document["externalId"]) in held_users
    ]
    taken += [
        f"connection_templates[{index}].template.name"
        for index, item in enumerate(seed.connection_templates)
        if await platform.template_name_taken(item.document["environmentId"], item.document["name"])
    ]
    system_of = {key: system_id for key, (_, system_id) in templates.items()}
    system_of |= {(item.organisation_id, item.id): item.document["systemId"] for item in seed.connection_templates}
    for index, item in enumerate(seed.platform_connections):
        system_id = system_of.get((item.organisation_id, item.document["connectionTemplateId"]))
        name = item.document["connection"]["name"]
        if system_id is not None and await platform.connection_name_taken(system_id, name):
            taken.append(f"platform_connections[{index}].connection.connection.name")
    return HeldItems(
        projects,
        frozenset([key for key in systems if await platform.system(*key) is not None]),
        templates,
        frozenset(held_users),
        tuple(taken),
    )


def check_platform_seed_documents(seed: Seed, contract: Contract) -> None:
    """SeedError naming the first Platform item the contract refuses, or a connection credential that does not fit
    its config or could only be made by an OAuth loop."""
    checks = (
        ("systems", "create_system"),
        ("connection_templates", "create_connection_template"),
        ("end_users", "create_end_user"),
        ("platform_connections", "create_connection"),
    )
    for section, operation in checks:
        check = contract.operations[operation].check_body
        for index, item in enumerate(getattr(seed, section)):
            problems = check(item.document)
            if problems:
                at = f"{section}[{index}]"
                raise SeedError(f"{at}: {problems[0].field}: {problems[0].message}", at)
    for index, item in enumerate(seed.platform_connections):
        for position, pairing in enumerate(item.document["connection"]["credentials"]):
            credential_type = pairing["credential"]["type"]
            if credential_type in ("oauth2-code", "oauth1") or not fits(pairing["authSchemeConfig"], credential_type):
                where = f"platform_connections[{index}].connection.connection.credentials[{position}].credential.type"
                raise SeedError(f"{where}: {credential_type} cannot be seeded under this config", where)


def check_platform_references(seed: Seed, held: HeldItems | None = None) -> None:
    """SeedError naming the first Platform item of ``seed`` (its documents checked) that names a project,
    environment, system, template or end user that neither ``seed`` nor the store (``held``, for an addition to a
    running server) has, that breaks its template's rule for ``externalId`` (given on a dynamic one only), whose
    connection credential names another organisation, or whose id, ``externalId`` or name another item of the
    seed or of the store has."""
    held = held or HeldItems()
    if held.taken:
        raise SeedError(f"{held.taken[0]}: the store holds one already", held.taken[0])
    projects = {
        **held.projects,
        **{(item.organisation_id, item.id): item.document["environments"] for item in seed.projects},
    }
    systems = held.systems | {(item.organisation_id, item.id) for item in seed.systems}
    templates = {
        **held.templates,
        **{
            (item.organisation_id, item.id): (bool(item.document.get("dynamic")), item.document["systemId"])
            for item in seed.connection_templates
        },
    }
    users = held.end_users | {(item.organisation_id, item.document["externalId"]) for item in seed.end_users}
    _refuse_repeats(
        "end_users",
        "end_user.externalId",
        [(item.organisation_id, item.document["externalId"]) for item in seed.end_users],
    )
    _refuse_repeats(
        "connection_templates",
        "template.name",
        [(item.document["environmentId"], item.document["name"]) for item in seed.connection_templates],
    )
    for index, item in enumerate(seed.connection_templates):
        at, body = f"connection_templates[{index}]", item.document
        environments = projects.get((item.organisation_id, item.project_id))
        if environments is None:
            raise _refused(f"{at}.project_id", "no such project in the organisation")
        if body["environmentId"] not in environments:
            raise _refused(f"{at}.template.environmentId", "not an environment of the project")
        if (item.organisation_id, body["systemId"]) not in systems:
            raise _refused(f"{at}.template.systemId", "no such system in the organisation")
    names: list[tuple[str, str]] = []
    for index, item in enumerate(seed.platform_connections):
        at, body = f"platform_connections[{index}].connection", item.document
        template = templates.get((item.organisation_id, body["connectionTemplateId"]))
        if template is None:
            raise _refused(f"{at}.connectionTemplateId", "no such connection template in the organisation")
        dynamic, system_id = template
        external_id = body.get("externalId")
        if dynamic and external_id is None:
            raise _refused(f"{at}.externalId", "a connection of a dynamic template names its end user")
        if not dynamic and external_id is not None:
            raise _refused(f"{at}.externalId", "a connection of a static template has no end user")
        if dynamic and (item.organisation_id, external_id) not in users:
            raise _refused(f"{at}.externalId", "no end user of the organisation has it")
        for position, pairing in enumerate(body["connection"]["credentials"]):
            if pairing["credential"]["organisationId"] != item.organisation_id:
                where = f"{at}.connection.credentials[{position}].credential.organisationId"
                raise _refused(where, "not the connection's organisation")
        names.append((system_id, body["connection"]["name"]))
    _refuse_repeats("platform_connections", "connection.connection.name", names)


def _refuse_repeats(section: str, field: str, keys: list[tuple[str, str]]) -> None:
    """SeedError naming the first item of ``section`` whose key another item before it has."""
    for index, key in enumerate(keys):
        if keys.index(key) != index:
            raise _refused(f"{section}[{index}].{field}", "another item of the seed has it")


def _refused(at: str, why: str) -> SeedError:
    return SeedError(f"{at}: {why}", at)
