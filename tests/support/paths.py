"""Where the project's files are, for tests that read or run them."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
OPENAPI_PATH = REPO_ROOT / "openapi.yaml"
PLATFORM_OPENAPI_PATH = REPO_ROOT / "platform-openapi.yaml"
ADMIN_OPENAPI_PATH = REPO_ROOT / "admin-openapi.yaml"
SCRIPTS = REPO_ROOT / "scripts"
SDK_PACKAGE = REPO_ROOT / "sdk" / "versori_connect"
GENERATED_SDK = SDK_PACKAGE / "_generated"
GENERATED_PLATFORM_SDK = SDK_PACKAGE / "platform" / "_generated"
