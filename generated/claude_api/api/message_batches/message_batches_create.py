# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from http import HTTPStatus
from typing import Any

import httpx

from claude_api import errors
from claude_api.client import AuthenticatedClient, Client
from claude_api.models.batch_create_params import BatchCreateParams
from claude_api.models.error_response import ErrorResponse
from claude_api.models.message_batch import MessageBatch
from claude_api.types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BatchCreateParams,
    anthropic_version: str | Unset = UNSET,
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
    anthropic_user_profile_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(anthropic_version, Unset):
        headers["anthropic-version"] = anthropic_version

    if not isinstance(anthropic_beta, Unset):
        headers["anthropic-beta"] = anthropic_beta

    if not isinstance(anthropic_workspace_id, Unset):
        headers["anthropic-workspace-id"] = anthropic_workspace_id

    if not isinstance(anthropic_user_profile_id, Unset):
        headers["anthropic-user-profile-id"] = anthropic_user_profile_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageBatch | None:
    if response.status_code == 200:
        response_200 = MessageBatch.from_dict(response.json())

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
) -> Response[ErrorResponse | MessageBatch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateParams,
    anthropic_version: str | Unset = UNSET,
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
    anthropic_user_profile_id: str | Unset = UNSET,
) -> Response[ErrorResponse | MessageBatch]:
    """Create a message batch

     Submit up to many message requests, each with a `custom_id`, for asynchronous
    processing. The batch is returned at once with `processing_status: in_progress`.

    Args:
        anthropic_version (str | Unset):
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):
        anthropic_user_profile_id (str | Unset):
        body (BatchCreateParams): The body of a create-batch request: the message requests to
            process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageBatch]
    """

    kwargs = _get_kwargs(
        body=body,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
        anthropic_user_profile_id=anthropic_user_profile_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateParams,
    anthropic_version: str | Unset = UNSET,
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
    anthropic_user_profile_id: str | Unset = UNSET,
) -> ErrorResponse | MessageBatch | None:
    """Create a message batch

     Submit up to many message requests, each with a `custom_id`, for asynchronous
    processing. The batch is returned at once with `processing_status: in_progress`.

    Args:
        anthropic_version (str | Unset):
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):
        anthropic_user_profile_id (str | Unset):
        body (BatchCreateParams): The body of a create-batch request: the message requests to
            process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageBatch
    """

    return sync_detailed(
        client=client,
        body=body,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
        anthropic_user_profile_id=anthropic_user_profile_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateParams,
    anthropic_version: str | Unset = UNSET,
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
    anthropic_user_profile_id: str | Unset = UNSET,
) -> Response[ErrorResponse | MessageBatch]:
    """Create a message batch

     Submit up to many message requests, each with a `custom_id`, for asynchronous
    processing. The batch is returned at once with `processing_status: in_progress`.

    Args:
        anthropic_version (str | Unset):
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):
        anthropic_user_profile_id (str | Unset):
        body (BatchCreateParams): The body of a create-batch request: the message requests to
            process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageBatch]
    """

    kwargs = _get_kwargs(
        body=body,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
        anthropic_user_profile_id=anthropic_user_profile_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateParams,
    anthropic_version: str | Unset = UNSET,
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
    anthropic_user_profile_id: str | Unset = UNSET,
) -> ErrorResponse | MessageBatch | None:
    """Create a message batch

     Submit up to many message requests, each with a `custom_id`, for asynchronous
    processing. The batch is returned at once with `processing_status: in_progress`.

    Args:
        anthropic_version (str | Unset):
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):
        anthropic_user_profile_id (str | Unset):
        body (BatchCreateParams): The body of a create-batch request: the message requests to
            process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageBatch
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            anthropic_version=anthropic_version,
            anthropic_beta=anthropic_beta,
            anthropic_workspace_id=anthropic_workspace_id,
            anthropic_user_profile_id=anthropic_user_profile_id,
        )
    ).parsed
