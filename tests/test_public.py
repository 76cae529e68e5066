import resultaat


def test_all_is_sorted_and_exists():
    assert resultaat.__all__ == sorted(resultaat.__all__, key=lambda s: (not s.isupper(), s))
    for name in resultaat.__all__:
        assert hasattr(resultaat, name), name
