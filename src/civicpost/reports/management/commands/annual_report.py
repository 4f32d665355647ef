"""``civicpost manage annual_report --year 2026 --format csv|pdf --output FILE``.

For the Clerk who prefers files: the same annual report as the page's downloads. ``--year`` is
the council year by the year it starts (2026 is 1 April 2026 to 31 March 2027); the current
council year when left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from civicpost.people.models import today
from civicpost.reports import csvexport, pdf, services


class Command(BaseCommand):
    help = "Write the annual report on the social media policy as CSV or PDF."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, help="council year, e.g. 2026 for 2026-27")
        parser.add_argument("--format", choices=["csv", "pdf"], default="pdf")
        parser.add_argument("--output", required=True, help="file to write ('-' for stdout, CSV)")

    def handle(self, *args: Any, **options: Any) -> None:
        year = options["year"] or services.council_year(today())
        if not 2000 <= year <= services.council_year(today()):
            raise CommandError(f"There is no report for {year}: choose a year up to now.")
        report = services.annual_report(*services.year_bounds(year))
        output = options["output"]
        if options["format"] == "csv":
            data = csvexport.as_csv(report)
            if output == "-":
                self.stdout.write(data, ending="")
                return
            Path(output).write_text(data, encoding="utf-8", newline="")
        else:
            if output == "-":
                raise CommandError("Write the PDF to a file: --output report.pdf")
            Path(output).write_bytes(pdf.build_pdf(report))
        self.stderr.write(f"Wrote the {services.year_label(year)} report to {output}")
