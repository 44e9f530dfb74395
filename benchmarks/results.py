"""Write one `## ` section of benchmarks/RESULTS.md, leaving the other sections as they are."""

from __future__ import annotations

import platform
import re
from pathlib import Path

import numpy as np

__all__ = ["RESULTS", "machine", "markdown_table", "write_section"]

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
_HEADER = (
    "# Benchmark results\n\nEach `## ` section is written by the script it names; rerun it to refresh it.\n"
)


def write_section(title: str, body: str, path: Path = RESULTS) -> None:
    """Replace the section `## title` (up to the next `## `), or append it."""
    text = path.read_text(encoding="utf-8") if path.exists() else _HEADER
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.M | re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip() + "\n"
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def markdown_table(header: list[str], rows: list[list[object]]) -> str:
    """A Markdown table; floats printed with 4 decimals."""

    def cell(value: object) -> str:
        return f"{value:.4f}" if isinstance(value, float | np.floating) else str(value)

    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    """One line naming this machine: CPU model, cores, memory, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{mem_kb / 1024**2:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        memory = "unknown RAM"
    import os

    return f"{cpu}, {os.cpu_count()} cores, {memory}, Python {platform.python_version()}"
