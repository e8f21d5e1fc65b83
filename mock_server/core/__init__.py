"""What every layer shares: ids and times, random tokens, strict JSON, the one redaction rule, API keys and their
index, YAML parsing, and the error kinds every other error is one of.

May import: nothing of the server.
"""
