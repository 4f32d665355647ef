"""``civicpost timetable``: the timetable and the period from the command line."""

from __future__ import annotations

import json

from civicpost.cli import main


def test_prints_the_2028_timetable_and_period(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["timetable", "2028-05-04", "--no-database"]) == 0
    out = capsys.readouterr().out
    assert "Mon 27 Mar 2028" in out and "Notice of election" in out
    assert "00:00 Mon 27 Mar 2028 to 22:00 Thu 4 May 2028 Europe/London (BST to BST)" in out


def test_json_and_an_extra_day(capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["timetable", "2028-05-04", "--no-database", "--format", "json"]
    assert main([*args, "--extra-day", "2028-04-20=Day of mourning"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["timetable"][0] == {
        "step": "notice_of_election",
        "label": "Notice of election published (latest day)",
        "date": "2028-03-24",
        "time": None,
        "law": "SI 2006/3305 Sch 2 r.1",
        "url": "https://www.legislation.gov.uk/uksi/2006/3305/schedule/2/made",
    }
    assert data["pre_election_period"]["start"] == "2028-03-24T00:00:00+00:00"  # still GMT
    assert data["pre_election_period"]["end"] == "2028-05-04T22:00:00+01:00"


def test_after_2028_it_says_where_the_bank_holidays_come_from(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["timetable", "2029-05-03", "--no-database"]) == 0
    out = capsys.readouterr().out
    assert "Tue 27 Mar 2029" in out and "`holidays` package" in out
