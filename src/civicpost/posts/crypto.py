"""Connector secrets encrypted at rest with Fernet (AES-128-CBC + HMAC-SHA256).

The key is ``CIVICPOST_CREDENTIALS_KEY`` (a Fernet key) when set, else derived from
``SECRET_KEY`` with HKDF-SHA256, so rotating SECRET_KEY means entering the tokens again.
Plain secrets are never stored, shown again after entry, or logged.
"""

from __future__ import annotations

import base64
import os

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings


def _fernet() -> Fernet:
    key = os.environ.get("CIVICPOST_CREDENTIALS_KEY")
    if key:
        return Fernet(key.encode())
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"civicpost connector secrets"
    ).derive(settings.SECRET_KEY.encode())
    return Fernet(base64.urlsafe_b64encode(derived))


def encrypt(plain: str) -> str:
    return _fernet().encrypt(plain.encode()).decode()


def decrypt(token: str) -> str:
    """The plain secret; a clear error if the key changed since it was entered."""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as error:
        raise ValueError(
            "The stored access token cannot be read (the key has changed): enter it again."
        ) from error
