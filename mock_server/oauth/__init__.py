"""OAuth 2.0 as the server does it: the authorize URL's rules, PKCE, states, the code exchange, the callback the
provider sends the user back to, and the built-in provider. Imports ``core``, ``seed``, ``stores`` and ``http``."""
