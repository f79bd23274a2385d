"""A fresh process with kmdesk's window (or a bare one), saying when it paints, works, exports."""

# Run as ``python -m bench.apphost MODE [DB]``; the parent (bench/whole.py, bench/peers.py)
# times it as a whole process and reads the marks this prints on stdout:
#
#   bare     a bare PySide6 QMainWindow of 1280x800: "paint", then quits.
#   window   ``kmdesk --db DB`` (kmdesk.cli.main.main, as the installed command): "paint" at
#            the first Paint event in the window; "usable" once the Assess form shows stored
#            ratings, a level key sent to its current card has set that answer and the form
#            has been painted since; with --visit, then every page once ("visited"); then quits
#            (with --paint-only, right after "paint").
#   export   ``kmdesk --db DB``, then reads commands on stdin, one a line: "team NAME ROUND
#            PATH" (the Team page, Ctrl+P's Export PDF) or "person NAME ROUND PATH" (the
#            Assess page), the save dialog answered with PATH; prints "exported" with the
#            seconds until progress showed and until "Saved" was said; "quit" ends it.
#
# Nothing is imported at the top but the standard library: a report worker (spawn) imports
# this module again as its __main__, and must pay only what kmdesk's own command would.

from __future__ import annotations

import json
import os
import queue
import sys
import threading
import time

PROFILE = os.environ.get("BENCH_PROFILE")  # bench/profile.py: write pyinstrument profiles
POLL_MS = 5
GIVE_UP_S = float(os.environ.get("BENCH_GIVE_UP_S", 120))
SETTLE_S = 1.5  # quiet time after a page is chosen, before an export is timed


def mark(name: str, **info) -> None:
    print(f"@bench {name} {json.dumps(info, ensure_ascii=False)}", flush=True)


HEAVY = ("matplotlib", "numpy", "PIL", "alembic", "openpyxl", "sqlalchemy.orm", "fontTools")


def heavy_modules() -> list[str]:
    """The large packages already imported (what the window's memory is made of)."""
    return [name for name in HEAVY if name in sys.modules]


