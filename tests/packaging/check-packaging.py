#!/usr/bin/env python3
"""Offline checks of Headroom's desktop integration, flatpak manifest and
translations. One subcommand per meson test; each prints TAP.

  check-packaging.py flatpak MANIFEST SCHEMA
  check-packaging.py install BUILDDIR SRCDIR MESON [--translations]
  check-packaging.py translations PODIR
  check-packaging.py potfiles SRCDIR
  check-packaging.py merged DESKTOP METAINFO MIME PODIR
  check-packaging.py icons SRCDIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = "io.github.headroom.Headroom"
MEDIA_TYPE = "application/x-headroom"
failures = 0
count = 0


def check(name, condition, detail=""):
    global failures, count
    count += 1
    if condition:
        print(f"ok {count} {name}")
    else:
        failures += 1
        print(f"not ok {count} {name}")
        for line in str(detail).splitlines()[:30]:
            print(f"# {line}")


def skip(name, reason):
    global count
    count += 1
    print(f"ok {count} {name} # SKIP {reason}")


def run(*args, env=None, cwd=None):
    p = subprocess.run(list(args), capture_output=True, text=True, env=env, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


def linguas(podir):
    path = os.path.join(podir, "LINGUAS")
    with open(path, encoding="utf-8") as f:
        return [w for line in f for w in line.split("#")[0].split()]


# flatpak ---------------------------------------------------------------------

ALLOWED_FINISH_ARGS = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}


def check_flatpak(manifest_path, schema_path):
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    check("manifest is JSON", isinstance(manifest, dict))

    try:
        import jsonschema
    except ImportError:
        jsonschema = None
    if jsonschema:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(manifest), key=str)
        check("manifest matches the manifest schema", not errors,
              "\n".join(f"{list(e.path)}: {e.message}" for e in errors))
    else:
        skip("manifest matches the manifest schema", "python3-jsonschema is not installed")

    builder = shutil.which("flatpak-builder")
    if builder:
        # flatpak-builder makes its state directory in the working directory
        with tempfile.TemporaryDirectory(prefix="headroom-flatpak-") as cwd:
            code, out, err = run(builder, "--show-manifest", os.path.abspath(manifest_path), cwd=cwd)
        check("flatpak-builder --show-manifest parses it without a warning",
              code == 0 and err.strip() == "", err)
    else:
        skip("flatpak-builder --show-manifest parses it without a warning", "flatpak-builder is not installed")

    check("app id", manifest.get("id") == APP_ID, manifest.get("id"))
    check("GNOME 47 runtime and SDK",
          manifest.get("runtime") == "org.gnome.Platform" and manifest.get("sdk") == "org.gnome.Sdk"
          and manifest.get("runtime-version") == "47", manifest)
    check("command is headroom", manifest.get("command") == "headroom")

    args = manifest.get("finish-args", [])
    check("no file system access: files come through portals",
          not [a for a in args if a.startswith("--filesystem")], args)
    check("no network", "--share=network" not in args, args)
    check("no full X11 or device access",
          "--socket=x11" not in args and "--device=all" not in args, args)
    check("only ipc, wayland, fallback-x11 and dri", set(args) == ALLOWED_FINISH_ARGS, args)
    check("finish-args have no duplicates", len(args) == len(set(args)), args)

    modules = manifest.get("modules", [])
    last = modules[-1] if modules else {}
    check("Headroom is the last module, built with meson",
          last.get("name") == "headroom" and last.get("buildsystem") == "meson", last)
    sources = last.get("sources", [])
    source_dir = os.path.normpath(os.path.join(os.path.dirname(manifest_path),
                                               sources[0].get("path", ""))) if sources else ""
    check("its source is this tree", os.path.isfile(os.path.join(source_dir, "meson.build")), source_dir)


# install ---------------------------------------------------------------------

def check_install(builddir, srcdir, meson, translations):
    tmp = tempfile.mkdtemp(prefix="headroom-install-")
    try:
        dest = os.path.join(tmp, "dest")
        code, out, err = run(meson, "install", "-C", builddir, "--no-rebuild", "--destdir", dest)
        check("meson install into a temporary destdir", code == 0, out + err)

        code, out, err = run(meson, "introspect", builddir, "--buildoptions")
        options = {o["name"]: o["value"] for o in json.loads(out)} if code == 0 else {}
        prefix = options.get("prefix", "/usr/local")
        root = os.path.join(dest, prefix.lstrip("/"))
        datadir = os.path.join(root, options.get("datadir", "share"))
        bindir = os.path.join(root, options.get("bindir", "bin"))
        libexecdir = os.path.join(root, options.get("libexecdir", "libexec"))
        localedir = os.path.join(root, options.get("localedir", "share/locale"))

        expected = [
            os.path.join(bindir, "headroom-cli"),
            os.path.join(datadir, "applications", APP_ID + ".desktop"),
            os.path.join(datadir, "metainfo", APP_ID + ".metainfo.xml"),
            os.path.join(datadir, "icons/hicolor/scalable/apps", APP_ID + ".svg"),
            os.path.join(datadir, "icons/hicolor/symbolic/apps", APP_ID + "-symbolic.svg"),
            os.path.join(datadir, "glib-2.0/schemas", APP_ID + ".gschema.xml"),
            os.path.join(datadir, "mime/packages", APP_ID + ".xml"),
        ]
        gui = os.path.isdir(os.path.join(srcdir, "src", "gui"))
        if gui:
            expected.append(os.path.join(bindir, "headroom"))
        if os.path.isdir(os.path.join(srcdir, "src", "chart")):
            expected.append(os.path.join(libexecdir, "headroom-cli-export"))
        if translations:
            for lang in linguas(os.path.join(srcdir, "po")):
                expected.append(os.path.join(localedir, lang, "LC_MESSAGES", "headroom.mo"))
        for path in expected:
            check("installed " + os.path.relpath(path, dest), os.path.isfile(path))
        if not gui:
            skip("installed the headroom app", "src/gui is not in this tree")
        if not translations:
            skip("installed the translations", "po/ is not part of the build")
        for exe in ("bin/headroom-cli", "bin/headroom", "libexec/headroom-cli-export"):
            path = os.path.join(bindir if exe.startswith("bin/") else libexecdir, os.path.basename(exe))
            if os.path.exists(path):
                check(f"{exe} is executable", os.access(path, os.X_OK))

        # caches a distribution's triggers would build (meson's post-install
        # scripts skip them in a destdir install)
        mime_dir = os.path.join(datadir, "mime")
        code, out, err = run("update-mime-database", mime_dir) if shutil.which("update-mime-database") else (None, "", "")
        if code is None:
            skip(".headroom media type in the MIME database", "update-mime-database is not installed")
        else:
            check("update-mime-database accepts the media type", code == 0 and "Error" not in err and "Warning" not in err,
                  out + err)
            globs = open(os.path.join(mime_dir, "globs2"), encoding="utf-8").read() if code == 0 else ""
            icons = open(os.path.join(mime_dir, "icons"), encoding="utf-8").read() if code == 0 else ""
            check("*.headroom is application/x-headroom", f":{MEDIA_TYPE}:*.headroom" in globs, globs)
            check("application/x-headroom has the app icon", f"{MEDIA_TYPE}:{APP_ID}" in icons, icons)

        apps_dir = os.path.join(datadir, "applications")
        if shutil.which("update-desktop-database"):
            code, out, err = run("update-desktop-database", apps_dir)
            cache = os.path.join(apps_dir, "mimeinfo.cache")
            cache_text = open(cache, encoding="utf-8").read() if os.path.isfile(cache) else ""
            check("update-desktop-database lists Headroom for application/x-headroom",
                  code == 0 and f"{MEDIA_TYPE}={APP_ID}.desktop;" in cache_text, err + cache_text)
        else:
            skip("update-desktop-database lists Headroom for application/x-headroom",
                 "update-desktop-database is not installed")

        schema_dir = os.path.join(datadir, "glib-2.0/schemas")
        code, out, err = run("glib-compile-schemas", "--strict", schema_dir)
        check("installed schema compiles", code == 0, err)

        check_association(tmp, datadir, bindir, schema_dir, gui)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


ASSOCIATION_PROBE = r"""
import gi
gi.require_version("Gio", "2.0")
from gi.repository import Gio
content_type, _ = Gio.content_type_guess("plan.headroom", None)
app = Gio.AppInfo.get_default_for_type(content_type, False)
icon = Gio.content_type_get_icon(content_type)
settings = Gio.Settings.new("io.github.headroom.Headroom")
print(content_type)
print(app.get_id() if app else "")
print(app.get_commandline() if app else "")
print(" ".join(icon.get_names()))
print(settings.get_string("chart-theme"), settings.get_int("window-width"), settings.get_double("hours-per-month"))
"""


def check_association(tmp, datadir, bindir, schema_dir, gui):
    """What a file manager sees: GIO with only the installed tree on its paths."""
    name = "a file manager opens .headroom with Headroom and shows its icon"
    python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
    if run(python, "-c", "import gi")[0] != 0:
        skip(name, "python3-gi is not installed")
        return
    if not gui:
        skip(name, "src/gui is not in this tree")
        return
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    env = {
        "PATH": bindir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_CONFIG_DIRS": os.path.join(home, "etc"),
        "XDG_DATA_DIRS": datadir,
        "GSETTINGS_BACKEND": "memory",
        "GSETTINGS_SCHEMA_DIR": schema_dir,
        "LC_ALL": "C.UTF-8",
    }
    code, out, err = run(python, "-c", ASSOCIATION_PROBE, env=env)
    lines = out.splitlines() + [""] * 5
    check("GIO guesses application/x-headroom for plan.headroom", code == 0 and lines[0] == MEDIA_TYPE, out + err)
    check("the default app for it is Headroom", lines[1] == APP_ID + ".desktop", out + err)
    check("it opens the files with headroom %F", lines[2] == "headroom %F", out + err)
    check("the file icon is the app icon", APP_ID in lines[3].split(), out + err)
    check("installed schema defaults", lines[4] == "light 1280 160.0", out + err)


# translations ----------------------------------------------------------------

def check_translations(podir):
    langs = linguas(podir)
    if not langs:
        print("1..0 # SKIP no languages in po/LINGUAS")
        return
    for lang in langs:
        po = os.path.join(podir, lang + ".po")
        check(f"{lang}.po exists", os.path.isfile(po))
        if not os.path.isfile(po):
            continue
        text = open(po, encoding="utf-8").read()
        check(f"{lang}.po is UTF-8", "charset=UTF-8" in text)
        code, out, err = run("msgfmt", "--check", "--statistics", "-o", os.devnull, po,
                             env={**os.environ, "LC_ALL": "C"})
        check(f"{lang}.po passes msgfmt --check", code == 0, err)
        stats = err.strip()
        check(f"{lang}.po has no untranslated or fuzzy messages",
              re.fullmatch(r"\d+ translated messages?\.", stats) is not None, stats)
        pot = os.path.join(podir, "headroom.pot")
        if os.path.isfile(pot):
            code, out, err = run("msgcmp", "--use-untranslated", po, pot)
            check(f"{lang}.po covers every message of headroom.pot", code == 0, err)


def translatable_sources(srcdir):
    c_call = re.compile(r"(?<![A-Za-z0-9_])(N?_|C_|NC_|Q_|g_dngettext|ngettext|g_dpgettext2?)\s*\(")
    found = []
    for top in ("src", "ui", "data"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(srcdir, top)):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, srcdir)
                if name.endswith(".c"):
                    with open(path, encoding="utf-8", errors="replace") as f:
                        if c_call.search(f.read()):
                            found.append(rel)
                elif name.endswith(".ui"):
                    with open(path, encoding="utf-8", errors="replace") as f:
                        if 'translatable="yes"' in f.read():
                            found.append(rel)
                elif name.endswith((".desktop.in", ".metainfo.xml.in", ".mime.xml.in", ".gschema.xml")):
                    found.append(rel)
    return found


def check_potfiles(srcdir):
    with open(os.path.join(srcdir, "po", "POTFILES.in"), encoding="utf-8") as f:
        listed = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    missing = [p for p in listed if not os.path.isfile(os.path.join(srcdir, p))]
    check("every file in po/POTFILES.in exists", not missing, "\n".join(missing))
    unlisted = [p for p in translatable_sources(srcdir) if p not in listed]
    check("every file with translatable strings is in po/POTFILES.in", not unlisted,
          "add to po/POTFILES.in:\n" + "\n".join(unlisted))
    check("po/POTFILES.in has no duplicates", len(listed) == len(set(listed)))


def check_merged(desktop, metainfo, mime, podir):
    langs = linguas(podir)
    if not langs:
        print("1..0 # SKIP no languages in po/LINGUAS")
        return
    text = open(desktop, encoding="utf-8").read()
    for lang in langs:
        for key in ("GenericName", "Comment", "Keywords"):
            check(f"desktop file has {key}[{lang}]", re.search(rf"^{key}\[{lang}\]=", text, re.M), text)
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    component = ET.parse(metainfo).getroot()
    mime_root = ET.parse(mime).getroot()
    for lang in langs:
        summaries = [e for e in component.findall("summary") if e.get(xml_lang) == lang]
        check(f"metainfo summary in {lang}", summaries)
        paragraphs = [e for e in component.iter("p") if e.get(xml_lang) == lang]
        check(f"metainfo description in {lang}", len(paragraphs) >= 3, len(paragraphs))
        captions = [e for e in component.iter("caption") if e.get(xml_lang) == lang]
        check(f"metainfo screenshot captions in {lang}", len(captions) == 2, len(captions))
        comments = [e for e in mime_root.iter("{http://www.freedesktop.org/standards/shared-mime-info}comment")
                    if e.get(xml_lang) == lang]
        check(f"media type comment in {lang}", comments)
    names = {e.text for e in component.findall("name")}
    check("the app name stays Headroom in every language", names == {"Headroom"}, names)


# icons -----------------------------------------------------------------------

def check_icons(srcdir):
    base = os.path.join(srcdir, "data", "icons", "hicolor")
    icons = {
        os.path.join(base, "scalable", "apps", APP_ID + ".svg"): "0 0 128 128",
        os.path.join(base, "symbolic", "apps", APP_ID + "-symbolic.svg"): "0 0 16 16",
    }
    rsvg = shutil.which("rsvg-convert")
    tmp = tempfile.mkdtemp(prefix="headroom-icons-")
    for path, viewbox in icons.items():
        name = os.path.basename(path)
        root = ET.parse(path).getroot()
        check(f"{name} has viewBox {viewbox}", root.get("viewBox") == viewbox, root.get("viewBox"))
        text = open(path, encoding="utf-8").read()
        check(f"{name} is self-contained (no external images or fonts)",
              "<image" not in text and "<text" not in text and "xlink:href=\"http" not in text)
        if rsvg:
            png = os.path.join(tmp, name + ".png")
            code, out, err = run(rsvg, "-w", "32", "-h", "32", "-o", png, path)
            check(f"{name} renders with librsvg", code == 0 and not err.strip()
                  and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n", err)
        else:
            skip(f"{name} renders with librsvg", "rsvg-convert is not installed")
    shutil.rmtree(tmp, ignore_errors=True)
    symbolic = open(list(icons)[1], encoding="utf-8").read()
    colours = set(re.findall(r"#[0-9a-fA-F]{3,6}\b", symbolic))
    check("the symbolic icon has one colour, for recolouring", len(colours) == 1, colours)


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "flatpak":
        check_flatpak(*args)
    elif command == "install":
        check_install(args[0], args[1], args[2], "--translations" in args[3:])
    elif command == "translations":
        check_translations(*args)
    elif command == "potfiles":
        check_potfiles(*args)
    elif command == "merged":
        check_merged(*args)
    elif command == "icons":
        check_icons(*args)
    else:
        sys.exit(f"unknown command {command}")
    if count:
        print(f"1..{count}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
