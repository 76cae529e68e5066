"""What every report says about itself: its date, its model and the library that wrote it."""

from __future__ import annotations

import datetime
import os
import re

import attrs

from resultaat._errors import SettingError
from resultaat.model._fingerprint import fingerprint
from resultaat.model._formats import library_version
from resultaat.model._model import Model
from resultaat.text._catalogue import DEFAULT, N_, message
from resultaat.text._numbers import date as written_date

DATE_VARIABLE = "SOURCE_DATE_EPOCH"
"""The variable reproducible builds set: seconds since 1970-01-01 UTC."""


@attrs.frozen
class Colophon:
    """A report's date, its model's name and fingerprint, and resultaat's version."""

    day: datetime.date
    name: str
    fingerprint: str
    version: str

    def words(self, lang: str) -> dict[str, str]:
        """The values of the ``report.colophon`` message but the name (user text, not these)."""
        return {"date": written_date(lang, self.day), "fingerprint": self.fingerprint,
                "version": self.version}


def colophon(model: Model, day: datetime.date | str | None = None) -> Colophon:
    """The colophon of a report on ``model``, dated ``day`` (see :func:`report_date`)."""
    return Colophon(report_date(day), model.name, fingerprint(model),
                    library_version() or "(unknown version)")


def report_date(day: datetime.date | str | None = None) -> datetime.date:
    """The date a report carries.

    ``day`` when given (a date, or ``YYYY-MM-DD``); else the date of
    ``SOURCE_DATE_EPOCH`` (UTC) when that variable is set, as reproducible
    builds do, so the same model gives the same bytes; else today.

    >>> report_date("2026-03-01")
    datetime.date(2026, 3, 1)

    Raises:
        SettingError: ``day`` is not a date, or the variable is not a whole number of seconds.
    """
    if isinstance(day, datetime.datetime):
        return day.date()
    if isinstance(day, datetime.date):
        return day
    if isinstance(day, str):
        try:
            return datetime.date.fromisoformat(day)
        except ValueError:
            msgid = N_("error.report_no_such_day") if re.fullmatch(r"\d{4}-\d\d-\d\d", day) \
                else N_("error.report_date")
            raise SettingError(message(DEFAULT, msgid, got=repr(day))) from None
    if day is not None:
        raise SettingError(message(DEFAULT, "error.report_date", got=repr(day)))
    epoch = os.environ.get(DATE_VARIABLE, "").strip()
    if not epoch:
        return datetime.date.today()
    try:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date()
    except (ValueError, OverflowError, OSError):
        raise SettingError(message(DEFAULT, "error.source_date_epoch", variable=DATE_VARIABLE,
                                   got=repr(epoch))) from None
