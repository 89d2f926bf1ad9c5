#!/usr/bin/python3
"""German: under LANGUAGE=de no string of the app is left in English. Starts
the real app, shows every page of the main window and reads its accessible
tree (names and descriptions); each string that po/de.po knows as an English
message must appear in German. Messages that de.po does not translate yet
are listed as TODO. TAP output."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hrtest  # noqa: E402
from hrtest import check  # noqa: E402

hrtest.require_desktop()
from gi.repository import Gio, GLib  # noqa: E402

SRCDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
PAGES = ["chart", "journey", "tiers", "team", "scenarios", "compare", "hiring"]


def unquote(line):
    return json.loads(line) if line.startswith('"') else ""


def read_po(path):
    """msgid → msgstr (or "" when untranslated or fuzzy), plural forms too."""
    messages = {}
    entry, key, fuzzy = {}, None, False

    def flush():
        if "msgid" in entry and entry["msgid"]:
            text = "" if fuzzy else entry.get("msgstr", entry.get("msgstr[0]", ""))
            messages[entry["msgid"]] = text
            if "msgid_plural" in entry:
                messages[entry["msgid_plural"]] = "" if fuzzy else entry.get("msgstr[1]", "")
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line:
                flush()
                entry, key, fuzzy = {}, None, False
            elif line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif line.startswith("#"):
                continue
            elif line.startswith('"') and key:
                entry[key] += unquote(line)
            else:
                m = re.match(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (.*)$", line)
                if m:
                    key = m.group(1)
                    entry[key] = unquote(m.group(2))
        flush()
    return messages


def variants(msgid):
    """How a message shows: without mnemonics, with its placeholders free."""
    plain = msgid.replace("_", "")
    yield plain
    if "%" in plain:
        yield re.compile("^" + re.sub(r"%(\d\$)?[-+ 0#]*\d*(\.\d+)?[lhz]*[sdufgi]", ".+",
                                      re.escape(plain).replace(r"\%", "%")) + "$")


messages = read_po(os.path.join(SRCDIR, "po", "de.po"))
exact = {}
patterns = []
for msgid, msgstr in messages.items():
    if not re.search(r"[A-Za-z]{3}", msgid):
        continue
    for v in variants(msgid):
        if isinstance(v, str):
            exact.setdefault(v, (msgid, msgstr))
        elif len(msgid) > 12:
            patterns.append((v, msgid, msgstr))

def plan_strings(node, out):
    """The sample plan's own names: English by design, not messages."""
    if isinstance(node, str):
        out.add(node)
    elif isinstance(node, dict):
        for value in node.values():
            plan_strings(value, out)
    elif isinstance(node, list):
        for value in node:
            plan_strings(value, out)
    return out


with open(os.path.join(SRCDIR, "data", "sample.headroom"), encoding="utf-8") as f:
    PLAN = plan_strings(json.load(f), set())


def current_messages():
    """Messages in the sources now (xgettext over po/POTFILES.in), so that
    strings newer than de.po count too; empty without xgettext."""
    import shutil
    import subprocess
    if not shutil.which("xgettext"):
        return set()
    out = subprocess.run(
        ["xgettext", "--files-from=po/POTFILES.in", "--from-code=UTF-8", "-o", "-",
         "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
         "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2", "--keyword=g_dpgettext2:2c,3"],
        cwd=SRCDIR, capture_output=True, text=True)
    if out.returncode != 0:
        return set()
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".pot", delete=False, encoding="utf-8") as f:
        f.write(out.stdout)
    return set(read_po(f.name))


CURRENT = current_messages()
for msgid in CURRENT - set(messages):
    if re.search(r"[A-Za-z]{3}", msgid):
        for v in variants(msgid):
            if isinstance(v, str):
                exact.setdefault(v, (msgid, ""))
            elif len(msgid) > 12:
                patterns.append((v, msgid, ""))

home, env = hrtest.private_home()
env["LANGUAGE"] = "de"


def show_page(name):
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    args = GLib.Variant("(sava{sv})", ("show-page", [GLib.Variant("s", name)], {}))
    bus.call_sync("io.github.headroom.Headroom", "/io/github/headroom/Headroom/window/1",
                  "org.gtk.Actions", "Activate", args, None, Gio.DBusCallFlags.NONE, 5000, None)


def run():
    proc, app = hrtest.start_app(env)
    shown = {}
    try:
        if not app:
            return
        frame = hrtest.wait_for(lambda: app.child(roleName="frame", retry=False))
        check("the main window is there", frame)
        if not frame:
            return
        for page in PAGES:
            try:
                show_page(page)
            except GLib.Error as e:
                check("the %s page can be shown" % page, False, e.message)
                continue
            import time
            time.sleep(0.8)
            for role, name, description in hrtest.names(frame):
                for text in (name, description):
                    if text and not text.startswith("Gtk"):
                        shown.setdefault(text, (page, role))
    finally:
        hrtest.stop(proc)

    check("the window speaks German (found 'Aufwand')", any("Aufwand" in t for t in shown), sorted(shown))
    english, missing = [], []
    for text, (page, role) in sorted(shown.items()):
        hit = exact.get(text)
        if hit is None:
            for pattern, msgid, msgstr in patterns:
                if pattern.match(text):
                    hit = (msgid, msgstr)
                    break
        if hit is None or text in PLAN:
            continue
        msgid, msgstr = hit
        if CURRENT and msgid not in CURRENT:
            # the sources changed the message since de.po was made
            missing.append("%s (%s): de.po translates an older message “%s”" % (text, role, msgid))
        elif msgstr and msgstr.replace("_", "") != msgid.replace("_", ""):
            english.append("%s (%s): de.po has “%s”" % (text, role, msgstr))
        elif not msgstr:
            missing.append("%s (%s)" % (text, role))
    check("no message that de.po translates is shown in English", not english, "\n".join(english))
    if missing:
        for line in missing:
            print("# not in po/de.po yet: " + line)
    hrtest.results.append(("every message shown has a German translation in po/de.po%s"
                           % (" # TODO %d to translate" % len(missing) if missing else ""), not missing))


run()
print("1..%d" % len(hrtest.results))
for i, (name, ok) in enumerate(hrtest.results, 1):
    print("%s %d %s" % ("ok" if ok else "not ok", i, name))
failed = [name for name, ok in hrtest.results if not ok and "# TODO" not in name]
sys.exit(1 if failed else 0)
