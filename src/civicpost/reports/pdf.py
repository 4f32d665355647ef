"""The annual report as a PDF (fpdf2: pure Python, no system packages).

Same sections, tables and bar charts as the page, with the council's name and the period at the
top of every page and "Page n of m" at the foot; each section is a bookmark in the PDF's outline.

fpdf2's built-in Helvetica covers Latin-1 only; text outside it (curly quotes, dashes, other
scripts) is written in its nearest Latin-1 form, and anything with none as "?". The page and the
CSV keep the text exactly as recorded.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from fpdf import FPDF
from fpdf.fonts import FontFace

from . import text
from .services import AnnualReport

FONT = "helvetica"
BLUE = (29, 112, 184)
ORANGE = (244, 119, 56)
RED = (212, 53, 28)
GREY = (80, 85, 90)
LIGHT = (243, 242, 241)
SEVERITY_COLOURS = {"advice": BLUE, "caution": ORANGE, "breach": RED}
PUNCTUATION = str.maketrans(
    {
        "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...",
        "•": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "−": "-",
    }
)  # fmt: skip


def latin1(value: Any) -> str:
    """The text in characters Helvetica can show (see the module's docstring)."""
    s = str(value).translate(PUNCTUATION)
    try:
        s.encode("latin-1")
        return s
    except UnicodeEncodeError:
        pass
    out = []
    for ch in s:
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
            out.append(base or "?")
    return "".join(out)


class ReportPDF(FPDF):
    def __init__(self, report: AnnualReport) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.report = report
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(auto=True, margin=18)
        self.set_title(latin1(f"Annual report on the social media policy, {report.label}"))
        self.set_author(latin1(report.council))
        self.set_subject("Annual report on the social media policy")
        self.set_creator("civicpost")
        self.set_lang("en-GB")

    def header(self) -> None:
        self.set_font(FONT, size=8)
        self.set_text_color(*GREY)
        self.cell(0, 5, latin1(f"{self.report.council} - {self.report.label}"), align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, size=8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # --- building blocks ----------------------------------------------------------------------

    def heading(self, title: str) -> None:
        if self.get_y() > self.h - 60:
            self.add_page()
        self.ln(3)
        self.start_section(latin1(title))
        self.set_font(FONT, style="B", size=14)
        self.multi_cell(0, 7, latin1(title), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, words: str, size: int = 10) -> None:
        self.set_font(FONT, size=size)
        self.multi_cell(0, 5, latin1(words), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def table_of(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[int] | None = None,
        numeric_from: int = 1,
    ) -> None:
        self.set_font(FONT, size=9)
        align = ["LEFT" if i < numeric_from else "RIGHT" for i in range(len(header))]
        with self.table(
            col_widths=widths,
            text_align=align,
            headings_style=FontFace(emphasis="BOLD", fill_color=LIGHT),
            line_height=5,
            padding=1,
            first_row_as_headings=True,
        ) as table:
            table.row([latin1(h) for h in header])
            for row in rows:
                table.row([latin1(c) for c in row])
        self.ln(3)

    def bars(
        self,
        rows: Sequence[tuple[str, Sequence[int]]],
        colours: Sequence[tuple[int, int, int]] = (BLUE,),
    ) -> None:
        """A horizontal bar chart: label, bar (stacked when there are several colours), value."""
        label_w, bar_w, row_h = 55.0, self.epw - 70, 6.0
        if self.get_y() + row_h * len(rows) > self.h - 20:
            self.add_page()
        biggest = max((sum(v) for _, v in rows), default=0) or 1
        self.set_font(FONT, size=8)
        for label, values in rows:
            y = self.get_y()
            self.set_xy(self.l_margin, y)
            self.cell(label_w - 2, row_h, latin1(text.short(label, 40)), align="R")
            x = self.l_margin + label_w
            for colour, n in zip(colours, values, strict=True):
                if n:
                    w = bar_w * n / biggest
                    self.set_fill_color(*colour)
                    self.rect(x, y + 1, w, row_h - 2, style="F")
                    x += w
            self.set_xy(x + 1.5, y)
            self.cell(15, row_h, str(sum(values)))
            self.set_xy(self.l_margin, y + row_h)
        self.set_fill_color(255, 255, 255)  # tables draw with the current fill colour
        self.ln(3)


def build_pdf(report: AnnualReport) -> bytes:
    """The report as PDF bytes."""
    pdf = ReportPDF(report)
    pdf.add_page()
    pdf.set_font(FONT, style="B", size=20)
    pdf.multi_cell(0, 9, "Annual report on the social media policy", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=12)
    pdf.multi_cell(0, 6, latin1(f"{report.council}, {report.label}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.para(text.INTRO)

    pdf.heading("The policy")
    pdf.para(text.policy_sentence(report))

    pdf.heading("Posts published")
    pdf.para(text.published_sentence(report))
    months = [(text.month_label(m), (n,)) for m, n in report.published_by_month]
    pdf.bars(months)
    pdf.table_of(
        ["Month", "Posts on accounts"], [(label, v[0]) for label, v in months], widths=(4, 1)
    )
    if report.published_by_account:
        pdf.table_of(["Account", "Posts"], report.published_by_account, widths=(4, 1))
        pdf.table_of(["Platform", "Posts"], report.published_by_platform, widths=(4, 1))
    pdf.table_of(["Drafts", "Number"], text.draft_rows(report), widths=(4, 1))

    pdf.heading("Checks made")
    pdf.para(text.checks_sentence(report))
    pdf.table_of(["Verdict of the check", "Revisions"], text.verdict_rows(report), widths=(4, 1))

    pdf.heading("Findings by clause")
    pdf.para(text.FINDINGS_NOTE)
    if report.findings_by_clause:
        severities = ("advice", "caution", "breach")
        pdf.bars(
            [(r.clause, (r.advice, r.caution, r.breach)) for r in report.findings_by_clause],
            colours=[SEVERITY_COLOURS[s] for s in severities],
        )
        pdf.para("Bars: advice (blue), caution (orange), breach (red).", size=8)
        pdf.table_of(
            ["Clause", "Advice", "Caution", "Breach", "Total"],
            [
                (f"{r.clause} {r.title}", r.advice, r.caution, r.breach, r.total)
                for r in report.findings_by_clause
            ],
            widths=(8, 2, 2, 2, 2),
        )
    else:
        pdf.para("No check found anything under any clause.")

    pdf.heading("Overrides")
    pdf.para(text.overrides_sentence(report))
    if report.overrides:
        pdf.table_of(
            ["Date", "Post", "Clauses", "Reason given"],
            [
                (f"{o.on:%-d %b %Y}", f"Post {o.post}", ", ".join(o.clauses), o.reason)
                for o in report.overrides
            ],
            widths=(3, 2, 2, 10),
            numeric_from=4,
        )

    pdf.heading("Authority to post and pre-election periods")
    pdf.para(text.authorities_sentence(report))
    if report.periods:
        pdf.table_of(
            ["Election", "Period began", "Polling day", "Covered"],
            [
                (p.election, f"{p.starts_on:%-d %b %Y}", f"{p.poll_on:%-d %b %Y}", p.scope)
                for p in report.periods
            ],
            widths=(6, 3, 3, 5),
            numeric_from=4,
        )
    else:
        pdf.para("No pre-election period fell in this year.")

    pdf.heading("Complaints of misuse")
    pdf.para(text.COMPLAINTS_NOTE)
    pdf.table_of(["Complaints", "Number"], text.complaint_rows(report), widths=(4, 1))
    pdf.table_of(
        ["Procedure", "Complaints received"], report.complaints_by_procedure, widths=(4, 1)
    )
    if report.complaint_stages_done:
        pdf.table_of(
            ["Procedure", "Stage", "Completed in the year"],
            [(s.procedure, s.stage, s.done) for s in report.complaint_stages_done],
            widths=(5, 5, 2),
            numeric_from=2,
        )

    pdf.heading("Past posts screened")
    pdf.para(text.audits_sentence(report))
    if report.audit_by_clause:
        pdf.table_of(
            ["Clause", "Posts flagged"],
            [(f"{c} {t}", n) for c, t, n in report.audit_by_clause],
            widths=(4, 1),
        )
    return bytes(pdf.output())
