"""One run of Python code under `valgrind --tool=callgrind`: the instructions it took, and what it
printed. The instruction benchmarks take the difference of two such runs, so start-up cancels out
whatever the machine's load."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile


def collected(code: str, **env: str) -> tuple[int, str]:
    """The instructions callgrind collected running `code` in a fresh interpreter (hash seed 0,
    no bytecode written, `env` on top of this process's environment), and its standard output.

    (No run writes `__pycache__`: in a tree without it, a first run that wrote it would compile
    the pure modules' sources, which the second then loads, and the difference of the two would
    lose that compile, about 230 M instructions, speed31's section of docs/benchmarks.md.)"""
    environment = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1", **env}
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out"]
            + [sys.executable, "-c", code],
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        )
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1)), done.stdout
