"""Numbers, percentages, money and dates as a reader of the language writes them.

Every number resultaat writes into a sentence, a table or a diagram goes
through one of these functions, so that Dutch text says "18.000", "0,4%",
"€ 3.200" and "1 maart 2026", and English text "18,000", "0.4%", "€3,200"
and "March 1, 2026". The rules, decided here once:

- a number shows at most two decimals, trailing zeros dropped, thousands grouped;
- a share is a whole percentage, with one decimal below 1% (so a small
  share does not read as 0%);
- money is in euros, whole euros;
- a date is written out in full.

Babel (the CLDR data) is imported on first use, not at start-up: the
command line's ``--help`` stays fast.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

from resultaat.text._languages import verify_language

NUMBER = "#,##0.##"
"""At most two decimals, thousands grouped (the CLDR pattern; the symbols are the language's)."""

PERCENT_SMALL = "#,##0.0%"
"""A share below 1%: one decimal."""


@functools.cache
def _locale(lang: str) -> Any:
    from babel import Locale

    return Locale.parse(verify_language(lang))


def number(lang: str, x: float) -> str:
    """A number in the language's notation: at most two decimals, thousands grouped.

    >>> number("nl", 18000), number("en", 18000), number("nl", 4.16667), number("en", -7.5)
    ('18.000', '18,000', '4,17', '-7.5')
    """
    if float(x).is_integer() and abs(x) < 1000:  # the same in every language: no Babel needed
        return str(int(x))
    from babel.numbers import format_decimal

    return str(format_decimal(x, NUMBER, locale=_locale(lang)))


def signed(lang: str, x: float) -> str:
    """A change: a plus sign before a positive number.

    >>> signed("nl", 2.08), signed("nl", -1.5), signed("en", 0)
    ('+2,08', '-1,5', '0')
    """
    return ("+" if x > 0 else "") + number(lang, x)


def percent(lang: str, x: float) -> str:
    """A share (0.25 for a quarter) as a percentage: whole, one decimal below 1%.

    >>> percent("nl", 0.004), percent("en", 0.004), percent("nl", 0.5), percent("en", 0)
    ('0,4%', '0.4%', '50%', '0%')
    """
    from babel.numbers import format_percent

    small = 0 < abs(x) < 0.01
    return str(format_percent(x, PERCENT_SMALL if small else None, locale=_locale(lang)))


def money(lang: str, x: float) -> str:
    """An amount in euros, whole euros, in the language's currency format.

    >>> money("en", 3200)
    '€3,200'
    >>> money("nl", 3200) == "€\\xa03.200"  # a space that does not break the line
    True
    """
    from babel.numbers import parse_pattern

    loc = _locale(lang)
    pattern = parse_pattern(loc.currency_formats["standard"].pattern)
    pattern.frac_prec = (0, 0)
    return str(pattern.apply(x, loc, currency="EUR", currency_digits=False))


def date(lang: str, d: datetime.date) -> str:
    """A date written out in full.

    >>> date("nl", datetime.date(2026, 3, 1)), date("en", datetime.date(2026, 3, 1))
    ('1 maart 2026', 'March 1, 2026')
    """
    from babel.dates import format_date

    return str(format_date(d, "long", locale=_locale(lang)))


def error_number(x: float) -> str:
    """A number in an error message, in the language errors are written in now.

    >>> error_number(1_000_000)
    '1,000,000'
    """
    from resultaat.text._languages import error_language

    return number(error_language(), x)
