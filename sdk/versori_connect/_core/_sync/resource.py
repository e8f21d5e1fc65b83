# Derived from versori_connect/_core/_async/resource.py by scripts/unasync.py: edit that file, then run the script.
"""``APIResource``: the base of an API's resources, each a group of its operations."""

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

from ..options import FinalRequestOptions, RequestOptions, make_request_options
from ..response import Parser
from ..types import RawResponse
from .pagination import SyncPage

if TYPE_CHECKING:
    from .client import APIClient

_T = TypeVar("_T")
_P = ParamSpec("_P")
_Raw = TypeVar("_Raw")
_PageT = TypeVar("_PageT", bound=SyncPage[Any])


class APIResource(Generic[_Raw]):
    """A group of operations; ``raw`` makes each method return the whole ``RawResponse``.

    A method builds its operation (the generated ``_get_kwargs``) and sends it with ``_request``, or with
    ``_list`` for a list operation, passing on the call's ``RequestOptions``. Its ``_raw_wrapper`` holds the same
    methods, each wrapped in ``returning_raw``.
    """

    # The class of with_raw_response, which takes a raw twin of the resource.
    _raw_wrapper: Callable[[Any], _Raw]

    def __init__(self, client: "APIClient", *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    @cached_property
    def with_raw_response(self) -> _Raw:
        """The same methods, returning a ``RawResponse`` (status, headers and the parsed answer)."""
        return self._raw_wrapper(type(self)(self._client, raw=True))

    def _request(
        self, operation: Mapping[str, Any], parse: Parser[_T], options: RequestOptions, *, replayable: bool = True
    ) -> _T:
        response = self._client._request(operation, parse, make_request_options(**options), replayable=replayable)
        return self._result(response)

    def _list(self, operation: Mapping[str, Any], page_class: type[_PageT], options: RequestOptions) -> _PageT:
        final_options = make_request_options(**options)
        return self._first_page(operation, page_class, final_options)

    def _first_page(
        self, operation: Mapping[str, Any], page_class: type[_PageT], options: FinalRequestOptions
    ) -> _PageT:
        return self._result(page_class._fetch(self._client, operation, options))

    def _result(self, response: RawResponse[_T]) -> _T:
        # In raw mode the whole response is the result; the *WithRawResponse classes type it so.
        return cast(_T, response) if self._raw else response.parsed


def returning_raw(method: Callable[_P, _T]) -> Callable[_P, RawResponse[_T]]:
    """A method of a raw twin (``type(resource)(client, raw=True)``), typed as what it returns in raw mode: the
    ``RawResponse``. The ``*WithRawResponse`` classes wrap each method in it."""
    return cast(Callable[_P, RawResponse[_T]], method)
