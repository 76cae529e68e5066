"""Hostile model files: seconds and peak memory to the refusal, against a valid file.

Each case runs in a fresh process (peak resident memory, Linux only); the baseline
is loading a valid generated model of 10,000 results in the same run. The
target: every hostile case ends with the library's own error in under 10 s
and under 1 GiB, whatever the size of the file.

    python benchmarks/bench_hostile.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from _generate import model

import resultaat as r

RUN = """
import sys, time
import resultaat as r
{build}
start = time.perf_counter()
try:
    r.loads(TEXT, {fmt!r}, source="m")
    outcome = "loaded"
except r.ResultaatError as e:
    outcome = f"{{type(e).__name__}}, {{len(str(e)):,}} characters"
seconds = time.perf_counter() - start
status = open("/proc/self/status").read()  # VmHWM: this process's own peak, unlike ru_maxrss
peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
print(f"{{len(TEXT):>12,}} {{seconds:>8.2f}} {{peak:>8.0f}}  {{outcome}}")
"""

LAUGHS = """
lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
for i in range(9):
    prev = f"b{i - 1}" if i else "a"
    lines.append(f"b{i}: &b{i} [" + ", ".join([f"*{prev}"] * 10) + "]")
TEXT = "\\n".join(lines) + "\\nresultaat: *b8\\n"
"""

CASES = {
    "valid model, 10,000 results (baseline)":
        ("from pathlib import Path\nTEXT = Path(sys.argv[1]).read_text()", "yaml"),
    "billion laughs as the format version": (LAUGHS, "yaml"),
    "22 MB of one-letter items": ('TEXT = "resultaat: 1\\nx: [" + "a," * 11_000_000 + "a]"',
                                  "yaml"),
    "7,000,000 empty JSON objects": ('TEXT = "[" + "{}," * 7_000_000 + "{}]"', "json"),
    "100,000 duplicate ids (JSON)": (
        'import json\nTEXT = json.dumps({"resultaat": 1, "parties": '
        '[{"id": "p", "name": "P", "kind": "citizen"}] * 100_000})', "json"),
    "3,000 mistyped ids": (
        'TEXT = "resultaat: 1\\nparties:\\n" + "".join(f"- {{id: party{i}, name: P, '
        'kind: citizen}}\\n" for i in range(3000)) + "results:\\n" + "".join(f"- {{id: r{i}, '
        'statement: S, level: micro, owner: pary{i}}}\\n" for i in range(3000))', "yaml"),
    "a 50 MB level": (
        'TEXT = "resultaat: 1\\nparties: [{id: p, name: P, kind: citizen}]\\nresults: '
        '[{id: x, statement: X, level: " + "x" * 50_000_000 + ", owner: p}]"', "yaml"),
}


def main() -> None:
    print(f"{'case':<42} {'characters':>12} {'seconds':>8} {'peak MB':>8}  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        valid = Path(tmp) / "valid.yaml"
        r.dump(model(10_000), valid)
        for name, (build, fmt) in CASES.items():
            code = RUN.format(build=textwrap.dedent(build), fmt=fmt)
            done = subprocess.run([sys.executable, "-c", code, str(valid)], capture_output=True,
                                  text=True, timeout=120, check=False)
            out = done.stdout.strip() or done.stderr.strip().splitlines()[-1]
            print(f"{name:<42} {out}")


if __name__ == "__main__":
    main()
