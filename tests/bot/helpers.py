"""Run factbot as a user would: a subprocess with its own home and cache."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot.discord_standin import StandIn, sitecustomize_source
from tests.conftest import ROOT


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment with a private home, cache and state directory, and no colour."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    env.update(
        HOME=str(home),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        NO_COLOR="1",
        COLUMNS="200",
        **extra,
    )
    return env


def factbot(
    home: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m factbot.bot ARGS` from `cwd` (default: the home directory)."""
    return subprocess.run(
        [sys.executable, "-m", "factbot.bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env or user_env(home),
        cwd=cwd or home,
        timeout=180,
    )


@contextlib.contextmanager
def running_factbot(home: Path, env: dict[str, str], *args: str) -> Iterator[subprocess.Popen[str]]:
    """`python -m factbot.bot ARGS` in the background from `home`, stderr captured; killed if running."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "factbot.bot", *args], env=env, cwd=home, stderr=subprocess.PIPE, text=True
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def standin_env(home: Path, standin: StandIn, token: str) -> dict[str, str]:
    """Point discord.py in the subprocess at the stand-in (a sitecustomize; factbot is untouched)."""
    hooks = home / "hooks"
    hooks.mkdir(exist_ok=True)
    (hooks / "sitecustomize.py").write_text(sitecustomize_source())
    return user_env(
        home,
        DISCORD_TOKEN=token,
        PYTHONPATH=f"{hooks}:{ROOT}",
        STANDIN_API=standin.api_base,
        STANDIN_GATEWAY=standin.gateway_url + "/",
    )


def factbot_unprivileged(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """factbot ARGS bound by file permissions: as root, without the capabilities that override them.

    Root reads and writes everything, so run as root the command drops CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH (setpriv) and meets permissions as the owner uid 0 would; run as
    anyone else it runs as that user.
    """
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot make a permission fail")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "factbot.bot", *args],
        capture_output=True,
        text=True,
        env=user_env(home),
        cwd=home,
        timeout=180,
    )
