"""Shared by the desktop tests that start the real app: TAP output, a
private home, the app on the accessibility bus, and its test actions."""
import os
import signal
import subprocess
import sys
import tempfile
import time

results = []


def skip_all(reason):
    print("1..0 # SKIP %s" % reason)
    sys.exit(0)


def require_desktop():
    """Skips the whole test without a display, a session bus or dogtail."""
    if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        skip_all("no display or session bus")
    try:
        from dogtail.config import config
        config.checkForA11y = False
        config.defaultDelay = config.actionDelay = 0.1
        config.searchCutoffCount = 20
        config.logDebugToStdOut = False
        config.logDebugToFile = False
        from dogtail import tree  # noqa: F401
    except Exception as e:  # noqa: BLE001
        skip_all("dogtail is not installed (%s)" % e)


def check(name, ok, detail=None):
    results.append((name, bool(ok)))
    if not ok and detail:
        for line in str(detail).splitlines():
            print("# " + line)
    return ok


def finish():
    print("1..%d" % len(results))
    for i, (name, ok) in enumerate(results, 1):
        print("%s %d %s" % ("ok" if ok else "not ok", i, name))
    sys.exit(0 if results and all(ok for _, ok in results) else 1)


def private_home():
    home = tempfile.mkdtemp(prefix="headroom-test-")
    env = dict(os.environ,
               XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"),
               HEADROOM_TEST_ACTIONS="1")
    env.pop("GTK_A11Y", None)
    return home, env


def start(env, *args):
    return subprocess.Popen([os.environ["HEADROOM_BIN"], *args], env=env)


def stop(proc, hard=False):
    if proc.poll() is not None:
        return
    if hard:
        os.kill(proc.pid, signal.SIGKILL)
    else:
        proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def wait_for(predicate, seconds=10.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            value = predicate()
        except Exception:  # noqa: BLE001
            value = None
        if value:
            return value
        time.sleep(0.2)
    return None


def find_app(proc):
    """The accessible application of @proc (by its process id)."""
    from dogtail import tree

    def lookup():
        for app in tree.root.children:
            try:
                if app.get_process_id() == proc.pid:
                    return app
            except Exception:  # noqa: BLE001
                continue
        return None
    return wait_for(lookup, 15)


def start_app(env, *args, found="the app is on the accessibility bus"):
    """Starts the app and finds it on the accessibility bus, checked as
    @found: (proc, app), app None when it does not show up. Stop proc
    afterwards; it is stopped here when finding it fails."""
    proc = start(env, *args)
    try:
        app = find_app(proc)
    except BaseException:
        stop(proc, hard=True)
        raise
    check(found, app)
    return proc, app


def require_xdotool():
    """Skips the whole test without xdotool (real input events)."""
    import shutil
    if not shutil.which("xdotool"):
        skip_all("xdotool is not installed")


def xdotool(env, *args):
    subprocess.run(["xdotool"] + list(args), check=True, env=env)


def on_screen(node):
    """GTK 4.8 sets no "showing" state; a widget on screen has a size."""
    import pyatspi
    try:
        x, y, w, h = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:  # noqa: BLE001
        return False
    return node.visible and w > 0 and h > 0


def wait_settled(node, seconds=10.0):
    """Waits until @node stays where it is for a moment: a page built on
    its first visit may still be laid out when it first shows."""
    import pyatspi
    last = [None]

    def still():
        try:
            extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        except Exception:  # noqa: BLE001
            return False
        now = (extents.x, extents.y, extents.width, extents.height)
        was, last[0] = last[0], now
        return was == now and now[2] > 0 and now[3] > 0
    return wait_for(still, seconds)


def click(env, node):
    """A real mouse click in the middle of @node (GTK 4.8's stack sidebar
    takes no AT-SPI selection)."""
    import pyatspi
    out = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Headroom",
                          "getwindowgeometry", "--shell"],
                         capture_output=True, text=True, check=True, env=env).stdout
    geometry = dict(line.split("=", 1) for line in out.split() if "=" in line)
    x, y, w, h = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    xdotool(env, "mousemove", str(int(geometry["X"]) + x + w // 2), str(int(geometry["Y"]) + y + h // 2),
            "click", "1")


def text_of(node):
    """The text of a label or field (getText(0, -1) gives '' on GTK 4.8)."""
    t = node.queryText()
    return t.getText(0, t.characterCount)


def activate(action, *params):
    """Activates an app action of the running Headroom over D-Bus."""
    from gi.repository import Gio, GLib
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    args = GLib.Variant("(sava{sv})", (action, list(params), {}))
    bus.call_sync("io.github.headroom.Headroom", "/io/github/headroom/Headroom",
                  "org.gtk.Actions", "Activate", args, None, Gio.DBusCallFlags.NONE, 5000, None)


def names(node, depth=0, limit=40):
    """Every name and text under @node, with its role, for looking at."""
    out = []
    if depth > limit:
        return out
    try:
        out.append((node.roleName, node.name or "", node.description or ""))
        for child in node.children:
            out.extend(names(child, depth + 1, limit))
    except Exception:  # noqa: BLE001
        pass
    return out
