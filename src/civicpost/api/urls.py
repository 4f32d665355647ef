from django.urls import path

from . import views
from .api import api

urlpatterns = [
    path("api/", api.urls),
    path("api-tokens/", views.token_list, name="api-token-list"),
    path("api-tokens/<int:pk>/revoke/", views.token_revoke, name="api-token-revoke"),
]
