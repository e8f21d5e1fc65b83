"""mock_server.core.random_tokens and the request ids: unguessable and unrepeated, in one process, across threads and
in a forked child."""

import os
import re
import select
import signal
import threading
from collections.abc import Callable

import pytest

from mock_server.core import random_tokens
from mock_server.http.request_id import assign_request_id

BASE64URL_43 = re.compile(r"[A-Za-z0-9_-]{43}")


def _in_a_forked_child(make: Callable[[], str]) -> str:
    """What ``make`` gives in a child forked now (empty when the child did not answer within 5 s)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer through the pipe, then leave without running the parent's cleanup
        try:
            os.close(read_end)
            os.write(write_end, make().encode())
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 5.0)
        return os.read(read_end, 256).decode() if ready else ""
    finally:
        os.close(read_end)
        if os.waitpid(pid, os.WNOHANG) == (0, 0):  # still running: hung
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def test_tokens_are_32_bytes_of_base64url_and_never_repeat() -> None:
    tokens = [random_tokens.token_urlsafe(32) for _ in range(5000)]  # several 4 KiB blocks

    assert all(BASE64URL_43.fullmatch(token) for token in tokens)
    assert len(set(tokens)) == len(tokens)


def test_threads_taking_tokens_at_once_never_get_the_same_one() -> None:
    taken: list[list[str]] = [[] for _ in range(8)]

    def take(into: list[str]) -> None:
        into.extend(random_tokens.token_urlsafe(32) for _ in range(2000))

    threads = [threading.Thread(target=take, args=(into,)) for into in taken]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    everything = [token for into in taken for token in into]
    assert len(set(everything)) == len(everything) == 16000


def test_a_forked_child_does_not_hand_out_its_parents_next_tokens() -> None:
    random_tokens.token_urlsafe(32)  # a block in hand, with bytes still to give

    child = _in_a_forked_child(lambda: random_tokens.token_urlsafe(32))
    parent = random_tokens.token_urlsafe(32)

    assert BASE64URL_43.fullmatch(child)
    assert child != parent


def test_a_child_forked_while_another_thread_takes_a_token_can_take_one() -> None:
    held = threading.Event()
    release = threading.Event()

    def hold_the_lock() -> None:
        with random_tokens._SOURCE._lock:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    held.wait(5)
    try:
        child = _in_a_forked_child(lambda: random_tokens.token_urlsafe(32))
    finally:
        release.set()
        holder.join()

    assert BASE64URL_43.fullmatch(child), "the child hung on the lock its parent's thread held"


@pytest.mark.parametrize("incoming", [b"", b"bad id\twith tab"])
def test_made_request_ids_are_32_hex_digits_and_differ_in_a_forked_child(incoming: bytes) -> None:
    ids = [assign_request_id({}, incoming) for _ in range(1000)]
    child = _in_a_forked_child(lambda: assign_request_id({}, incoming))

    assert all(re.fullmatch(r"[0-9a-f]{32}", made) for made in ids)
    assert len(set(ids)) == len(ids)
    assert re.fullmatch(r"[0-9a-f]{32}", child)
    assert child[:16] != ids[0][:16]  # the child draws its own prefix
