"""OAuth 2.0 as the server does it: the authorize URL's rules, which credential may start a loop, PKCE, states,
the code exchange, the callback the provider sends the user back to, and the built-in provider (``provider``).

May import: ``core``, ``seed``, ``stores``, ``http``, ``settings``.
"""
