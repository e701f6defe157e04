"""Auto-paginating iterators over list endpoints (``data``, ``has_more``, ``first_id``...).

:func:`next_page_params` is the pure rule shared by the sync and async iterators: pages go
forward with ``after_id = last_id``, or backward with ``before_id = first_id`` when the first
request used ``before_id``.

A paginator is also its first page, as in the official SDK (``.data``, ``.has_more``,
``has_next_page()``, ``get_next_page()``); iterating it still walks every page.
"""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
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


class _PageView(Generic[T]):
    """The page surface shared by both paginators: the envelope of the page they stand on."""

    _page: Page[T] | None
    _params: dict[str, Any]

    def _current(self) -> Page[T]:
        raise NotImplementedError

    @property
    def data(self) -> Sequence[T]:
        """The items of this page only (iterate the paginator for every page)."""
        return self._current().data

    @property
    def has_more(self) -> bool:
        """Whether the API has a page after this one."""
        return self._current().has_more

    @property
    def first_id(self) -> str | None:
        """The id of this page's first item."""
        return self._current().first_id

    @property
    def last_id(self) -> str | None:
        """The id of this page's last item."""
        return self._current().last_id

    def has_next_page(self) -> bool:
        """Whether :meth:`get_next_page` has a page to fetch."""
        return next_page_params(self._current(), self._params) is not None

    def _next_params(self) -> dict[str, Any]:
        following = next_page_params(self._current(), self._params)
        if following is None:
            raise RuntimeError("no next page: check has_next_page() before get_next_page()")
        return following


class Paginator(_PageView[T]):
    """Iterates over every item of every page; ``pages()`` gives the pages themselves.

    Each page is fetched when the iteration reaches it. It is also the first page itself, as
    in the official SDK: ``.data``, ``.has_more``, ``has_next_page()`` and ``get_next_page()``
    fetch that page on first use (once) and read it.
    """

    def __init__(
        self,
        fetch: Callable[[dict[str, Any]], Page[T]],
        params: dict[str, Any],
        page: Page[T] | None = None,
    ) -> None:
        self._fetch = fetch
        self._params = params
        self._page = page

    def _current(self) -> Page[T]:
        if self._page is None:
            self._page = self._fetch(self._params)
        return self._page

    def get_next_page(self) -> Paginator[T]:
        """The next page, fetched now (``RuntimeError`` when there is none)."""
        following = self._next_params()
        return Paginator(self._fetch, following, self._fetch(following))

    def pages(self) -> Iterator[Page[T]]:
        """The pages, in order, each with ``has_more``, ``first_id`` and ``last_id``."""
        params: dict[str, Any] | None = self._params
        page = self._page  # a page already read through the page surface is not fetched again
        while params is not None:
            if page is None:
                page = self._fetch(params)
            yield page
            params = next_page_params(page, params)
            page = None

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.data


class AsyncPaginator(_PageView[T]):
    """The async twin of :class:`Paginator`: ``async for item in client.models.list()``.

    ``page = await client.models.list()`` fetches the first page and gives the page surface
    (``.data``, ``has_next_page()``, ``await page.get_next_page()``).
    """

    def __init__(
        self,
        fetch: Callable[[dict[str, Any]], Awaitable[Page[T]]],
        params: dict[str, Any],
        page: Page[T] | None = None,
    ) -> None:
        self._fetch = fetch
        self._params = params
        self._page = page

    def _current(self) -> Page[T]:
        if self._page is None:
            raise RuntimeError(
                "this page is not fetched yet: use `page = await client....list()` "
                "(or iterate with `async for`)"
            )
        return self._page

    def __await__(self) -> Generator[Any, None, AsyncPaginator[T]]:
        return self._load().__await__()

    async def _load(self) -> AsyncPaginator[T]:
        if self._page is None:
            self._page = await self._fetch(self._params)
        return self

    async def get_next_page(self) -> AsyncPaginator[T]:
        """The next page, fetched now (``RuntimeError`` when there is none)."""
        await self._load()
        following = self._next_params()
        return AsyncPaginator(self._fetch, following, await self._fetch(following))

    async def pages(self) -> AsyncIterator[Page[T]]:
        """The pages, in order, each with ``has_more``, ``first_id`` and ``last_id``."""
        params: dict[str, Any] | None = self._params
        page = self._page
        while params is not None:
            if page is None:
                page = await self._fetch(params)
            yield page
            params = next_page_params(page, params)
            page = None

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.data:
                yield item
