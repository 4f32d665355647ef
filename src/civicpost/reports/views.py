"""The annual report's pages (the Clerk only): the report, and its CSV and PDF downloads."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views import View

from civicpost.people.models import today
from civicpost.web.mixins import ClerkRequiredMixin

from . import charts, csvexport, pdf, services, text
from .forms import YearForm


def _year_or_404(year: int) -> tuple[Any, Any]:
    if not 2000 <= year <= services.council_year(today()):
        raise Http404("There is no report for that year.")
    return services.year_bounds(year)


def _filename(year: int, ext: str) -> str:
    return f"annual-report-{year}-{(year + 1) % 100:02d}.{ext}"


def page_context(report: services.AnnualReport) -> dict[str, Any]:
    """Everything the page shows beside the report itself: charts and table rows."""
    months = [(text.month_label(m), (n,)) for m, n in report.published_by_month]
    severities = [
        charts.Series("advice", "app-chart__advice"),
        charts.Series("caution", "app-chart__caution"),
        charts.Series("breach", "app-chart__breach"),
    ]
    return {
        "report": report,
        "year_label": services.year_label(report.year),
        "intro": text.INTRO,
        "findings_note": text.FINDINGS_NOTE,
        "complaints_note": text.COMPLAINTS_NOTE,
        "policy_sentence": text.policy_sentence(report),
        "published_sentence": text.published_sentence(report),
        "checks_sentence": text.checks_sentence(report),
        "overrides_sentence": text.overrides_sentence(report),
        "authorities_sentence": text.authorities_sentence(report),
        "audits_sentence": text.audits_sentence(report),
        "month_rows": [(label, v[0]) for label, v in months],
        "month_chart": charts.bar_chart(
            "chart-months", "Official posts published by month", months, width=460
        ),
        "draft_rows": text.draft_rows(report),
        "verdict_rows": text.verdict_rows(report),
        "complaint_rows": text.complaint_rows(report),
        "findings_chart": charts.bar_chart(
            "chart-clauses",
            "Revisions with findings, by clause and severity",
            [(r.clause, (r.advice, r.caution, r.breach)) for r in report.findings_by_clause],
            severities,
        )
        if report.findings_by_clause
        else "",
    }


class AnnualReportChooser(ClerkRequiredMixin, View):
    """The current council year's report, or the year chosen in the form."""

    def get(self, request: HttpRequest) -> HttpResponse:
        years = services.years_available(today())
        if "year" in request.GET:
            form = YearForm(request.GET, years=years)
            if form.is_valid():
                return redirect("annual-report-year", form.cleaned_data["year"])
            return self.show(request, years[0], form)
        return self.show(request, years[0])

    @staticmethod
    def show(request: HttpRequest, year: int, form: YearForm | None = None) -> HttpResponse:
        first, last = _year_or_404(year)
        years = sorted({*services.years_available(today()), year}, reverse=True)
        form = form or YearForm(initial={"year": year}, years=years)
        context = page_context(services.annual_report(first, last))
        return render(request, "reports/annual.html", {**context, "form": form})


class AnnualReportPage(ClerkRequiredMixin, View):
    def get(self, request: HttpRequest, year: int) -> HttpResponse:
        return AnnualReportChooser.show(request, year)


class AnnualReportCSV(ClerkRequiredMixin, View):
    def get(self, request: HttpRequest, year: int) -> HttpResponse:
        report = services.annual_report(*_year_or_404(year))
        response = HttpResponse(csvexport.as_csv(report), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{_filename(year, "csv")}"'
        return response


class AnnualReportPDF(ClerkRequiredMixin, View):
    def get(self, request: HttpRequest, year: int) -> HttpResponse:
        report = services.annual_report(*_year_or_404(year))
        response = HttpResponse(pdf.build_pdf(report), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{_filename(year, "pdf")}"'
        return response
