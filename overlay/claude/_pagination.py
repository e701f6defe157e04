"""Auto-paginating iterators over list endpoints (``data``, ``has_more``, ``first_id``...).

:func:`next_page_params` is the pure rule shared by the sync and async iterators: pages go
forward with ``after_id = last_id``, or backward with ``before_id = first_id`` when the first
request used ``before_id``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

__all__ = ["AsyncPaginator", "Page", "Paginator", "next_page_params"]

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class Page(Protocol[T_co]):
    """A generated list envelope such as ``ListModelsResponse``."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def first_id(self) -> str | None: ...

    @property
    def last_id(self) -> str | None: ...


def next_page_params(page: Page[Any], params: Mapping[str, Any]) -> dict[str, Any] | None:
    """The query for the page after *page*, or None when it was the last one."""
    if not page.has_more:
        return None
    following = {k: v for k, v in params.items() if k not in ("after_id", "before_id")}
    if params.get("before_id") is not None:
        if page.first_id is None:
            return None
        following["before_id"] = page.first_id
    else:
        if page.last_id is None:
            return None
        following["after_id"] = page.last_id
    return following


class Paginator(Generic[T]):
    """Iterates over every item of every page; ``pages()`` gives the pages themselves.

    Each page is fetched when the iteration reaches it.
    """

    def __init__(self, fetch: Callable[[dict[str, Any]], Page[T]], params: dict[str, Any]) -> None:
        self._fetch = fetch
        self._params = params

    def pages(self) -> Iterator[Page[T]]:
        """The pages, in order, each with ``has_more``, ``first_id`` and ``last_id``."""
        params: dict[str, Any] | None = self._params
        while params is not None:
            page = self._fetch(params)
            yield page
            params = next_page_params(page, params)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.data


class AsyncPaginator(Generic[T]):
    """The async twin of :class:`Paginator`: ``async for item in client.models.list()``."""

    def __init__(
        self, fetch: Callable[[dict[str, Any]], Awaitable[Page[T]]], params: dict[str, Any]
    ) -> None:
        self._fetch = fetch
        self._params = params

    async def pages(self) -> AsyncIterator[Page[T]]:
        """The pages, in order, each with ``has_more``, ``first_id`` and ``last_id``."""
        params: dict[str, Any] | None = self._params
        while params is not None:
            page = await self._fetch(params)
            yield page
            params = next_page_params(page, params)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.data:
                yield item
