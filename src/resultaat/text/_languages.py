"""The languages resultaat writes in, and the one check of a language setting."""

from __future__ import annotations

LANGUAGES = ("en", "nl")
"""The language codes resultaat has text for, as written (lower case)."""

UNKNOWN_LANGUAGE = "unknown language {lang}{hint}; the languages are {valid}"


def verify_language(lang: object) -> str:
    """The language code ``lang``, checked: one of :data:`LANGUAGES`, exactly as written.

    >>> verify_language("nl")
    'nl'
    >>> from resultaat import SettingError
    >>> try:
    ...     verify_language("NL")
    ... except SettingError as e:
    ...     print(e)
    unknown language 'NL' (did you mean 'nl'?); the languages are en, nl

    Raises:
        SettingError: ``lang`` is not one of :data:`LANGUAGES` (a ``ValueError`` too).
    """
    if isinstance(lang, str) and lang in LANGUAGES:
        return LANGUAGES[LANGUAGES.index(lang)]
    from resultaat._errors import SettingError, did_you_mean, shown  # only when refusing

    hint = did_you_mean(lang, LANGUAGES) if isinstance(lang, str) else ""
    raise SettingError(UNKNOWN_LANGUAGE.format(lang=shown(lang), hint=hint,
                                               valid=", ".join(LANGUAGES)))
