from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_reference import CredentialReference


T = TypeVar("T", bound="InitialiseOAuth2ConnectionRequest")


@_attrs_define
class InitialiseOAuth2ConnectionRequest:
    """What the provider's authorize URL is built from. Fields not listed here are refused (400), so that a
    misspelt field name cannot be silently ignored.

    """

    credential: CredentialReference
    """ Which stored OAuth 2.0 client credential the connection uses. When the code comes back, Versori takes
    the client secret from this credential to exchange it for tokens.
     """
    authorize_url: str
    """ The provider's authorize endpoint, where the user signs in and grants access. It must be an
    absolute `https` URL (plain `http` only for loopback hosts: `localhost`, `127.0.0.0/8`, `[::1]`),
    without user information (`https://user@host`), without a fragment (RFC 6749 section 3.1) and
    without control characters; `javascript:`, `data:` and `file:` URLs are refused. A query it
    already has is kept, and the added parameters come after it, but that query may not hold a
    parameter this operation sets (see `additionalParams` for the list), nor one that is also in
    `additionalParams` (except `resource`). Any of these answers 400.
     """
    client_id: str
    """ The OAuth 2.0 client id the provider knows the application by, sent as `client_id`: printable
    ASCII (RFC 6749 appendix A.1). It must be the client id stored in the credential, or the code could
    not be exchanged later; a different one answers 400 (`client_id_mismatch`).
     """
    redirect_url: str | Unset = UNSET
    """ Where the provider sends the user back, sent as `redirect_uri` instead of Versori's own callback; only
    in Versori's newer description (the CLI's), which this document follows. Two kinds of URL are allowed:
    a loopback URL on any port, for a native program that listens on the user's machine (RFC 8252
    section 7.3: `http`, host `127.0.0.0/8`, `[::1]` or `localhost`, any path and query, no fragment, no
    user information; Versori's CLI sends `http://127.0.0.1:62168/oauth/callback`), and the server's own
    callback URL. Anything else answers 400 with `fields[].field` set to `redirectUrl`. The connection's
    `oauth2Code` credential must then carry the same `redirectUrl` (see `create_connection`).
     """
    scopes: list[str] | Unset = UNSET
    """ The scopes to ask the user for, sent space-separated as `scope` in the order given. Exact duplicates
    are sent once. `offline_access` (OpenID Connect Core section 11: a refresh token) is added last
    unless `disableOfflineAccess` is true, and is never sent twice. With no scopes and
    `disableOfflineAccess` true, the URL has no `scope` at all.

    Each scope must be a non-empty token of RFC 6749 section 3.3: printable ASCII without spaces, `"`
    or `\\`. Anything else answers 400 with `fields[].field` set to `scopes[i]`. Other punctuation,
    commas included (`read,activity:read_all`, as Strava wants), is kept as part of the one scope.
     """
    disable_offline_access: bool | Unset = UNSET
    """ True stops `offline_access` from being added to `scope`; absent means false. It is for providers
    that do not implement that standard scope (or refuse unknown scopes), so that the caller can ask
    for a refresh token their own way, in `scopes` or `additionalParams` (Google's
    `access_type=offline`).
     """
    prompt: str | Unset = UNSET
    """ How the provider should treat a user who is already signed in, sent as `prompt` (OpenID Connect
    Core section 3.1.2.1). Usually one of `none`, `login`, `consent` or `select_account`; other values
    (`create`, or future ones) are passed as they are, and values are case-sensitive.

    Several values may be given separated by `+` (`consent+select_account`, as some providers document
    it) or by spaces; they are sent space-separated (`prompt=consent%20select_account`), each once.
    Each value is printable ASCII without `"` or `\\`. `none` cannot be combined with another value
    (400).

    When `prompt` is absent, `login` is sent, unless `additionalParams` holds Google's legacy
    `approval_prompt`, in which case no `prompt` is sent. Sending a non-empty `prompt` together with
    `approval_prompt` answers 400, because Google refuses the pair. An empty string means "send no
    prompt", with or without `approval_prompt`.
     """
    additional_params: str | Unset = UNSET
    """ More parameters for the authorize endpoint, as a URL-encoded query string
    (`access_type=offline&login_hint=ada%40example.org`); a leading `?` is ignored. They are added to
    the URL after the standard ones, in the order given. Provider-specific parameters such as
    `access_type`, `include_granted_scopes`, `login_hint`, `hd` or `audience` pass through.

    They may not conflict with what the request defines. Each of these answers 400 with
    `fields[].field` set to `additionalParams`:
    - a parameter this operation sets or that must never travel in an authorize URL: `response_type`,
      `client_id`, `redirect_uri`, `state`, `scope`, `prompt`, `code_challenge`,
      `code_challenge_method`, `nonce`, `response_mode`, `request`, `request_uri`, `client_secret`,
      `client_assertion`, `code_verifier`;
    - a parameter given twice (RFC 6749 section 3.1), except `resource`, which RFC 8707 allows to
      repeat;
    - a parameter also in the query of `authorizeUrl` (except `resource`);
    - `approval_prompt` together with `prompt`;
    - text that is not a query string: a bad escape (`%zz`), `;` as a separator, an empty name, or
      bytes that are not UTF-8 once decoded.
     """

    def to_dict(self) -> dict[str, Any]:
        credential = self.credential.to_dict()

        authorize_url = self.authorize_url

        client_id = self.client_id

        redirect_url = self.redirect_url

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        disable_offline_access = self.disable_offline_access

        prompt = self.prompt

        additional_params = self.additional_params

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credential": credential,
                "authorizeUrl": authorize_url,
                "clientId": client_id,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if disable_offline_access is not UNSET:
            field_dict["disableOfflineAccess"] = disable_offline_access
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if additional_params is not UNSET:
            field_dict["additionalParams"] = additional_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_reference import CredentialReference

        d = dict(src_dict)
        credential = CredentialReference.from_dict(d.pop("credential"))

        authorize_url = d.pop("authorizeUrl")

        client_id = d.pop("clientId")

        redirect_url = d.pop("redirectUrl", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        disable_offline_access = d.pop("disableOfflineAccess", UNSET)

        prompt = d.pop("prompt", UNSET)

        additional_params = d.pop("additionalParams", UNSET)

        initialise_oauth2_connection_request = cls(
            credential=credential,
            authorize_url=authorize_url,
            client_id=client_id,
            redirect_url=redirect_url,
            scopes=scopes,
            disable_offline_access=disable_offline_access,
            prompt=prompt,
            additional_params=additional_params,
        )

        return initialise_oauth2_connection_request
