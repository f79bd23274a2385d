"""The frozen program, as an office PC gets it: built by PyInstaller, run from its folder.

Builds the bundle with ``./dev bundle`` (packaging/kmdesk.spec), or reuses dist/kmdesk when
the record of its build (dist/kmdesk-build.json) is newer than every source it is made from.
Then, from the bundle: the commands (the report workers included), the fonts inside the PDFs,
and the window under Xvfb with no system fonts at all. About 1⅓ minutes to build and ½–1 to
run here (2 slow cores); ``./dev test -m frozen`` runs only this, and CI always builds.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.report_support import pdffonts

# slow too, so that the fast lane (-m "not gui and not pg and not slow") leaves it out
pytestmark = [pytest.mark.frozen, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "kmdesk"
RECORD = DIST / "kmdesk-build.json"
EXE = ".exe" if sys.platform == "win32" else ""
WINDOW_PROGRAM = BUNDLE / f"kmdesk{EXE}"
COMMAND_PROGRAM = BUNDLE / f"kmdesk-cli{EXE}"

TEAM, ROUND, ROLE = "ท่าไร่", "รอบที่ 3", "recorder"
ANALYZE = ("analyze", "--json", "--team", TEAM, "--round", ROUND, "--role", ROLE)
THAI = range(0x0E00, 0x0E80)


def _sources() -> list[Path]:
    """Everything the bundle is made from, in this checkout."""
    found = [ROOT / "pyproject.toml"]
    for folder in ("kmdesk", "resources"):
        found += [
            p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ]
    found += [*(ROOT / "packaging").glob("*.py"), *(ROOT / "packaging").glob("*.spec")]
    return found


def _fresh() -> bool:
    if not (RECORD.exists() and WINDOW_PROGRAM.exists() and COMMAND_PROGRAM.exists()):
        return False
    record = json.loads(RECORD.read_text(encoding="utf-8"))
    if not record.get("trimmed") or record.get("platform") != sys.platform:
        return False
    built = RECORD.stat().st_mtime
    return all(path.stat().st_mtime < built for path in _sources())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if not _fresh():
        log = tmp_path_factory.mktemp("build") / "build.log"
        if sys.platform == "win32":
            # The Windows workflow installs .[bundle] first; there is no ./dev there.
            # -P: the checkout's kmdesk/ (the current folder) off the path; the spec builds
            # from the installed kmdesk only.
            cmd = [sys.executable, "-P", "-m", "PyInstaller", "--noconfirm", "--distpath", "dist"]
            cmd += ["--workpath", "build/pyinstaller", "packaging/kmdesk.spec"]
        else:
            cmd = ["bash", "./dev", "bundle"]
        env = {k: v for k, v in os.environ.items() if k != "KMDESK_BUNDLE_TRIM"}
        started = time.monotonic()
        with log.open("w", encoding="utf-8") as out:
            done = subprocess.run(
                cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env, timeout=1800
            )
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        assert done.returncode == 0, f"the bundle did not build:\n{tail}"
        print(f"bundle built in {time.monotonic() - started:.0f} s")
    assert _fresh(), "the build left no fresh dist/kmdesk-build.json"
    return BUNDLE


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    """A user of the bundle: their own data and cache folders, nothing from the test run."""
    return tmp_path_factory.mktemp("frozen-user")


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("KMDESK_DATABASE_URL", "MPLCONFIGDIR", "PYTHONPATH", "PYTHONHOME"):
        env.pop(name, None)
    # The command's language comes from the app's settings, else the locale: neither the
    # real user's nor this machine's may choose it here.
    for name in ("LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    env["LANG"] = "C.UTF-8"
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["KMDESK_DATA_DIR"] = str(home / "data")
    # The cache folder where a user's would be (no KMDESK_CACHE_DIR): see _user_cache().
    env.pop("KMDESK_CACHE_DIR", None)
    env["XDG_CACHE_HOME"] = str(home / ".cache")
    env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    return env


def _user_cache(home: Path) -> Path:
    """The lasting per-user cache folder, as the README names it for each system."""
    if sys.platform == "win32":
        return home / "AppData" / "Local" / "kmdesk" / "cache"
    return home / ".cache" / "kmdesk"


def run(home: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [str(COMMAND_PROGRAM), *args],
        cwd=home,
        env=_env(home),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    said = f"{args}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    assert done.returncode == 0, said
    # A trimmed-away module or data file shows itself as a warning first.
    for word in ("Traceback", "Warning", "Error", "not found"):
        assert word not in done.stderr, said
    return done


@pytest.fixture(scope="module")
def demo(bundle, home) -> Path:
    path = home / "demo.db"
    done = run(home, "demo", "--no-gui", "--db", str(path))
    assert "1458 ratings" in done.stdout
    return path


def test_the_bundle_holds_two_programs_and_its_own_files(bundle):
    internal = bundle / "_internal"
    assert WINDOW_PROGRAM.is_file() and COMMAND_PROGRAM.is_file()
    for name in (
        "Loma.ttf",
        "Laksaman.ttf",
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "LICENSE.txt",
    ):
        assert (internal / "kmdesk" / "resources" / "fonts" / name).is_file(), name
    # The migrations are real files (Alembic reads them from disk), not archive entries.
    assert (internal / "kmdesk" / "store" / "migrations" / "env.py").is_file()
    assert list((internal / "kmdesk" / "store" / "migrations" / "versions").glob("0001_*.py"))
    # Trimmed: no Qt translations but Thai ones, no embedded-screen platform plugins.
    assert not [
        p for p in internal.rglob("*.qm") if "translations" in p.parts and "_th" not in p.name
    ]
    assert not list(internal.rglob("*qeglfs*")) and not list(internal.rglob("*qvnc*"))
    # Nor what only the dropped parts loaded: the GTK theme's libraries, links to dropped
    # Qt libraries; nor the keyring (the office bundle keeps no server password).
    assert not [p.name for p in internal.iterdir() if p.name.startswith(("libgtk", "libcairo"))]
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not (internal / "keyring").exists() and not (internal / "cryptography").exists()


def test_demo_and_analyze_run_from_the_bundle(demo, home):
    done = run(home, "--db", str(demo), *ANALYZE)
    result = json.loads(done.stdout)
    assert result["team"] == TEAM and result["round"]["title"] == ROUND
    assert len(result["members"]) == 3
    assert result["river"] and all(r["mean"] is not None for r in result["river"])


def test_a_chart_is_drawn_and_matplotlib_keeps_its_font_list(demo, home):
    png = home / "river.png"
    chart = ("chart", "river", "--team", TEAM, "--round", ROUND, "--role", ROLE)
    run(home, "--db", str(demo), *chart, "-o", str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # Frozen, MPLCONFIGDIR is a lasting per-user folder, not a new temporary one each start:
    # the font list is written there once, and the next start reads it instead of rebuilding.
    lists = list(_user_cache(home).glob("matplotlib-*/fontlist-*.json"))
    assert len(lists) == 1, lists
    written = lists[0].stat().st_mtime_ns
    run(home, "--db", str(demo), *chart, "-o", str(home / "again.png"))
    assert list(_user_cache(home).glob("matplotlib-*/fontlist-*.json")) == lists
    assert lists[0].stat().st_mtime_ns == written, "the second start rebuilt the font list"


def _assert_all_fonts_embedded(pdf: Path) -> None:
    fonts = pdffonts(pdf)
    assert fonts, f"{pdf.name}: no fonts"
    assert {f["name"].split("+")[-1] for f in fonts} >= {"Laksaman", "Loma"}
    assert all(f["emb"] == "yes" for f in fonts), fonts


def test_a_person_report_embeds_every_font(demo, home):
    people = json.loads(run(home, "--db", str(demo), *ANALYZE).stdout)["members"]
    pdf = home / "person.pdf"
    name = people[0]["name"]
    run(
        home,
        "--db",
        str(demo),
        "report",
        "person",
        name,
        "--team",
        TEAM,
        "--round",
        ROUND,
        "-o",
        str(pdf),
    )
    assert pdf.read_bytes()[:5] == b"%PDF-"
    _assert_all_fonts_embedded(pdf)


def test_report_all_runs_its_worker_processes(demo, home):
    # Two workers: each is the frozen program started again, which needs freeze_support().
    out = home / "reports"
    everyone = ("report", "all", "--round", ROUND, "--jobs", "2")
    done = run(home, "--db", str(demo), *everyone, "-o", str(out), timeout=600)
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 12, done.stdout  # 9 people and 3 teams
    assert "12 reports" in done.stdout
    for pdf in (pdfs[0], pdfs[-1]):
        _assert_all_fonts_embedded(pdf)


# --- the window -----------------------------------------------------------------------------


@pytest.fixture
def display(tmp_path):
    """An X display: a private Xvfb on Linux; the desktop itself on Windows."""
    if sys.platform == "win32":
        yield {}
        return
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is not installed; ./dev bundle installs it (Debian package xvfb)"
    assert shutil.which("xprop") and shutil.which("xwininfo"), "./dev bundle installs x11-utils"
    # A display number of its own, far from :0 and :99 that other X servers on a shared CI
    # machine take by default (a client reaching another server's socket failed once here).
    server = None
    for number in random.sample(range(200, 900), 20):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        read, write = os.pipe()
        screen = ["-screen", "0", "1280x860x24", "-nolisten", "tcp"]
        server = subprocess.Popen(
            [xvfb, f":{number}", "-displayfd", str(write), *screen],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / "xvfb.log").open("w"),
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            ready = pipe.readline().strip()  # empty when that display was taken after all
        if ready:
            break
        server.wait(timeout=10)
        server = None
    assert server is not None, (tmp_path / "xvfb.log").read_text()
    try:
        yield {"DISPLAY": f":{number}"}
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


def _no_system_fonts(folder: Path) -> Path:
    """A fontconfig set-up that finds no fonts: a PC where only the bundled fonts exist."""
    folder.mkdir()
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def _window_titles(env: dict[str, str], pid: int) -> list[str]:
    """The titles of the top-level windows on the display (Windows: those of process ``pid``)."""
    if sys.platform == "win32":
        return _own_window_titles(pid)
    tree = subprocess.run(
        ["xwininfo", "-root", "-children"], env=env, capture_output=True, text=True, timeout=10
    ).stdout
    titles = []
    for line in tree.splitlines():
        parts = line.split()
        if parts and parts[0].startswith("0x"):
            prop = subprocess.run(
                ["xprop", "-id", parts[0], "_NET_WM_NAME"],
                env=env,
                capture_output=True,
                encoding="utf-8",
                timeout=10,
            ).stdout
            if "=" in prop:
                titles.append(prop.split("=", 1)[1].strip().strip('"'))
    return titles


def _own_window_titles(pid: int) -> list[str]:
    """Windows: the titles of the visible top-level windows that process ``pid`` owns."""
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32")
    user32.GetWindowThreadProcessId.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.DWORD)]
    user32.IsWindowVisible.argtypes = [wintypes.HWND]
    user32.GetWindowTextLengthW.argtypes = [wintypes.HWND]
    user32.GetWindowTextW.argtypes = [wintypes.HWND, wintypes.LPWSTR, ctypes.c_int]
    titles: list[str] = []

    @ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)
    def visit(hwnd, _):
        owner = wintypes.DWORD()
        user32.GetWindowThreadProcessId(hwnd, ctypes.byref(owner))
        if owner.value == pid and user32.IsWindowVisible(hwnd):
            size = user32.GetWindowTextLengthW(hwnd) + 1
            text = ctypes.create_unicode_buffer(size)
            user32.GetWindowTextW(hwnd, text, size)
            titles.append(text.value)
        return True

    user32.EnumWindows(visit, 0)
    return titles


def _painted(shot) -> bool:
    """More than a blank screen: a window with text draws hundreds of colours."""
    colours = shot.getcolors(1 << 20)
    return colours is None or len(colours) > 200


def _grab(display: dict[str, str]):
    from PIL import ImageGrab

    return ImageGrab.grab(xdisplay=display.get("DISPLAY"))


def test_the_window_opens_in_thai_and_stays_up(demo, home, display, tmp_path):
    env = {**_env(home), **display}
    env.pop("QT_QPA_PLATFORM", None)  # the real platform (xcb, windows), not offscreen
    args = [str(WINDOW_PROGRAM), "--db", str(demo)]
    if sys.platform == "win32":
        # The runner's Windows is English; a Thai Windows would choose Thai by itself.
        args += ["--lang", "th"]
    else:
        env["FONTCONFIG_FILE"] = str(_no_system_fonts(tmp_path / "fontconfig"))
        env["HOME"] = str(home)
        # The language a Thai user chose in the app, read from its settings file.
        settings = home / "config" / "kmdesk" / "kmdesk.conf"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text("[ui]\nlanguage=th\n", encoding="utf-8")
    err = tmp_path / "window.err"
    with err.open("w", encoding="utf-8") as stderr:
        app = subprocess.Popen(args, cwd=home, env=env, stdout=subprocess.DEVNULL, stderr=stderr)

    def closed() -> str:
        return f"the window closed by itself:\n{err.read_text(errors='replace')[-3000:]}"

    try:
        titles: list[str] = []
        # Wait for the window and its first paint (a loaded machine takes a while), ...
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and app.poll() is None:
            titles = [t for t in _window_titles(env, app.pid) if "kmdesk —" in t]
            if titles and _painted(_grab(display)):
                break
            time.sleep(0.5)
        assert app.poll() is None, closed()
        assert titles, "no kmdesk window appeared"
        assert any(ord(ch) in THAI for ch in titles[0]), titles  # the Thai translation
        # ... then for the start page, built after that first paint: the screen stops changing
        # (a blinking text cursor never lets it, hence the limit) ...
        shot, steady, deadline = _grab(display), 0, time.monotonic() + 30
        while steady < 3 and time.monotonic() < deadline and app.poll() is None:
            time.sleep(1)
            again = _grab(display)
            steady = steady + 1 if again.tobytes() == shot.tobytes() else 0
            shot = again
        # ... and see it stay up. The picture is kept for a person to look at (the CI
        # artefact on Windows): Thai, and the arrows of the keyboard help, with no boxes.
        time.sleep(5)
        assert app.poll() is None, closed()
        shot = _grab(display)
        shot.save(tmp_path / "window.png")
        assert _painted(shot), "the window drew nothing"
    finally:
        app.terminate()
        app.wait(timeout=30)
    said = err.read_text(encoding="utf-8", errors="replace")
    for word in ("Traceback", "QFont", "qt.qpa", "Cannot find font"):
        assert word not in said, said[-3000:]
    # A bug in building a page is shown in a message box and logged, not printed (and a
    # windowed program on Windows has no stderr at all): the log must have none.
    log = home / "data" / "kmdesk.log"
    logged = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    for word in ("Traceback", "ERROR", "CRITICAL"):
        assert word not in logged, logged[-3000:]
