"""Bulk audits: screen every post in a platform's own export of an account against the policy."""
