"""What every layer shares and nothing of the server's: ids and times, random tokens, the one redaction rule,
API keys and their index, and the error kinds. Imports nothing of ``mock_server``."""
