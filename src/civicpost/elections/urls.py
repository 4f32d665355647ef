from django.urls import path

from . import views

urlpatterns = [
    path("elections/", views.election_list, name="election-list"),
    path("elections/add/", views.ElectionCreate.as_view(), name="election-add"),
    path("elections/<int:pk>/", views.election_detail, name="election-detail"),
    path("elections/<int:pk>/edit/", views.ElectionUpdate.as_view(), name="election-edit"),
    path("elections/<int:pk>/combined/add/", views.combined_poll_add, name="combined-poll-add"),
    path("elections/<int:pk>/candidates/add/", views.candidacy_add, name="candidacy-add"),
    path("elections/reminders/", views.start_reminders, name="election-reminders"),
    path("elections/wards/", views.WardList.as_view(), name="ward-list"),
    path("elections/wards/add/", views.WardCreate.as_view(), name="ward-add"),
    path("elections/wards/<int:pk>/edit/", views.WardUpdate.as_view(), name="ward-edit"),
    path("elections/calendar/", views.ExcludedDayList.as_view(), name="excluded-day-list"),
    path("elections/calendar/add/", views.ExcludedDayCreate.as_view(), name="excluded-day-add"),
    path(
        "elections/calendar/<int:pk>/withdraw/",
        views.excluded_day_withdraw,
        name="excluded-day-withdraw",
    ),
    path("candidacies/<int:pk>/", views.candidacy_detail, name="candidacy-detail"),
    path("candidacies/<int:pk>/edit/", views.candidacy_edit, name="candidacy-edit"),
    path("candidacies/<int:pk>/return/", views.spending_return, name="spending-return"),
    path("candidacies/<int:pk>/spending/add/", views.expenditure_add, name="expenditure-add"),
    path("spending/<int:pk>/withdraw/", views.expenditure_withdraw, name="expenditure-withdraw"),
    path("spending/<int:pk>/invoice/", views.expenditure_invoice, name="expenditure-invoice"),
]
