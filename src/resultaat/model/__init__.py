"""Describe: the records, the Model that holds them, the builder, and model files in and out.

Imports only the shared base (``resultaat._errors`` and friends) and ``text``.
"""
