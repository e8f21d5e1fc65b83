"""The Platform API's entities (projects, systems with their auth scheme configs, connection templates, end users,
connections), kept as documents of a ``DocumentStore`` (SQLite, or Redis), written once for every backend.

Every change reads the documents it depends on, then writes them back in one compare-and-set step
(``DocumentStore.write``) that is refused when any of them changed in between; it is then read and applied
again, up to ``ATTEMPTS`` times. The changes of one process take turns (one at a time, in arrival order), so the
compare-and-set only ever races writes of other processes: without turns, a writer whose next change was read
before the loser's retry could overtake it again and again, and four clients writing one system at once saw changes
refused after ``ATTEMPTS`` tries. So writes to different items never lose each other, two writes to one item are
applied one after the other (the later wins), and the rules that span items hold at every moment:

- a name is taken once: a connection's within its system (``connection-name:<system>:<name>``), a template's
  within its environment (``template-name:<environment>:<name>``), an end user's ``externalId`` within its
  organisation (``end-user-external:<organisation>:<externalId>``), each a document of its own;
- a system lists the templates that link it, a template and an end user the connections made on them, each
  written with the item it lists: a system is deleted only while no template links it, a connection is made
  only on a template and for an end user that exist, deleting an end user deletes its connections.

Documents by key: ``project:<id>``, ``system:<id>``, ``template:<id>``, ``end-user:<id>``, ``connection:<id>``
and the name documents above; indexes ``systems:<organisation>``, ``templates:<project>``,
``end-users:<organisation>``, ``connections:<organisation>``. No document holds anything of HTTP.
"""

import asyncio
import enum
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from ..core.errors import ConflictError
from .base import DocumentStore, Write

ATTEMPTS = 32
_Record = TypeVar("_Record")
_Result = TypeVar("_Result")


class ItemsChangingError(ConflictError):
    """Other writes kept overtaking this one ``ATTEMPTS`` times in a row."""

    def __init__(self) -> None:
        super().__init__("The item is being changed by other requests; send the request again.")


@dataclass(frozen=True)
class ProjectRecord:
    id: str
    organisation_id: str
    name: str
    environments: list[str]


@dataclass(frozen=True)
class SystemRecord:
    """A system: the contract's ``System`` JSON without its configs (``document``), its auth scheme configs in
    order (each ``{"id", "type", "config"}``, the config as answered), the configs' secrets kept out of them by
    config id, its labels and the templates that link it."""

    organisation_id: str
    document: dict[str, Any]
    configs: list[dict[str, Any]] = field(default_factory=list)
    secrets: dict[str, dict[str, Any]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    templates: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.document["id"])


@dataclass(frozen=True)
class TemplateRecord:
    """A connection template: a system linked into an environment of a project; ``config_ids`` None offers every
    config of the system."""

    id: str
    organisation_id: str
    project_id: str
    environment_id: str
    system_id: str
    name: str
    dynamic: bool
    config_ids: list[str] | None = None
    connections: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class EndUserRecord:
    """An end user: the contract's ``EndUser`` JSON, and the dynamic connections it holds."""

    document: dict[str, Any]
    connections: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.document["id"])

    @property
    def organisation_id(self) -> str:
        return str(self.document["organisationId"])

    @property
    def external_id(self) -> str:
        return str(self.document["externalId"])


@dataclass(frozen=True)
class ConnectionRecord:
    """A connection: the contract's ``Connection`` JSON (``document``, secrets redacted), each credential's data as
    given or exchanged (``secrets``, by credential id), its template and system, and its end user (dynamic)."""

    organisation_id: str
    system_id: str
    template_id: str
    end_user_id: str | None
    document: dict[str, Any]
    secrets: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.document["id"])

    @property
    def name(self) -> str:
        return str(self.document["name"])


