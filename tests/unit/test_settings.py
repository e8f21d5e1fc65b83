"""mock_server.settings: defaults, the public URL, VERSORI_MOCK_* environment variables and overrides."""

from pathlib import Path

import pytest

from mock_server.settings import DEFAULT_CORS_ORIGINS, Settings

# --- defaults -------------------------------------------------------------------------------------------------------


def test_default_port_is_8000() -> None:
    assert Settings().port == 8000


def test_default_host_is_loopback() -> None:
    assert Settings().host == "127.0.0.1"


def test_default_base_url_is_built_from_host_and_port() -> None:
    assert Settings().base_url == "http://127.0.0.1:8000"


def test_default_redirect_uri_is_the_callback_under_the_base_url() -> None:
    assert Settings().redirect_uri == "http://127.0.0.1:8000/oauth2/callback"


def test_default_max_body_is_64_kib() -> None:
    assert Settings().max_body_bytes == 65536


def test_default_state_ttl_is_ten_minutes() -> None:
    assert Settings().state_ttl_seconds == 600


def test_base_url_follows_host_and_port() -> None:
    assert Settings(host="0.0.0.0", port=9000).base_url == "http://0.0.0.0:9000"


# --- public_url -----------------------------------------------------------------------------------------------------


def test_public_url_wins_over_host_and_port() -> None:
    settings = Settings(host="0.0.0.0", port=9000, public_url="https://mock.example")

    assert settings.base_url == "https://mock.example"


def test_public_url_loses_its_trailing_slash() -> None:
    settings = Settings(public_url="https://mock.example/versori/")

    assert settings.base_url == "https://mock.example/versori"


def test_redirect_uri_is_built_from_the_public_url() -> None:
    settings = Settings(public_url="https://mock.example/")

    assert settings.redirect_uri == "https://mock.example/oauth2/callback"


# --- the origins of pages -------------------------------------------------------------------------------------------


def test_the_page_origins_are_the_public_urls_origin_then_the_cors_origins() -> None:
    settings = Settings(public_url="https://mock.example/versori/", cors_origins=("http://localhost:3000",))

    assert settings.own_origin == "https://mock.example"
    assert settings.page_origins == ("https://mock.example", "http://localhost:3000")


def test_the_page_origins_include_the_default_cors_origins() -> None:
    assert Settings(port=8123).page_origins == ("http://127.0.0.1:8123", *DEFAULT_CORS_ORIGINS)


# --- from_env -------------------------------------------------------------------------------------------------------


def test_from_env_with_no_variables_gives_the_defaults() -> None:
    assert Settings.from_env({}) == Settings()


def test_from_env_reads_the_port_as_an_int() -> None:
    assert Settings.from_env({"VERSORI_MOCK_PORT": "8001"}).port == 8001


def test_from_env_reads_the_state_ttl_as_a_float() -> None:
    settings = Settings.from_env({"VERSORI_MOCK_STATE_TTL_SECONDS": "90.5"})

    assert settings.state_ttl_seconds == 90.5


def test_from_env_splits_cors_origins_on_commas_and_drops_blanks() -> None:
    settings = Settings.from_env({"VERSORI_MOCK_CORS_ORIGINS": " https://a.example , ,https://b.example,"})

    assert settings.cors_origins == ("https://a.example", "https://b.example")


def test_from_env_empty_cors_origins_is_an_empty_tuple() -> None:
    assert Settings.from_env({"VERSORI_MOCK_CORS_ORIGINS": ""}).cors_origins == ()


def test_from_env_reads_the_seed_as_a_path() -> None:
    settings = Settings.from_env({"VERSORI_MOCK_SEED": "seeds/local.yaml"})

    assert settings.seed == Path("seeds/local.yaml")


def test_from_env_empty_seed_means_the_builtin_one() -> None:
    assert Settings.from_env({"VERSORI_MOCK_SEED": ""}).seed is None


@pytest.mark.parametrize("raw", ["1", "true", "TRUE", "yes", "on", " True "])
def test_from_env_reads_true_forms_of_validate_responses(raw: str) -> None:
    assert Settings.from_env({"VERSORI_MOCK_VALIDATE_RESPONSES": raw}).validate_responses is True


@pytest.mark.parametrize("raw", ["0", "false", "FALSE", "no", "off", ""])
def test_from_env_reads_false_forms_of_validate_responses(raw: str) -> None:
    assert Settings.from_env({"VERSORI_MOCK_VALIDATE_RESPONSES": raw}).validate_responses is False


def test_from_env_reads_the_public_url() -> None:
    settings = Settings.from_env({"VERSORI_MOCK_PUBLIC_URL": "https://mock.example/"})

    assert (settings.public_url, settings.base_url) == ("https://mock.example/", "https://mock.example")


