"""Whole processes, timed from before they start until they end, with their peak memory."""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import HERE

MiB = 1024 * 1024
MARK = "@bench "  # a line a hosted process prints on its stdout: "@bench NAME [JSON]"
PYTHON = sys.executable
# GNU time reads the peak: a child forked from this (large) process would count this process's
# memory in its own ru_maxrss (the old address space's high-water mark survives exec).
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
KMDESK = str(Path(sys.executable).with_name("kmdesk"))
CHECKOUT = HERE.parent


@dataclass
class Run:
    """One finished process: wall time, exit code, peak memory and the marks it printed."""

    seconds: float
    code: int
    peak: int  # bytes: the largest resident set of the process or any child it waited for
    marks: dict[str, float] = field(default_factory=dict)  # seconds from the start
    texts: dict[str, str] = field(default_factory=dict)  # what followed each mark's name
    stdout: str = ""
    stderr: str = ""

    @property
    def peak_mib(self) -> float:
        return self.peak / MiB


class Failed(RuntimeError):
    """A measured process did not do what it was asked (the message shows its stderr)."""


def quiet_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of every measured process: offscreen Qt, no colours, no warnings."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"}
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.update(extra or {})
    return env


class _Peak:
    """Where a process's peak memory is read: GNU time's report, else wait4's (less exact)."""

    def __init__(self):
        self.file = tempfile.NamedTemporaryFile("w+", suffix=".peak", delete=False)  # noqa: SIM115
        self.file.close()
        self.said = ""

    def wrap(self, argv: Sequence[str]) -> list[str]:
        if GNU_TIME is None:
            return list(argv)
        return [GNU_TIME, "-f", "%M", "-o", self.file.name, *argv]

    def read(self, usage) -> int:
        try:
            text = Path(self.file.name).read_text(encoding="utf-8")
            self.said = " ".join(text.splitlines()[:-1])  # e.g. "Command terminated by signal 11"
            lines = text.split()
            return int(lines[-1]) * 1024 if GNU_TIME and lines else usage.ru_maxrss * 1024
        except (OSError, ValueError):
            return usage.ru_maxrss * 1024
        finally:
            Path(self.file.name).unlink(missing_ok=True)


def _start(argv: Sequence[str], env, cwd, err, peak: _Peak) -> subprocess.Popen:
    return subprocess.Popen(
        peak.wrap(argv),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=err,
        env=env or quiet_env(),
        cwd=cwd or CHECKOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        bufsize=1,
        start_new_session=True,  # so a hung run is killed with everything it started
    )


def _kill(proc: subprocess.Popen) -> None:
    with contextlib.suppress(OSError):
        os.killpg(proc.pid, 9)


def run(
    argv: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    expect: int | None = 0,
    timeout: float = 600,
) -> Run:
    """Start ``argv``, read its marks as they come, wait for it and read its peak memory.

    The time runs from just before ``Popen`` to just after ``wait4`` returns, so it holds the
    interpreter's start and exit. The peak is the largest resident set of the process or of
    a child it waited for (LibreOffice's launcher waits for ``soffice.bin``).
    """
    peak = _Peak()
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        start = time.perf_counter()
        proc = _start(argv, env, cwd, err, peak)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.close()
        marks: dict[str, float] = {}
        texts: dict[str, str] = {}
        out: list[str] = []
        watchdog = threading.Timer(timeout, _kill, (proc,))  # a hung process fails its line
        watchdog.start()
        for line in proc.stdout:
            if line.startswith(MARK):
                name, _, rest = line[len(MARK) :].strip().partition(" ")
                marks[name] = time.perf_counter() - start
                texts[name] = rest
            else:
                out.append(line)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        watchdog.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
    done = Run(seconds, proc.returncode, peak.read(usage), marks, texts, "".join(out), stderr)
    if expect is not None and done.code != expect:
        raise Failed(
            f"{' '.join(map(str, argv[:6]))} … exited {done.code}, expected {expect}:\n"
            f"{(stderr or done.stdout)[-2000:]}"
        )
    return done


def interleaved(kinds: dict[str, Callable[[int], Run]], repeats: int) -> dict[str, list[Run]]:
    """Each kind once per round, after a warm-up round; the order turns every round.

    The warm-up's runs are dropped: they pay for cold caches (and a LibreOffice profile).
    """
    names = list(kinds)
    runs: dict[str, list[Run]] = {name: [] for name in names}
    for i in range(1 + repeats):
        turn = i % len(names)
        for name in names[turn:] + names[:turn]:
            result = kinds[name](i)
            if i:
                runs[name].append(result)
    return runs


def median_s(runs: list[Run], mark: str | None = None) -> float:
    return statistics.median(r.marks[mark] if mark else r.seconds for r in runs)


def median_mib(runs: list[Run]) -> float:
    return statistics.median(r.peak_mib for r in runs)


def seconds_range(runs: list[Run], mark: str | None = None) -> str:
    values = [r.marks[mark] if mark else r.seconds for r in runs]
    return f"{min(values):.2f}–{max(values):.2f} s"


def mib_range(runs: list[Run]) -> str:
    values = [r.peak_mib for r in runs]
    return f"{min(values):.0f}–{max(values):.0f} MiB"


def soffice() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


class Host:
    """A measured process kept running and given commands on stdin (bench/apphost.py export).

    Its marks arrive on a queue as they are printed; ``close`` ends it and reads its peak.
    """

    def __init__(self, argv: Sequence[str], env: dict[str, str]):
        self._err = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")  # noqa: SIM115
        self._peak = _Peak()
        self.start = time.perf_counter()
        self.proc = _start(argv, env, None, self._err, self._peak)
        self.marks: queue.Queue[tuple[str, str, float]] = queue.Queue()
        self.seen = 0
        self.ended: Run | None = None
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith(MARK):
                name, _, rest = line[len(MARK) :].strip().partition(" ")
                self.marks.put((name, rest, time.perf_counter()))
        self.marks.put(("exit", "", time.perf_counter()))

    def wait_for(self, name: str, timeout: float = 600) -> str:
        """What followed the mark ``name``; Failed if the process said "failed" or ended."""
        while True:
            try:
                got, rest, _at = self.marks.get(timeout=timeout)
            except queue.Empty:
                raise Failed(f"no {name!r} from the app within {timeout:.0f} s") from None
            if got == name:
                return rest
            if got == "failed":
                raise Failed(f"the app gave up before {name!r}: {rest}\n{self.stderr()[-2000:]}")
            if got == "exit":
                ended = self.close()
                raise Failed(
                    f"the app ended before {name!r} (exit code {ended.code}; "
                    f"{self.seen} marks seen):\n{ended.stderr[-2000:]}"
                )
            self.seen += 1

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def stderr(self) -> str:
        if self.ended is not None:
            return self.ended.stderr
        self._err.seek(0)
        return self._err.read()

    def close(self) -> Run:
        if self.ended is not None:
            return self.ended
        with contextlib.suppress(OSError):
            self.send("quit")
            assert self.proc.stdin is not None
            self.proc.stdin.close()
        watchdog = threading.Timer(120, _kill, (self.proc,))
        watchdog.start()
        _pid, status, usage = os.wait4(self.proc.pid, 0)
        watchdog.cancel()
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - self.start
        stderr = self.stderr()
        self._err.close()
        peak = self._peak.read(usage)
        stderr = f"{self._peak.said}\n{stderr}" if self._peak.said else stderr
        self.ended = Run(seconds, self.proc.returncode, peak, stderr=stderr)
        return self.ended
