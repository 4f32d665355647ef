from django.urls import path

from . import views

urlpatterns = [
    path("posts/", views.post_list, name="post-list"),
    path("posts/new/", views.post_new, name="post-new"),
    path("posts/live/", views.live_panel, name="post-live"),
    path("posts/archive/", views.archive, name="post-archive"),
    path("posts/feed.atom", views.OfficialPostsFeed(), name="post-feed"),
    path("posts/connections/", views.connection_list, name="post-connections"),
    path("posts/connections/reconcile/", views.reconcile, name="post-reconcile"),
    path("posts/connections/<int:account_pk>/", views.connection_edit, name="post-connection"),
    path("posts/<int:pk>/", views.post_detail, name="post-detail"),
    path("posts/<int:pk>/send/", views.post_send, name="post-send"),
    path("posts/<int:pk>/change/", views.post_revise, name="post-revise"),
    path("posts/<int:pk>/advice/", views.post_advice, name="post-advice"),
    path("posts/<int:pk>/override/", views.post_override, name="post-override"),
    path("posts/<int:pk>/approve/", views.post_approve, name="post-approve"),
    path("posts/<int:pk>/reject/", views.post_reject, name="post-reject"),
    path("posts/<int:pk>/withdraw/", views.post_withdraw, name="post-withdraw"),
    path("posts/publications/<int:pk>/link/", views.publication_link, name="publication-link"),
]
