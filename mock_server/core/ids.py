"""New ULIDs and RFC 3339 times for what the server creates."""

import datetime
import secrets

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_ulid(now: float) -> str:
    """48 bits of milliseconds since the epoch, then 80 random bits, in Crockford's base32."""
    value = (int(now * 1000) << 80) | secrets.randbits(80)
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))


def rfc3339(now: float) -> str:
    moment = datetime.datetime.fromtimestamp(now, tz=datetime.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