class Outcome(enum.Enum):
    """What became of a write that a rule spanning items may stop."""

    DONE = enum.auto()
    # No such item (or its owner is gone: the template or end user of a new connection, the system of a template).
    GONE = enum.auto()
    # A name (or externalId) another item holds.
    NAME_TAKEN = enum.auto()
    # Another item still depends on it: a template links the system; the dynamic connection's end user exists.
    IN_USE = enum.auto()


def _text(record: Any) -> str:
    # vars(), not asdict(): every record is flat (JSON values only), and asdict would copy each list and dict first,
    # a system's list of templates included.
    return json.dumps(vars(record))


class _Reads:
    """The documents one attempt read, parsed, and their texts as read (what its write expects)."""

    def __init__(self, documents: DocumentStore) -> None:
        self._documents = documents
        self._turns = asyncio.Lock()
        self.expected: dict[str, str | None] = {}

    async def get(self, *keys: str) -> list[dict[str, Any] | None]:
        texts = await self._documents.read(keys)
        self.expected.update(zip(keys, texts, strict=True))
        return [None if text is None else json.loads(text) for text in texts]

    async def one(self, key: str) -> dict[str, Any] | None:
        return (await self.get(key))[0]


class PlatformStore:
    def __init__(self, documents: DocumentStore) -> None:
        self._documents = documents
        self._turns = asyncio.Lock()

    # The lifecycle is the documents' store's.
    async def ready(self) -> bool:
        return await self._documents.ready()

    async def open(self) -> None:
        self._turns = asyncio.Lock()  # of the event loop that serves from now on
        await self._documents.open()

    async def close(self) -> None:
        await self._documents.close()

    async def reset(self) -> None:
        await self._documents.reset()

    # Reads.

    async def project(self, organisation_id: str, project_id: str) -> ProjectRecord | None:
        found = await self._one(f"project:{project_id}", ProjectRecord)
        return found if found is not None and found.organisation_id == organisation_id else None

    async def system(self, organisation_id: str, system_id: str) -> SystemRecord | None:
        found = await self._one(f"system:{system_id}", SystemRecord)
        return found if found is not None and found.organisation_id == organisation_id else None

    async def systems(self, organisation_id: str) -> list[SystemRecord]:
        return [
            SystemRecord(**json.loads(text)) for text in await self._documents.indexed(f"systems:{organisation_id}")
        ]

    async def template(self, organisation_id: str, template_id: str) -> TemplateRecord | None:
        found = await self._one(f"template:{template_id}", TemplateRecord)
        return found if found is not None and found.organisation_id == organisation_id else None

    async def templates(self, project_id: str) -> list[TemplateRecord]:
        return [TemplateRecord(**json.loads(text)) for text in await self._documents.indexed(f"templates:{project_id}")]

    async def end_user(self, organisation_id: str, reference: str) -> EndUserRecord | None:
        """The end user whose ``externalId`` is ``reference``, else whose id it is."""
        (by_external,) = await self._documents.read([_external_key(organisation_id, reference)])
        user_id = json.loads(by_external) if by_external is not None else reference
        found = await self._one(f"end-user:{user_id}", EndUserRecord)
        return found if found is not None and found.organisation_id == organisation_id else None

    async def end_users(self, organisation_id: str) -> list[EndUserRecord]:
        texts = await self._documents.indexed(f"end-users:{organisation_id}")
        return [EndUserRecord(**json.loads(text)) for text in texts]

    async def connection(self, organisation_id: str, connection_id: str) -> ConnectionRecord | None:
        found = await self._one(f"connection:{connection_id}", ConnectionRecord)
        return found if found is not None and found.organisation_id == organisation_id else None

    async def connections(self, organisation_id: str) -> list[ConnectionRecord]:
        texts = await self._documents.indexed(f"connections:{organisation_id}")
        return [ConnectionRecord(**json.loads(text)) for text in texts]

    async def holds(self, kind: str, item_id: str) -> bool:
        """Whether an item of ``kind`` (``project``, ``system``, ``template``, ``end-user``, ``connection``) has the
        id ``item_id``, in any organisation: ids are the store's keys."""
        (text,) = await self._documents.read([f"{kind}:{item_id}"])
        return text is not None

    async def template_name_taken(self, environment_id: str, name: str) -> bool:
        (text,) = await self._documents.read([_template_name_key(environment_id, name)])
        return text is not None

    async def connection_name_taken(self, system_id: str, name: str) -> bool:
        (text,) = await self._documents.read([_connection_name_key(system_id, name)])
        return text is not None

    async def _one(self, key: str, kind: type[_Record]) -> _Record | None:
        (text,) = await self._documents.read([key])
        return None if text is None else kind(**json.loads(text))

    # Writes: each one compare-and-set step, retried when overtaken.

    async def add_project(self, project: ProjectRecord) -> bool:
        """Store a new project; False when its id is taken."""
        key = f"project:{project.id}"
        return await self._documents.write({key: None}, [Write(key, _text(project))])

    async def add_system(self, system: SystemRecord) -> bool:
        """Store a new system; False when its id is taken."""
        key = f"system:{system.id}"
        return await self._documents.write(
            {key: None}, [Write(key, _text(system), f"systems:{system.organisation_id}")]
        )

    async def change_system(
        self, organisation_id: str, system_id: str, change: Callable[[SystemRecord], SystemRecord]
    ) -> SystemRecord | None:
        """The system as ``change`` (which may raise, and is applied again when another write came in between)
        makes it, stored; None when there is none."""
        key = f"system:{system_id}"

        async def attempt(reads: _Reads) -> tuple[list[Write] | None, SystemRecord | None]:
            found = await reads.one(key)
            if found is None or found["organisation_id"] != organisation_id:
                return None, None
            changed = change(SystemRecord(**found))
            return [Write(key, _text(changed))], changed

        return await self._apply(attempt)

    async def delete_system(self, organisation_id: str, system_id: str) -> Outcome:
        """Delete the system: ``IN_USE`` while a template links it, ``GONE`` when there is none."""
        key = f"system:{system_id}"

        async def attempt(reads: _Reads) -> tuple[list[Write] | None, Outcome]:
            found = await reads.one(key)
            if found is None or found["organisation_id"] != organisation_id:
                return None, Outcome.GONE
            if found["templates"]:
                return None, Outcome.IN_USE
            return [Write(key, None, f"systems:{organisation_id}")], Outcome.DONE

        return await self._apply(attempt)

    async def add_template(self, template: TemplateRecord) -> Outcome:
        """Store a new template, listed by its system: ``NAME_TAKEN`` when its environment has one of that name,
        ``GONE`` when the system is gone."""
        name_key = _template_name_key(template.environment_id, template.name)
        system_key = f"system:{template.system_id}"

        async def attempt(reads: _Reads) -> tuple[list[Write] | None, Outcome]:
            name, system = await reads.get(name_key, system_key)
            if system is None or system["organisation_id"] != template.organisation_id:
                return None, Outcome.GONE
            if name is not None:
                return None, Outcome.NAME_TAKEN
            linked = SystemRecord(**system)
            linked = replace(linked, templates=[*linked.templates, template.id])
            return [
                Write(f"template:{template.id}", _text(template), f"templates:{template.project_id}"),
                Write(name_key, json.dumps(template.id)),
                Write(system_key, _text(linked)),
            ], Outcome.DONE

        return await self._apply(attempt)

    async def change_template(
        self, organisation_id: str, template_id: str, change: Callable[[TemplateRecord], TemplateRecord]
    ) -> TemplateRecord | Outcome:
        """As ``change_system``, for a template: ``GONE`` when there is none, ``NAME_TAKEN`` when a new name is
        another template's in its environment."""
        key = f"template:{template_id}"

        async def attempt(reads: _Reads) -> tuple[list[Write] | None, TemplateRecord | Outcome]:
            found = await reads.one(key)
            if found is None or found["organisation_id"] != organisation_id:
                return None, Outcome.GONE
            stored = TemplateRecord(**found)
            changed = change(stored)
            writes = [Write(key, _text(changed))]
            if changed.name != stored.name:
                new_name = _template_name_key(changed.environment_id, changed.name)
                if await reads.one(new_name) is not None:
                    return None, Outcome.NAME_TAKEN
                writes += [
                    Write(_template_name_key(stored.environment_id, stored.name), None),
                    Write(new_name, json.dumps(template_id)),
                ]
            return writes, changed

        return await self._apply(attempt)

    async def delete_template(self, organisation_id: str, template_id: str) -> bool:
        """Delete the template (its connections stay) and take it off its system's list; False when there is none."""
        key = f"template:{template_id}"

        async def attempt(reads: _Reads) -> tuple[list[Write] | None, bool]:
            found = await reads.one(key)
            if found is None or found["organisation_id"] != organisation_id:
                return None, False
            template = TemplateRecord(**found)
            system_key = f"system:{template.system_id}"
            writes = [
                Write(key, None, f"templates:{template.project_id}"),
                Write(_template_name_key(template.environment_id, template.name), None),
            ]
            system = await reads.one(system_key)
            if system is not None:
                linked = SystemRecord(**system)
                kept = [item for item in linked.templates if item != template_id]
                writes.append(Write(system_key, _text(replace(linked, templates=kept))))
            return writes, True

        return await self._apply(attempt)

    async def add_end_user(self, user: EndUserRecord) -> bool:
        """Store a new end user; False when its ``externalId`` (or id) is taken in the organisation."""
        external = _external_key(user.organisation_id, user.external_id)
        key = f"end-user:{user.id}"
        writes = [Write(key, _text(user), f"end-users:{user.organisation_id}"), Write(external, json.dumps(user.id))]
        return await self._documents.write({key: None, external: None}, writes)

    async def delete_end_user(self, organisation_id: str, reference: str) -> bool:
        """Delete the end user (by ``externalId``, else id) and every connection it holds; False when there is none."""

        async def attempt(reads: _Reads) -> tuple[list[Write] | None, bool]:
            (by_external,) = await reads.get(_external_key(organisation_id, reference))
            key = f"end-user:{by_external if by_external is not None else reference}"
            found = await reads.one(key)
            if found is None or found["document"]["organisationId"] != organisation_id:
                return None, False
            user = EndUserRecord(**found)
            writes = [
                Write(key, None, f"end-users:{organisation_id}"),
                Write(_external_key(organisation_id, user.external_id), None),
            ]
            for connection_id in user.connections:
                writes += await _connection_removal(reads, connection_id, keep_end_user=False)
            return writes, True

        return await self._apply(attempt)

    async def add_connection(self, connection: ConnectionRecord) -> Outcome:
        """Store a new connection, listed by its template and end user: ``NAME_TAKEN`` when its system has one of
        that name, ``GONE`` when the template or the end user is gone."""
        name_key = _connection_name_key(connection.system_id, connection.name)
        template_key = f"template:{connection.template_id}"
        user_key = f"end-user:{connection.end_user_id}" if connection.end_user_id is not None else None

        async def attempt(reads: _Reads) -> tuple[list[Write] | None, Outcome]:
            name, template = await reads.get(name_key, template_key)
            user = await reads.one(user_key) if user_key is not None else None
            if template is None or (user_key is not None and user is None):
                return None, Outcome.GONE
            if name is not None:
                return None, Outcome.NAME_TAKEN
            stored = TemplateRecord(**template)
            writes = [
                Write(f"connection:{connection.id}", _text(connection), f"connections:{connection.organisation_id}"),
                Write(name_key, json.dumps(connection.id)),
                Write(template_key, _text(replace(stored, connections=[*stored.connections, connection.id]))),
            ]
            if user_key is not None and user is not None:
                holder = EndUserRecord(**user)
                writes.append(Write(user_key, _text(replace(holder, connections=[*holder.connections, connection.id]))))
            return writes, Outcome.DONE

        return await self._apply(attempt)

    async def replace_connection(
        self,
        organisation_id: str,
        connection_id: str,
        change: Callable[[ConnectionRecord], Awaitable[ConnectionRecord]],
    ) -> ConnectionRecord | Outcome:
        """The connection as ``change`` makes it, stored (``change`` is awaited again when another write came in
        between): ``GONE`` when there is none, ``NAME_TAKEN`` when a new name is another connection's."""
        key = f"connection:{connection_id}"

        async def attempt(reads: _Reads) -> tuple[list[Write] | None, ConnectionRecord | Outcome]:
            found = await reads.one(key)
            if found is None or found["organisation_id"] != organisation_id:
                return None, Outcome.GONE
            stored = ConnectionRecord(**found)
            changed = await change(stored)
            writes = [Write(key, _text(changed))]
            if changed.name != stored.name:
                new_name = _connection_name_key(changed.system_id, changed.name)
                if await reads.one(new_name) is not None:
                    return None, Outcome.NAME_TAKEN
                writes += [
                    Write(_connection_name_key(stored.system_id, stored.name), None),
                    Write(new_name, json.dumps(connection_id)),
                ]
            return writes, changed

        return await self._apply(attempt)

    async def delete_connection(self, organisation_id: str, connection_id: str) -> Outcome:
        """Delete the connection: ``IN_USE`` while it is dynamic and its end user exists, ``GONE`` when there is
        none."""
        key = f"connection:{connection_id}"

        async def attempt(reads: _Reads) -> tuple[list[Write] | None, Outcome]:
            found = await reads.one(key)
            if found is None or found["organisation_id"] != organisation_id:
                return None, Outcome.GONE
            end_user_id = found["end_user_id"]
            if end_user_id is not None and await reads.one(f"end-user:{end_user_id}") is not None:
                return None, Outcome.IN_USE
            return await _connection_removal(reads, connection_id, keep_end_user=True), Outcome.DONE

        return await self._apply(attempt)

    async def _apply(self, attempt: Callable[[_Reads], Awaitable[tuple[list[Write] | None, _Result]]]) -> _Result:
        async with self._turns:
            for _ in range(ATTEMPTS):
                reads = _Reads(self._documents)
                writes, result = await attempt(reads)
                if writes is None or await self._documents.write(reads.expected, writes):
                    return result
        raise ItemsChangingError()


