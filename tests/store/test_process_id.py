"""The remembered process id (api/values.py): os.getpid's answer, in a forked child too."""

from __future__ import annotations

import os

from api.values import process_id


def test_process_id_is_this_process_and_a_forked_childs_own():
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.write(writer, f"{process_id()} {os.getpid()}".encode())
        finally:
            os._exit(0)
    os.close(writer)
    os.waitpid(child, 0)
    with os.fdopen(reader) as pipe:
        remembered, actual = pipe.read().split()

    assert process_id() == os.getpid()
    assert remembered == actual == str(child)
