#!/usr/bin/env python3
"""headroom-cli activities import of XLSX workbooks: Headroom's own export
back to the identical plan, a leader's spreadsheet made with openpyxl (a
title row, a two-row header merged over its hours, a stage merged down its
moments, blank rows, a date column, shared strings, a second sheet), and
broken files refused with the file's name and nothing written."""
import datetime
import os
import subprocess
import sys
import tempfile
import zipfile

from packtest import check, finish, skip

CLI = sys.argv[1]
ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANGUAGE": "en"}

try:
    import openpyxl
except ImportError:
    openpyxl = None


def run(*args):
    p = subprocess.run([CLI, *args], capture_output=True, text=True, env=ENV)
    return p.returncode, p.stdout, p.stderr


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def leader_workbook(path, kickoff_prep=2):
    """A journey sheet as a CS leader keeps it"""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Journey FY27"
    ws.append(["Customer journey FY27 — owned by CS Ops"])
    ws.merge_cells("A1:J1")
    ws.append([])
    ws.append(["Activity", "Stage", "Owner", "Month", "Repeat", "Hours", None, None, "Enterprise", "Scale",
               "Last reviewed"])
    ws.merge_cells("F3:H3")
    ws.append([None, None, None, None, None, "Preparation", "Execution", "Follow-up", None, None, None])
    for column in "ABCDEIJK":
        ws.merge_cells(f"{column}3:{column}4")
    ws.append(["Kickoff", "Kickoff", "Onboarding Specialists", 0, 0, kickoff_prep, 1.5, 1, "one to one x1.5",
               "1:many (groups of 20)", datetime.date(2026, 11, 3)])
    ws.append([])
    ws.append(["Quarterly review", "Alignment Meetings", "csm", 3, 3, 1, 1, 0.5, "1:1", "digital",
               datetime.date(2026, 12, 1)])
    ws.append(["Executive check-in", None, "csm", 6, 6, 0.5, 1, 0.25, "1:1", "skip", datetime.date(2026, 12, 1)])
    # the stage of the quarterly review holds for the check-in below it
    ws.merge_cells("B7:B8")
    for row in range(5, 9):
        ws.cell(row, 11).number_format = "dd/mm/yyyy"
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Nothing to import here"
    wb.save(path)


