# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from claude_api import errors
from claude_api.client import AuthenticatedClient, Client
from claude_api.models.error_response import ErrorResponse
from claude_api.types import UNSET, File, Response, Unset


def _get_kwargs(
    message_batch_id: str,
    *,
    anthropic_version: str | Unset = UNSET,
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(anthropic_version, Unset):
        headers["anthropic-version"] = anthropic_version

    if not isinstance(anthropic_beta, Unset):
        headers["anthropic-beta"] = anthropic_beta

    if not isinstance(anthropic_workspace_id, Unset):
        headers["anthropic-workspace-id"] = anthropic_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages/batches/{message_batch_id}/results".format(
            message_batch_id=quote(str(message_batch_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 529:
        response_529 = ErrorResponse.from_dict(response.json())

        return response_529

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorResponse.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: str | Unset = UNSET,
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Stream the results of a message batch

     The results of an ended batch as JSON Lines: one `MessageBatchIndividualResponse` object
    per line, in no particular order (match them by `custom_id`). The body can be hundreds of
    megabytes; read it line by line. The batch's `results_url` points here.

    Args:
        message_batch_id (str):
        anthropic_version (str | Unset):
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        message_batch_id=message_batch_id,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: str | Unset = UNSET,
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Stream the results of a message batch

     The results of an ended batch as JSON Lines: one `MessageBatchIndividualResponse` object
    per line, in no particular order (match them by `custom_id`). The body can be hundreds of
    megabytes; read it line by line. The batch's `results_url` points here.

    Args:
        message_batch_id (str):
        anthropic_version (str | Unset):
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        message_batch_id=message_batch_id,
        client=client,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    ).parsed


async def asyncio_detailed(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: str | Unset = UNSET,
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Stream the results of a message batch

     The results of an ended batch as JSON Lines: one `MessageBatchIndividualResponse` object
    per line, in no particular order (match them by `custom_id`). The body can be hundreds of
    megabytes; read it line by line. The batch's `results_url` points here.

    Args:
        message_batch_id (str):
        anthropic_version (str | Unset):
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        message_batch_id=message_batch_id,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: str | Unset = UNSET,
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Stream the results of a message batch

     The results of an ended batch as JSON Lines: one `MessageBatchIndividualResponse` object
    per line, in no particular order (match them by `custom_id`). The body can be hundreds of
    megabytes; read it line by line. The batch's `results_url` points here.

    Args:
        message_batch_id (str):
        anthropic_version (str | Unset):
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            message_batch_id=message_batch_id,
            client=client,
            anthropic_version=anthropic_version,
            anthropic_beta=anthropic_beta,
            anthropic_workspace_id=anthropic_workspace_id,
        )
    ).parsed
