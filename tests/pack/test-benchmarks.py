#!/usr/bin/env python3
"""The benchmarks the pack cites (data/pack/benchmarks.xml): every one has a
value, a use, and a source that says what it says or the reason it is
Headroom's own default; and xgettext, with the ITS rules in po/its, takes
every sentence of it for translation and nothing else (no number, name,
title or address)."""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from packtest import check, finish

SRCDIR = sys.argv[1]
DATA = os.path.join(SRCDIR, "data", "pack", "benchmarks.xml")


def text(element, tag):
    found = element.find(tag)
    return " ".join(found.text.split()) if found is not None and found.text else None


root = ET.parse(DATA).getroot()
benchmarks = root.findall("benchmark")
ids = [b.get("id") for b in benchmarks]
check("the pack cites the four benchmarks of the issue, each once",
      ids == ["utilisation", "arr-per-csm", "book-limit", "cost-share"], ids)
problems = []
sentences = []
others = []
for b in benchmarks:
    value = b.find("value")
    source = b.find("source")
    default = text(b, "default")
    if value is None or value.get("kind") not in ("percent", "money") \
            or not (value.get("amount") or (value.get("from") and value.get("to"))):
        problems.append(f"{b.get('id')}: no value of a known kind")
    if not text(b, "label") or not text(b, "use"):
        problems.append(f"{b.get('id')}: no label or use")
    if (source is None) == (default is None):
        problems.append(f"{b.get('id')}: a source or a default, one of them")
    if source is not None:
        if not text(source, "says") or not text(source, "title") or not text(source, "publisher"):
            problems.append(f"{b.get('id')}: a source names its title and publisher and says what it says")
        url = text(source, "url")
        if url and not url.startswith("https://"):
            problems.append(f"{b.get('id')}: {url} is not https")
        sentences.append(text(source, "says"))
        others += [t for t in (text(source, "title"), text(source, "publisher"), url, text(source, "author")) if t]
    sentences += [t for t in (text(b, "label"), text(b, "use"), default) if t]
check("every benchmark has a value, a use and a source that says, or Headroom's reason", not problems, "\n".join(problems))

env = {**os.environ, "GETTEXTDATADIRS": os.path.join(SRCDIR, "po"), "LC_ALL": "C"}
p = subprocess.run(["xgettext", "--from-code=UTF-8", "--omit-header", "-o", "-", DATA],
                   capture_output=True, text=True, env=env)
check("xgettext reads the benchmarks with Headroom's ITS rules", p.returncode == 0 and "unknown" not in p.stderr,
      p.stderr)
msgids = []
current = None
for line in p.stdout.splitlines():
    if line.startswith("msgid "):
        current = [line[len("msgid "):]]
    elif line.startswith('"') and current is not None:
        current.append(line)
    elif current is not None:
        msgids.append("".join(s.strip('"') for s in current).replace('\\"', '"'))
        current = None
if current is not None:
    msgids.append("".join(s.strip('"') for s in current))
missing = [s for s in sentences if s not in msgids]
check("every sentence of the benchmarks is extracted for translation", not missing and msgids, "\n".join(missing))
leaked = [s for s in others if s in msgids]
check("no title, publisher, author or address is", not leaked, "\n".join(leaked))
with open(os.path.join(SRCDIR, "po", "POTFILES.in"), encoding="utf-8") as f:
    check("po/POTFILES.in lists the benchmarks", "data/pack/benchmarks.xml" in f.read().split())

finish()
