"""The seed's Platform API items, planted in the platform store (at start-up, after a reset, when a Redis that
restarted empty is loaded again, and for the admin API's seed), each built as its create operation builds it,
with the seed's ids; an item the store holds already is left as it is."""

from ...contract.compiled import Contract
from ...seed.loading import SeedError
from ...seed.model import Seed
from ...stores.platform import ProjectRecord
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
