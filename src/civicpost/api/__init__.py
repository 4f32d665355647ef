"""The JSON API: token authentication, ``/api/check`` and read-only elections and periods."""