def peak_so_far() -> float:
    """This process's peak resident set so far (VmHWM), in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for text in fh:
                if text.startswith("VmHWM:"):
                    return int(text.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Profiles:
    """pyinstrument around the measured stretch, when bench/profile.py asks (BENCH_PROFILE)."""

    def __init__(self):
        self.profiler = None

    def start(self) -> None:
        if PROFILE and self.profiler is None:
            from pyinstrument import Profiler

            self.profiler = Profiler(interval=0.001)
            self.profiler.start()

    def stop(self, name: str) -> None:
        if self.profiler is None:
            return
        from pyinstrument.renderers import ConsoleRenderer

        self.profiler.stop()
        for flat, suffix in ((False, ""), (True, "-flat")):
            text = self.profiler.output(ConsoleRenderer(flat=flat))
            with open(f"{PROFILE}-{name}{suffix}.txt", "w", encoding="utf-8") as fh:
                fh.write(text)
        self.profiler = None


def main(argv: list[str]) -> int:
    mode = argv[0]
    profiles = Profiles()
    if mode == "window":
        profiles.start()  # from here to "usable"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

    app = QApplication([sys.argv[0]])

    class Watch(QObject):
        """Sees every event once the window is shown (an application-wide filter)."""

        def __init__(self):
            super().__init__()
            self.painted = False
            self.paint_wanted: QWidget | None = None  # a paint inside it is waited for
            self.paint_seen = False
            self.shown: list[tuple[float, QObject]] = []  # progress and message boxes shown

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            kind = event.type()
            if kind == QEvent.Type.Paint:
                if not self.painted:
                    self.painted = True
                    mark(
                        "paint",
                        matplotlib="matplotlib" in sys.modules,
                        peak=peak_so_far(),
                        modules=heavy_modules(),
                    )
                    QTimer.singleShot(0, after_paint)
                wanted = self.paint_wanted
                # (a QWindow is painted too: the window's platform side, not one of its widgets)
                if (
                    wanted is not None
                    and isinstance(obj, QWidget)
                    and (obj is wanted or wanted.isAncestorOf(obj))
                ):
                    self.paint_seen = True
            elif kind == QEvent.Type.Show and isinstance(obj, QWidget):
                name = type(obj).__name__
                if name in ("QProgressDialog", "QProgressBar") or isinstance(obj, QMessageBox):
                    self.shown.append((time.perf_counter(), obj))
            return False

    watch = Watch()
    installed = []

    def install() -> None:
        if not installed:
            installed.append(True)
            app.installEventFilter(watch)

    # The filter goes in when the window is shown, so the building before costs no more
    # than in the real app (a Python filter sees every event).
    for name in ("show", "showMaximized", "showNormal"):
        original = getattr(QMainWindow, name)

        def wrapped(self, _original=original):
            install()
            return _original(self)

        setattr(QMainWindow, name, wrapped)

    state: dict = {"mode": mode, "visit": "--visit" in argv}

    def main_window() -> QMainWindow | None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.isVisible():
                return widget
        return None

    def give_up(why: str) -> None:
        mark("failed", why=why)
        app.exit(3)

    def after_paint() -> None:
        if mode == "bare" or (mode == "window" and "--paint-only" in argv):
            app.quit()
        elif mode == "window":
            poll(usable_step)
        else:
            start_export_host()

    def poll(step, give_up_s: float | None = GIVE_UP_S) -> None:
        """Call ``step`` every few milliseconds until it returns True."""
        timer = QTimer(app)
        timer.setInterval(POLL_MS)
        begun = time.perf_counter()

        def tick() -> None:
            try:
                finished = step()
            except Exception as exc:  # a changed app: say what broke, do not hang
                timer.stop()
                give_up(f"{type(exc).__name__}: {exc}")
                return
            if finished:
                timer.stop()
            elif give_up_s is not None and time.perf_counter() - begun > give_up_s:
                timer.stop()
                give_up(f"gave up waiting {state.get('waiting', 'in ' + step.__name__)}")

        timer.timeout.connect(tick)
        timer.start()

    # --- window: the Assess form usable ------------------------------------------------

    def usable_step() -> bool:
        window = main_window()
        page = window.findChild(QWidget, "assess") if window else None
        form = getattr(page, "form", None)
        cards = getattr(form, "cards", None) or []
        if "card" not in state:
            if not (page and page.isVisible() and form.isVisible() and cards):
                state["waiting"] = (
                    f"for the Assess page's form (page found: {page is not None}, visible: "
                    f"{bool(page and page.isVisible())}, cards: {len(cards)})"
                )
                return False
            if not any(card.state is not None for card in cards):
                state["waiting"] = "for the stored ratings on the Assess form's cards"
                return False
            card = form.current_card() or cards[0]
            level = (card.shown_level() or 0) % 5 + 1
            state["card"], state["level"] = card, level
            key = getattr(Qt.Key, f"Key_{level}")
            app.sendEvent(
                card, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier(0), str(level))
            )
            app.sendEvent(
                card, QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier(0), str(level))
            )
            # The form answers the key at once and moves on to the next card (which may scroll
            # this one out of sight): usable once it shows the answer and has been repainted.
            watch.paint_wanted = form
            return False
        now = form.card(state["card"].code) if hasattr(form, "card") else state["card"]
        if now is None or now.shown_level() != state["level"]:
            shown = now.shown_level() if now is not None else "no such card"
            state["waiting"] = f"for the key {state['level']} to be taken (shows {shown})"
            return False
        if not watch.paint_seen:
            state["waiting"] = "for the form to be painted after the key"
            return False
        profiles.stop("usable")
        mark(
            "usable",
            cards=len(cards),
            rated=sum(1 for c in cards if c.state is not None),
            peak=peak_so_far(),
            matplotlib="matplotlib" in sys.modules,
            modules=heavy_modules(),
        )
        if state["visit"]:
            visit_pages(window)
        else:
            app.quit()
        return True

    def visit_pages(window) -> None:
        nav = getattr(window, "nav", None)
        rows = nav.count() if nav is not None else 0
        order = [*range(1, rows), 0]

        def next_page() -> None:
            if not order:
                mark("visited", pages=rows, peak=peak_so_far())
                app.quit()
                return
            nav.setCurrentRow(order.pop(0))
            QTimer.singleShot(1500, next_page)  # the page reads and draws after it is shown

        next_page()

    # --- export: Export PDF as the user does it ----------------------------------------

    commands: queue.Queue[str] = queue.Queue()

    def read_stdin() -> None:
        for text in sys.stdin:
            commands.put(text.strip())
        commands.put("quit")

    def start_export_host() -> None:
        threading.Thread(target=read_stdin, daemon=True).start()
        mark("ready", peak=peak_so_far())
        poll(export_step, None)

    def export_step() -> bool:
        job = state.get("job")
        if job is None:
            try:
                text = commands.get_nowait()
            except queue.Empty:
                return False
            if text == "quit":
                app.quit()
                return True
            kind, name, round_title, path = text.split("\t")
            state["job"] = {"kind": kind, "name": name, "round": round_title, "path": path}
            state["phase"], state["job_start"] = "choose", time.perf_counter()
            return False
        if time.perf_counter() - state["job_start"] > GIVE_UP_S:
            give_up(f"export {job['kind']} stuck in phase {state['phase']}")
            return True
        return export_phase(job)

    def export_phase(job: dict) -> bool:
        from kmdesk.ui.common import file_dialogs

        window = main_window()
        page_name = "team" if job["kind"] == "team" else "assess"
        phase = state["phase"]
        if phase == "choose":
            # A page is built when first shown, so it is found by showing each in turn.
            nav = window.nav
            for row in range(nav.count()):
                nav.setCurrentRow(row)
                if window.stack.currentWidget().objectName() == page_name:
                    break
            state["phase"], state["at"] = "select", time.perf_counter()
            return False
        page = window.findChild(QWidget, page_name)
        if phase == "select":
            if not page.isVisible():
                return False
            combos = (
                [(page.team_combo, job["name"]), (page.round_combo, job["round"])]
                if job["kind"] == "team"
                else [(page.person_combo, job["name"]), (page.round_combo, job["round"])]
            )
            for combo, wanted in combos:
                if wanted not in combo.currentText():
                    at = next((i for i in range(combo.count()) if wanted in combo.itemText(i)), -1)
                    if at < 0:
                        return time.perf_counter() - state["at"] > 30 and not give_up(
                            f"no {wanted!r} in the {page_name} page's choices"
                        )
                    combo.setCurrentIndex(at)
                    state["at"] = time.perf_counter()
            if time.perf_counter() - state["at"] < SETTLE_S:
                return False
            subject = page.pdf_subject()
            if subject is None or job["name"] not in subject.file_name:
                return False
            file_dialogs.save_file = lambda *_args, **_kw: job["path"]
            watch.shown.clear()
            profiles.start()
            state["phase"], state["start"] = "wait", time.perf_counter()
            window.pdf_action.trigger()
            return False
        # phase "wait": until a message box says how it went
        boxes = [(t, w) for t, w in watch.shown if isinstance(w, QMessageBox)]
        if not boxes:
            return False
        done, box = boxes[0]
        profiles.stop(job["kind"])
        text = box.text()
        box.done(0)
        progress = [t for t, w in watch.shown if not isinstance(w, QMessageBox)]
        start = state["start"]
        mark(
            "exported",
            kind=job["kind"],
            seconds=done - start,
            progress=(progress[0] - start) if progress else None,
            text=text,
            ok=os.path.exists(job["path"]),
        )
        state["job"] = None
        return False

    if mode == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        return app.exec()
    from kmdesk.cli.main import main as kmdesk_main

    return kmdesk_main(["--db", argv[1]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
