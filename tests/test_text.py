import string

from resultaat.text._texts import TEXTS


def fields(s):
    return {f for _, f, _, _ in string.Formatter().parse(s) if f}


def test_both_languages_complete_with_the_same_placeholders():
    assert TEXTS["en"].keys() == TEXTS["nl"].keys()
    for key in TEXTS["en"]:
        assert fields(TEXTS["en"][key]) == fields(TEXTS["nl"][key]), key
