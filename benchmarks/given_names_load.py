"""What reading the given-name table costs a process: wall time, memory kept, RSS.

Each round is a fresh interpreter that imports the parser, then asks its first given name
(`usual_sex`), which reads api/parser/given_names.tsv: the time of that first question, the
bytes tracemalloc sees kept by it, and the process's resident set before and after (Linux,
/proc/self/statm). The best time and the median memory of `--rounds` rounds are printed.

Run: .venv/bin/python benchmarks/given_names_load.py [--rounds 5]
     (another checkout: OTHER/.venv/bin/python benchmarks/given_names_load.py --root OTHER)
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ROUND = """
import json, os, time, tracemalloc
import api.parser
from api.parser.given_names import usual_sex

def rss():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

before = rss()
tracemalloc.start()
start = time.perf_counter()
usual_sex("Felix")
seconds = time.perf_counter() - start
kept, _ = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(json.dumps({"seconds": seconds, "kept": kept, "rss_before": before, "rss_after": rss()}))
"""

ROUND_UNTRACED = ROUND.replace("tracemalloc.start()", "").replace(
    "kept, _ = tracemalloc.get_traced_memory()", "kept = 0"
)


def one_round(code: str, root: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    # (another checkout's parser, run with that checkout's interpreter, to compare)
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    # (time without tracemalloc, which slows allocation; memory with it)
    timed = [one_round(ROUND_UNTRACED, args.root) for _ in range(args.rounds)]
    traced = [one_round(ROUND, args.root) for _ in range(args.rounds)]
    mb = 1024 * 1024
    best = min(r["seconds"] for r in timed)
    kept = statistics.median(r["kept"] for r in traced)
    before = statistics.median(r["rss_before"] for r in timed)
    after = statistics.median(r["rss_after"] for r in timed)
    print(f"first question (table read): best {best * 1000:.1f} ms of {args.rounds}")
    print(f"tracemalloc kept: {kept / mb:.2f} MB")
    print(
        f"RSS: {before / mb:.1f} MB after importing the parser -> {after / mb:.1f} MB "
        f"(+{(after - before) / mb:.1f} MB)"
    )


if __name__ == "__main__":
    main()