async def _connection_removal(reads: _Reads, connection_id: str, *, keep_end_user: bool) -> list[Write]:
    """The writes that delete a connection and take it off its template's list (and its end user's, unless the
    end user is being deleted with it)."""
    key = f"connection:{connection_id}"
    found = await reads.one(key)
    if found is None:
        return []
    connection = ConnectionRecord(**found)
    writes = [
        Write(key, None, f"connections:{connection.organisation_id}"),
        Write(_connection_name_key(connection.system_id, connection.name), None),
    ]
    template_key = f"template:{connection.template_id}"
    template = await reads.one(template_key)
    if template is not None:
        stored = TemplateRecord(**template)
        kept = [item for item in stored.connections if item != connection_id]
        writes.append(Write(template_key, _text(replace(stored, connections=kept))))
    if keep_end_user and connection.end_user_id is not None:
        user_key = f"end-user:{connection.end_user_id}"
        user = await reads.one(user_key)
        if user is not None:
            holder = EndUserRecord(**user)
            kept = [item for item in holder.connections if item != connection_id]
            writes.append(Write(user_key, _text(replace(holder, connections=kept))))
    return writes


def _external_key(organisation_id: str, external_id: str) -> str:
    return f"end-user-external:{organisation_id}:{external_id}"


def _template_name_key(environment_id: str, name: str) -> str:
    return f"template-name:{environment_id}:{name}"


def _connection_name_key(system_id: str, name: str) -> str:
    return f"connection-name:{system_id}:{name}"


__all__: Sequence[str] = [
    "ATTEMPTS",
    "ConnectionRecord",
    "EndUserRecord",
    "ItemsChangingError",
    "Outcome",
    "PlatformStore",
    "ProjectRecord",
    "SystemRecord",
    "TemplateRecord",
]
