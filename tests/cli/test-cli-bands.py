#!/usr/bin/env python3
"""headroom-cli bands and chart --bands / --chart drivers end to end (spec §6, §8)."""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
SRCDIR = sys.argv[2]
BANDS = os.path.join(SRCDIR, "conformance", "bands.headroom")
BASIC = os.path.join(SRCDIR, "conformance", "basic.headroom")
results = []


def run(*args):
    p = subprocess.run([CLI, *args], capture_output=True, text=True,
                       env={**os.environ, "LC_ALL": "C.UTF-8"})
    return p.returncode, p.stdout, p.stderr


def check(name, condition, detail=""):
    results.append((name, condition, detail))


def near(a, b):
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1, abs(b))


def same_bands(actual, expected):
    """Every number of the §8 layout to 1e-9, months and hires exactly."""
    if actual["samples"] != expected["samples"] or actual["confidence"] != expected["confidence"]:
        return False
    if actual["months"] != expected["months"] or set(actual["roles"]) != set(expected["roles"]):
        return False
    for role, metrics in expected["roles"].items():
        for metric, bands in metrics.items():
            if metric == "p_over":
                if not all(map(near, actual["roles"][role]["p_over"], bands)):
                    return False
                continue
            for band, values in bands.items():
                if not all(map(near, actual["roles"][role][metric][band], values)):
                    return False
    for total, bands in expected["totals"].items():
        for band, values in bands.items():
            if not all(map(near, actual["totals"][total][band], values)):
                return False
    key = lambda h: (h["role"], h["month"])
    return sorted(actual["hiring_plan"], key=key) == sorted(expected["hiring_plan"], key=key)


for scenario, name in ((None, "bands.expected.json"), ("no-reviews", "bands.no-reviews.expected.json")):
    with open(os.path.join(SRCDIR, "conformance", name)) as f:
        expected = json.load(f)
    args = ["bands", BANDS, "--format", "json"] + (["--scenario", scenario] if scenario else [])
    code, out, err = run(*args)
    actual = json.loads(out) if code == 0 else {}
    check(f"bands json of {scenario or 'the baseline'} starts with the keys of §8", code == 0 and
          list(actual)[:6] == ["samples", "confidence", "months", "roles", "totals", "hiring_plan"], out[:300] + err)
    check(f"bands json of {scenario or 'the baseline'} agrees with the conformance example",
          code == 0 and same_bands(actual, expected), out[:300] + err)

code, out, err = run("bands", BANDS)
check("bands text says the need at confidence and on the average",
      code == 0 and "With 80% confidence the team requires 5.0 FTE by Jun 2027 (4.3 on the average)." in out, out + err)
# drivers named as people read them (the plan has ids only), ranked by spread
check("bands text ranks the drivers", code == 0
      and 0 <= out.find("1. mid · Reactive hours per account, 1 to 2.5 h: ")
      < out.find("3. csm · Shrinkage, 5% to 20%: "), out)

code, out, err = run("bands", BANDS, "--format", "csv")
rows = list(csv.reader(io.StringIO(out))) if code == 0 else []
check("bands csv: a header and a row a month", code == 0 and len(rows) == 7 and rows[0][0] == "month"
      and rows[1][0] == "2027-01", out[:300] + err)
check("bands csv: the numbers of the json", code == 0 and
      near(float(rows[1][rows[0].index("csm required_fte p90")]), 3.535651430078066), out[:300])

code, out, err = run("bands", BASIC)
check("a plan without ranges is refused with how to add one", code != 0 and "no ranges" in err, out + err)
code, out, err = run("bands", BANDS, "--scenario", "nope")
check("an unknown scenario is named", code != 0 and "nope" in err, out + err)

with tempfile.TemporaryDirectory() as tmp:
    for extra, name in ((["--bands"], "effort.png"), (["--bands", "--chart", "headcount"], "headcount.svg"),
                        (["--bands", "--chart", "scenarios", "--scenario", "no-reviews"], "scenarios.pdf"),
                        (["--chart", "drivers"], "drivers.png")):
        path = os.path.join(tmp, name)
        code, out, err = run("chart", BANDS, *extra, "-o", path)
        check(f"chart {' '.join(extra)} writes {name}", code == 0 and os.path.getsize(path) > 1000, out + err)
    # the workbook's Bands sheet holds the numbers of headroom-cli bands
    xlsx = os.path.join(tmp, "bands.xlsx")
    code, out, err = run("workbook", BANDS, "-o", xlsx)
    _, out, _ = run("bands", BANDS, "--format", "json")
    bands = json.loads(out)
    try:
        import openpyxl
    except ImportError:
        openpyxl = None
    if code == 0 and openpyxl is not None:
        sheet = openpyxl.load_workbook(xlsx)["Bands"]
        head = [c.value for c in sheet[1]]
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        bad = []
        for row in rows:
            t = bands["months"].index(row[0].strftime("%Y-%m"))
            role = bands["roles"][row[1]]
            for i, metric in enumerate(("workload", "required_fte", "load")):
                for j, band in enumerate(("p10", "p50", "p90", "pc")):
                    if not near(row[3 + 4 * i + j], role[metric][band][t]):
                        bad.append((row[1], t, metric, band))
            if not near(row[15], role["p_over"][t]):
                bad.append((row[1], t, "p_over"))
        check("the workbook's Bands sheet holds the bands' numbers", head[6] == "Workload hours P80" and
              len(rows) == 12 and not bad, bad[:5])
    else:
        check("the workbook of a plan with ranges", code == 0, err)
    code, out, err = run("workbook", BASIC, "-o", os.path.join(tmp, "basic.xlsx"))
    if code == 0 and openpyxl is not None:
        check("no Bands sheet without ranges",
              "Bands" not in openpyxl.load_workbook(os.path.join(tmp, "basic.xlsx")).sheetnames)
    code, out, err = run("chart", BASIC, "--bands", "-o", os.path.join(tmp, "none.png"))
    check("chart --bands of a plan without ranges says so", code != 0 and "no ranges" in err, out + err)

for i, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} {name}")
    if not ok:
        for line in str(detail).splitlines()[:20]:
            print(f"# {line}")
print(f"1..{len(results)}")
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