with tempfile.TemporaryDirectory() as tmp:
    plan = os.path.join(tmp, "sample.headroom")
    code, out, err = run("sample", "-o", plan)
    check("sample plan written", code == 0, err)

    # --- Headroom's own export, back ---
    xlsx = os.path.join(tmp, "activities.xlsx")
    csv = os.path.join(tmp, "activities.csv")
    run("activities", "export", plan, "-o", xlsx)
    run("activities", "export", plan, "-o", csv)
    code, out, err = run("activities", "import", plan, xlsx)
    check("import of its own XLSX export changes nothing", code == 0 and "nothing to change" in out and err == "",
          out + err)
    from_xlsx = os.path.join(tmp, "from-xlsx.headroom")
    from_csv = os.path.join(tmp, "from-csv.headroom")
    run("activities", "import", plan, xlsx, "-o", from_xlsx)
    run("activities", "import", plan, csv, "-o", from_csv)
    same = all(run(cmd, plan, *extra)[1] == run(cmd, from_xlsx, *extra)[1]
               for cmd, extra in (("forecast", ()), ("compare", ("--format", "json"))))
    check("round trip: export XLSX, import, the identical plan (the CSV round trip's bytes, same forecast)",
          os.path.exists(from_xlsx) and read(from_xlsx) == read(from_csv) and same
          and run("activities", "export", from_xlsx)[1] == read(csv))

    # hours to the last digit Excel shows (the workbook keeps 16 digits)
    fine = os.path.join(tmp, "fine.headroom")
    fine_xlsx = os.path.join(tmp, "fine.xlsx")
    fine_csv = os.path.join(tmp, "fine.csv")
    with open(csv, encoding="utf-8") as f:
        rows = f.read().replace("kickoff,Kickoff,kickoff,onboarding,0,0,,1.5,", "kickoff,Kickoff,kickoff,onboarding,0,0,,1.23456789012345,")
    with open(fine_csv, "w", encoding="utf-8") as f:
        f.write(rows)
    code, out, err = run("activities", "import", plan, fine_csv, "-o", fine)
    run("activities", "export", fine, "-o", fine_xlsx)
    code, out, err = run("activities", "import", fine, fine_xlsx)
    check("hours of 15 digits come back from XLSX unchanged", code == 0 and "nothing to change" in out, out + err)

    # --- a leader's spreadsheet ---
    if openpyxl is None:
        skip("a leader's workbook", "no openpyxl")
    else:
        leader = os.path.join(tmp, "journey.xlsx")
        leader_workbook(leader)
        updated = os.path.join(tmp, "updated.headroom")
        code, out, err = run("activities", "import", plan, leader, "--keep-missing", "-o", updated)
        check("a leader's workbook: its title row skipped, its two-row header read, moments added and changed",
              code == 0 and "~ kickoff: prep 1.5 → 2" in out and "+ Adds “Quarterly review” (quarterly-review)" in out
              and "+ Adds “Executive check-in” (executive-check-in)" in out and "Removes" not in out
              and f"{leader}: Journey FY27, row 3: the table’s header; the rows above it are not read" in err
              and "“Last reviewed” is not used" in err, out + err)
        exported = run("activities", "export", updated)[1].splitlines()
        check("the stage merged down its moments gives the check-in its stage, hours and treatments",
              "executive-check-in,Executive check-in,alignment_meeting,csm,6,6,,0.5,1,0.25,one_to_one,one_to_one,skip"
              in exported
              and "quarterly-review,Quarterly review,alignment_meeting,csm,3,3,,1,1,0.5,one_to_one,one_to_one,digital"
              in exported, "\n".join(exported))
        code, out, err = run("forecast", updated)
        check("the updated plan forecasts", code == 0, err)

        code, out, err = run("activities", "import", plan, leader, "--sheet", "notes")
        check("--sheet reads the sheet named, whatever its case",
              code == 2 and err.startswith(f"{leader}: Notes, row 1: no column names the moments"), err)
        code, out, err = run("activities", "import", plan, leader, "--sheet", "Plan")
        check("--sheet of a sheet the workbook lacks lists those it has",
              code == 2 and f"{leader}: the workbook has no worksheet “Plan”; it has Journey FY27, Notes" in err,
              err)

        broken = os.path.join(tmp, "broken.xlsx")
        wb = openpyxl.load_workbook(leader)
        wb.active["F5"] = "two"
        wb.active["I7"] = "sometimes"
        wb.save(broken)
        untouched = os.path.join(tmp, "untouched.headroom")
        code, out, err = run("activities", "import", plan, broken, "--keep-missing", "-o", untouched)
        check("problems name their cell, nothing is written",
              code == 2 and f"{broken}: 'Journey FY27'!F5: Preparation: “two” is not a number of hours" in err
              and f"{broken}: 'Journey FY27'!I7: Enterprise: “sometimes” is not a treatment" in err
              and len(err.splitlines()) == 2
              and not os.path.exists(untouched), err)

    # --- files that are no workbook ---
    with open(xlsx, "rb") as f:
        whole = f.read()
    cases = [
        ("cut.xlsx", whole[:len(whole) // 3], "is not an XLSX workbook: "),
        ("renamed.xlsx", read(csv).encode(), "is not an XLSX workbook: it is not a zip file"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
         "is not an XLSX workbook: it is an Excel 97–2003 workbook (.xls) or one with a password"),
        ("empty.xlsx", b"", "is not an XLSX workbook: it is not a zip file"),
    ]
    plain_zip = os.path.join(tmp, "photos.xlsx")
    with zipfile.ZipFile(plain_zip, "w") as z:
        z.writestr("photo.txt", "not a workbook")
    with open(plain_zip, "rb") as f:
        cases.append(("photos.xlsx", f.read(), "is not an XLSX workbook: the zip file holds no workbook"))
    for name, data, message in cases:
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        out_plan = os.path.join(tmp, name + ".headroom")
        code, out, err = run("activities", "import", plan, path, "-o", out_plan)
        check(f"{name}: refused with the file's name, nothing written",
              code == 2 and err.startswith(path + " " + message) and not os.path.exists(out_plan), err)

finish()
