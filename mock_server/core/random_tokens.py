"""Unguessable tokens for every initialise (its state and PKCE verifier), from the OS's random source read in
blocks.

The bytes are ``os.urandom``'s, as with ``secrets``, but read 4 KiB at a time: one system call per 128 tokens of
32 bytes instead of one per token, which cost a tenth of an initialise's time. The block in hand is dropped in a
forked child, so that two processes never hand out the same bytes, and taken under a lock, so that two threads
never do.
"""

import binascii
import os
import threading

_BLOCK_BYTES = 4096


class _RandomBlocks:
    def __init__(self) -> None:
        self.drop()

    def drop(self) -> None:
        """Start afresh: no block, and a new lock (a fork while another thread held the old one leaves it held
        in the child for good)."""
        self._lock = threading.Lock()
        self._block = b""
        self._offset = 0

    def take(self, size: int) -> bytes:
        with self._lock:
            if self._offset + size > len(self._block):
                self._block = os.urandom(max(_BLOCK_BYTES, size))
                self._offset = 0
            start = self._offset
            self._offset += size
            return self._block[start : self._offset]


_SOURCE = _RandomBlocks()
os.register_at_fork(after_in_child=_SOURCE.drop)


def token_urlsafe(size: int) -> str:
    """``size`` random bytes, base64url without padding (as ``secrets.token_urlsafe``)."""
    return base64url(_SOURCE.take(size))


_URL_SAFE = bytes.maketrans(b"+/", b"-_")


def base64url(data: bytes) -> str:
    """``data`` in base64url without padding (RFC 4648 §5): ``base64.urlsafe_b64encode`` in one step."""
    return binascii.b2a_base64(data, newline=False).translate(_URL_SAFE).rstrip(b"=").decode("ascii")