def test_from_env_reads_api_keys_as_a_tuple() -> None:
    settings = Settings.from_env(
        {"VERSORI_MOCK_API_KEYS": "k1=01M630NCG4ZDDRK8JJJ5EVRJSK,k2=01M6AQVHG4RXZ3EJVTMV2HF4GG"}
    )

    assert settings.api_keys == ("k1=01M630NCG4ZDDRK8JJJ5EVRJSK", "k2=01M6AQVHG4RXZ3EJVTMV2HF4GG")


def test_from_env_ignores_variables_without_the_prefix() -> None:
    settings = Settings.from_env({"PORT": "9000", "HOST": "0.0.0.0", "MOCK_PORT": "9001", "SEED": "x.yaml"})

    assert settings == Settings()


def test_from_env_reads_os_environ_when_given_no_mapping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERSORI_MOCK_PORT", "8123")

    assert Settings.from_env().port == 8123


@pytest.mark.parametrize("raw", ["eighty", "80.5", ""])
def test_from_env_bad_int_is_a_value_error_naming_the_variable(raw: str) -> None:
    with pytest.raises(ValueError, match="VERSORI_MOCK_PORT"):
        Settings.from_env({"VERSORI_MOCK_PORT": raw})


def test_from_env_refuses_the_removed_callback_target_origin_and_says_what_replaced_it() -> None:
    with pytest.raises(ValueError, match=r"^VERSORI_MOCK_CALLBACK_TARGET_ORIGIN ") as refused:
        Settings.from_env({"VERSORI_MOCK_CALLBACK_TARGET_ORIGIN": "http://localhost:3000"})

    assert str(refused.value) == (
        "VERSORI_MOCK_CALLBACK_TARGET_ORIGIN is no longer a setting: the OAuth callback now speaks Versori's popup"
        " protocol and answers the hello of a page on the server's own origin or on one of"
        " VERSORI_MOCK_CORS_ORIGINS; remove it (docs/front-ends.md)"
    )


def test_from_env_bad_float_is_a_value_error_naming_the_variable() -> None:
    with pytest.raises(ValueError, match="VERSORI_MOCK_STATE_TTL_SECONDS"):
        Settings.from_env({"VERSORI_MOCK_STATE_TTL_SECONDS": "ten minutes"})


# --- with_overrides -------------------------------------------------------------------------------------------------


def test_with_overrides_applies_values_that_are_not_none() -> None:
    settings = Settings().with_overrides(port=9000, host="0.0.0.0")

    assert (settings.port, settings.host) == (9000, "0.0.0.0")


def test_with_overrides_ignores_none_values() -> None:
    base = Settings(port=9000, public_url="https://mock.example")

    assert base.with_overrides(port=None, public_url=None, seed=None) == base


def test_with_overrides_leaves_the_original_unchanged() -> None:
    base = Settings()

    base.with_overrides(port=9000)

    assert base.port == 8000


def test_with_overrides_keeps_falsy_values_that_are_not_none() -> None:
    settings = Settings(validate_responses=True).with_overrides(validate_responses=False, cors_origins=())

    assert (settings.validate_responses, settings.cors_origins) == (False, ())


def test_default_cors_origins_are_local_dev_servers() -> None:
    # docs/server.md: "localhost and 127.0.0.1 on ports 3000, 5173, 8080".
    assert sorted(Settings().cors_origins) == sorted(
        f"http://{host}:{port}" for host in ("localhost", "127.0.0.1") for port in (3000, 5173, 8080)
    )


# --- secrets --------------------------------------------------------------------------------------------------------


def test_hs256_secret_is_not_in_the_repr() -> None:
    secret = "an-hs256-shared-secret-of-32-bytes-or-more"

    assert secret not in repr(Settings(jwt_hs256_secret=secret))


def test_from_env_reads_the_admin_token_and_repr_hides_it() -> None:
    settings = Settings.from_env({"VERSORI_MOCK_ADMIN_TOKEN": "s3cret-admin-token"})

    assert settings.admin_token == "s3cret-admin-token"
    assert "s3cret-admin-token" not in repr(settings)


def test_no_admin_token_by_default() -> None:
    assert Settings.from_env({}).admin_token is None
    assert Settings.from_env({"VERSORI_MOCK_ADMIN_TOKEN": ""}).admin_token is None


def test_from_env_reads_the_redis_backend_and_url() -> None:
    settings = Settings.from_env(
        {"VERSORI_MOCK_STORE_BACKEND": "redis", "VERSORI_MOCK_REDIS_URL": "redis://cache.internal:6380/2"}
    )

    assert (settings.store_backend, settings.redis_url) == ("redis", "redis://cache.internal:6380/2")


def test_several_workers_may_share_a_redis() -> None:
    assert Settings(workers=4, store_backend="redis").workers == 4


def test_an_unknown_store_backend_is_refused_naming_the_three() -> None:
    with pytest.raises(ValueError, match=r"^store_backend must be memory, sqlite or redis, not 'mongo'$"):
        Settings(store_backend="mongo")
