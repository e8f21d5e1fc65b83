"""The Redis backend: every instance pointed at one Redis shares its data; each change is one Lua script."""
