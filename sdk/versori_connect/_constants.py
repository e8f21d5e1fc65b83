"""The Connect API's own defaults; those every API shares (timeouts, retries, logging) are the core's."""

DEFAULT_BASE_URL = "https://platform.versori.com/api/connect/v1"
API_KEY_ENV = "VERSORI_API_KEY"
BASE_URL_ENV = "VERSORI_BASE_URL"
