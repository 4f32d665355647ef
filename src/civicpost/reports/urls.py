from django.urls import path

from . import views

urlpatterns = [
    path("reports/annual/", views.AnnualReportChooser.as_view(), name="annual-report"),
    path("reports/annual/<int:year>/", views.AnnualReportPage.as_view(), name="annual-report-year"),
    path(
        "reports/annual/<int:year>/report.csv",
        views.AnnualReportCSV.as_view(),
        name="annual-report-csv",
    ),
    path(
        "reports/annual/<int:year>/report.pdf",
        views.AnnualReportPDF.as_view(),
        name="annual-report-pdf",
    ),
]
