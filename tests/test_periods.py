"""Periods as municipalities report them (model/_periods.py)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resultaat import Period
from resultaat.model._values import FieldError

D = dt.date


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2025", D(2025, 1, 1), D(2025, 12, 31)),
    ("2025-H1", D(2025, 1, 1), D(2025, 6, 30)),
    ("2025-H2", D(2025, 7, 1), D(2025, 12, 31)),
    ("2025-Q1", D(2025, 1, 1), D(2025, 3, 31)),
    ("2025-Q4", D(2025, 10, 1), D(2025, 12, 31)),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ("2025-02", D(2025, 2, 1), D(2025, 2, 28)),
    ("2025-12", D(2025, 12, 1), D(2025, 12, 31)),
    ("2025-07-15", D(2025, 7, 15), D(2025, 7, 15)),
    (" 2025-Q3 ", D(2025, 7, 1), D(2025, 9, 30)),
])
def test_every_form_covers_its_days(text, start, end):
    p = Period.parse(text)
    assert (p.start, p.end, p.label, str(p)) == (start, end, text.strip(), text.strip())


def test_years_as_numbers_dates_and_periods_are_read_too():
    assert Period.parse(2025) == Period.parse("2025")
    assert Period.parse(D(2025, 3, 1)).label == "2025-03-01"
    p = Period.parse("2025-H1")
    assert Period.parse(p) is p


def test_equal_when_the_same_days_whatever_the_label():
    assert Period.parse("2025-Q1") != Period.parse("2025-01")
    assert Period.parse("2025") == Period(D(2025, 1, 1), D(2025, 12, 31), "year 2025")
    assert len({Period.parse("2025"), Period(D(2025, 1, 1), D(2025, 12, 31), "x")}) == 1


def test_order_by_start_then_end():
    labels = ["2025-H2", "2025", "2025-Q1", "2024-12", "2025-01"]
    assert [str(p) for p in sorted(Period.parse(x) for x in labels)] == [
        "2024-12", "2025-01", "2025-Q1", "2025", "2025-H2"]
    assert Period.parse("2025-01") <= Period.parse("2025-Q1") < Period.parse("2025")
    assert Period.parse("2025-H2") > Period.parse("2025") >= Period.parse("2025")


@pytest.mark.parametrize(("value", "message"), [
    ("2025-H3", "'2025-H3' is not a period; write 2025, 2025-H1, 2025-Q3, 2025-07 or "
                "2025-07-15"),
    ("2025-02-30", "'2025-02-30' is not a real date"),
    ("2025-13", "'2025-13' is not a real date"),
    (True, "must be a period such as 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-07-15, got True"),
    (1.5, "must be a period such as 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-07-15, got 1.5"),
])
def test_what_is_not_a_period_is_refused_saying_what_is(value, message):
    with pytest.raises(FieldError) as info:
        Period.parse(value)
    assert str(info.value) == message


@given(st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31)))
def test_a_month_holds_its_days(day):
    p = Period.parse(f"{day.year:04d}-{day.month:02d}")
    assert p.start <= day <= p.end
    assert (p.start.day, (p.end + dt.timedelta(days=1)).day) == (1, 1)
