from django.urls import path

from . import views

urlpatterns = [
    path("me/", views.my_details, name="my-details"),
    path("people/", views.PersonList.as_view(), name="person-list"),
    path("people/add/", views.PersonCreate.as_view(), name="person-add"),
    path("people/<int:pk>/", views.PersonDetail.as_view(), name="person-detail"),
    path("people/<int:pk>/edit/", views.PersonUpdate.as_view(), name="person-edit"),
    path("people/<int:pk>/sign-in/", views.give_sign_in, name="person-sign-in"),
    path("roles/add/", views.RoleCreate.as_view(), name="role-add"),
    path("roles/<int:pk>/edit/", views.RoleUpdate.as_view(), name="role-edit"),
    path("roles/<int:pk>/end/", views.end_role, name="role-end"),
    path("platforms/", views.PlatformList.as_view(), name="platform-list"),
    path("platforms/add/", views.PlatformCreate.as_view(), name="platform-add"),
    path("platforms/<int:pk>/edit/", views.PlatformUpdate.as_view(), name="platform-edit"),
    path("social-accounts/", views.AccountList.as_view(), name="account-list"),
    path("social-accounts/add/", views.AccountCreate.as_view(), name="account-add"),
    path("social-accounts/<int:pk>/edit/", views.AccountUpdate.as_view(), name="account-edit"),
    path("social-accounts/<int:pk>/close/", views.close_account, name="account-close"),
    path("authorities/", views.AuthorityList.as_view(), name="authority-list"),
    path("authorities/add/", views.AuthorityCreate.as_view(), name="authority-add"),
    path("authorities/<int:pk>/edit/", views.AuthorityUpdate.as_view(), name="authority-edit"),
    path("authorities/<int:pk>/end/", views.end_authority, name="authority-end"),
]
