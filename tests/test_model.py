import pytest

import resultaat as r
from resultaat import Contribution, Model, ModelError, Party, Result


def test_enum_value_error_names_allowed_values():
    with pytest.raises(ModelError) as e:
        Party("p", "P", "citizn")
    assert str(e.value.problems[0]) == (
        "kind: 'citizn' is not one of citizen, network, municipality, provider, professional, "
        "school, employer, insurer, community, cooperation, other (did you mean 'citizen'?)"
    )


def test_model_is_immutable_and_compares_by_content(wheelchair):
    with pytest.raises(AttributeError):
        wheelchair.name = "x"
    with pytest.raises(TypeError):
        wheelchair.parties["x"] = Party("x", "X", "other")
    assert wheelchair == r.loads(r.dumps(wheelchair))
    assert wheelchair != wheelchair.evolve(name="Other")


def test_every_problem_at_once():
    with pytest.raises(ModelError) as e:
        Model(
            parties=[Party("a", "A", "citizen"), Party("a", "A2", "citizen")],
            results=[
                Result("r", "R", "micro", owner="nobody"),
                Result("s", "S", "micro", owner="collective"),
            ],
            contributions=[Contribution("a", "zzz"), Contribution("r", "a")],
        )
    assert [str(p) for p in e.value.problems] == [
        "parties[1].id: duplicate id 'a', already used at parties[0].id; ids must be unique "
        "in the whole model",
        "results[0].owner: unknown party 'nobody'; add it to parties or fix the id",
        "results[1].owner: a micro result belongs to a resident, not to 'collective'; "
        "name the party whose result it is",
        "contributions[0].to: unknown result 'zzz'; add it to results or fix the id",
        "contributions[1].to: 'a' is a party, not a result",
    ]


def test_cycle_is_named():
    with pytest.raises(ModelError) as e:
        Model(
            parties=[Party("a", "A", "citizen")],
            results=[Result(x, x, "micro", owner="a") for x in "xyz"],
            contributions=[Contribution("x", "y"), Contribution("y", "z"), Contribution("z", "x")],
        )
    (problem,) = e.value.problems
    assert problem.where == "contributions[0]"
    assert "x → y → z → x" in problem.message


def test_cooperation_members():
    with pytest.raises(ModelError, match="only a cooperation has members"):
        Model(parties=[Party("a", "A", "citizen"), Party("b", "B", "citizen", members=["a"])])
    with pytest.raises(ModelError, match="cooperations contain each other in a circle"):
        Model(parties=[Party("a", "A", "cooperation", members=["b"]),
                       Party("b", "B", "cooperation", members=["a"])])


def test_builder_fails_at_the_bad_line():
    b = r.ModelBuilder("x")
    b.party("p", "P", "citizen")
    with pytest.raises(ModelError, match=r"result\(owner='q'\): unknown party 'q'"):
        b.result("r", "R", "micro", owner="q")
    with pytest.raises(ModelError, match="already used by a party"):
        b.party("p", "P again", "citizen")
    b.result("r", "R", "micro", owner="p")
    b.side_effect("s", "S", "meso", owner="collective")
    b.contribute("p", "r", role="necessary")
    b.contribute("r", "s")
    m = b.build()
    assert m.results["s"].intended is False
    assert m.results["s"].effect is r.Effect.NEGATIVE


def test_to_networkx_carries_objects(wheelchair):
    g = wheelchair.to_networkx()
    assert g.nodes["mobility"]["obj"] is wheelchair.results["mobility"]
    assert g.edges["municipality", "wheelchair"]["relation"] == "carries_out"
    assert g.edges["supplier", "delivery"]["relation"] == "carries_out"
    assert g.edges["municipality", "delivery"]["relation"] == "commissions"
    assert g.edges["wheelchair", "mobility"]["contribution"].role is r.Role.NECESSARY
    assert g.number_of_edges() == len(wheelchair.contributions) + 5


def test_level_order():
    assert [lv.rank for lv in r.Level] == [0, 1, 2]


def test_recognition_only_on_methods():
    with pytest.raises(ModelError, match="only a method condition has a recognition"):
        r.Condition("x", "staff", "met", recognition="well_founded")


def test_a_long_circle_is_named_by_its_start_and_length():
    ids = [f"r{i}" for i in range(1000)]
    with pytest.raises(ModelError) as e:
        Model(parties=[Party("a", "A", "citizen")],
              results=[Result(x, x, "micro", owner="a") for x in ids],
              contributions=[Contribution(x, ids[(i + 1) % 1000]) for i, x in enumerate(ids)])
    (problem,) = e.value.problems
    assert problem.message == (
        "the contributions go round in a circle: r0 → r1 → r2 → r3 → r4 → r5 → r6 → "
        "… (1,000 steps in all) → r0; a result cannot contribute to itself, remove one of "
        "these arrows")


def test_messages_describe_long_ids_by_size():
    long_id = "x" * 10_000
    with pytest.raises(ModelError) as e:
        Model(parties=[Party("a", "A", "citizen")],
              results=[Result("r", "R", "micro", owner=long_id)])
    assert str(e.value.problems[0]) == (
        "results[0].owner: unknown party a text of 10,000 characters; add it to parties or "
        "fix the id")
    b = r.ModelBuilder("x")
    with pytest.raises(ModelError) as e:
        b.result("r", "R", "micro", owner=long_id)
    assert str(e.value.problems[0]) == (
        "result(owner=a text of 10,000 characters): unknown party a text of 10,000 characters; "
        "add it with .party() first")


def test_a_model_error_text_is_bounded_but_keeps_every_problem():
    with pytest.raises(ModelError) as e:
        Model(parties=[Party("a", "A", "citizen")] * 30)
    assert len(e.value.problems) == 29
    assert str(e.value).splitlines()[0] == "the model has 29 problems:"
    assert str(e.value).splitlines()[-1] == "  … and 9 more problems (all are in .problems)"


def test_parts_cannot_be_changed_through_an_alias(wheelchair):
    from resultaat.analysis._index import index

    before = index(wheelchair)
    parties = wheelchair.parties
    with pytest.raises(TypeError):  # a read-only mapping, not a dict
        parties |= {"x": Party("x", "X", "other")}
    with pytest.raises(AttributeError):
        wheelchair.parties.update({"x": Party("x", "X", "other")})  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        wheelchair.contributions.append(Contribution("x", "mobility"))  # type: ignore[attr-defined]
    assert "x" not in wheelchair.parties
    assert list(wheelchair.parties) == ["resident", "family", "neighbours", "municipality",
                                        "supplier", "association"]
    assert index(wheelchair) is before
    grown = wheelchair.evolve(parties=[*wheelchair.parties.values(), Party("x", "X", "other")])
    assert "x" in grown.parties
    assert "x" not in wheelchair.parties
    assert index(grown) is not before


def test_attrs_evolve_validates_again(wheelchair):
    import attrs

    renamed = attrs.evolve(wheelchair, name="Other")
    assert renamed.name == "Other"
    assert renamed.results == wheelchair.results
    with pytest.raises(ModelError) as e:
        attrs.evolve(wheelchair, parties=[])
    assert str(e.value.problems[0]) == (
        "perspective: unknown party 'municipality'; add it to parties or fix the id")


def test_evolve_names_the_parts(wheelchair):
    with pytest.raises(r.UsageError) as e:
        wheelchair.evolve(partys=[])
    assert isinstance(e.value, TypeError)
    assert str(e.value) == (
        "Model has no part named 'partys'; the parts are name, language, perspective, "
        "description, audience, parties, interventions, results, factors, contributions, claims, "
        "measurements, adjustments")


def test_equality_and_hash_follow_order_and_content():
    a, b = Party("a", "A", "citizen"), Party("b", "B", "citizen")
    assert Model(parties=[a, b]) == Model(parties=[a, b])
    assert hash(Model(parties=[a, b])) == hash(Model(parties=[a, b]))
    assert Model(parties=[a, b]) != Model(parties=[b, a])
    assert Model(parties={"a": a}) == Model(parties=[a])


def test_every_shape_problem_at_once():
    with pytest.raises(ModelError) as e:
        Model(name="", language="fr", parties={"x": Party("a", "A", "citizen")},  # type: ignore[arg-type]
              results=5, contributions=[Party("b", "B", "citizen")])
    assert [str(p) for p in e.value.problems] == [
        "name: must not be empty",
        "language: unknown language 'fr'; the languages are en, nl",
        "parties['x']: the key 'x' is not the id of its record; key each record by its id",
        "results: must be a list of Result records, got int",
        "contributions[0]: must be a Contribution, got Party",
    ]


def test_the_parts_are_listed_once():
    from resultaat.model._model import SECTIONS, TABLES

    assert list(SECTIONS) == ["parties", "interventions", "results", "factors",
                              "contributions", "claims", "measurements", "adjustments"]
    assert TABLES == ("parties", "interventions", "results", "factors")
    assert list(r.ModelBuilder()._parts) == list(SECTIONS)


def test_a_model_pickles_and_copies(wheelchair):
    import copy
    import pickle

    for again in (pickle.loads(pickle.dumps(wheelchair)), copy.deepcopy(wheelchair),
                  copy.copy(wheelchair)):
        assert again == wheelchair
        assert list(again.parties) == list(wheelchair.parties)
        assert again.language is wheelchair.language


def test_a_refused_header_value_does_not_hide_the_other_problems():
    with pytest.raises(ModelError) as e:
        r.Model(language="fr", results=[r.Result("a", "A", "micro", owner="nobody")])
    assert [str(p) for p in e.value.problems] == [
        "language: unknown language 'fr'; the languages are en, nl",
        "results[0].owner: unknown party 'nobody'; add it to parties or fix the id",
    ]
def test_a_commissioner_must_be_a_party_other_than_who_carries_it_out():
    from resultaat import Intervention

    parties = [Party("m", "Town", "municipality"), Party("p", "Team", "provider")]
    with pytest.raises(ModelError, match=r"interventions\[0\]\.commissioned_by: unknown party "
                                         r"'x'"):
        Model(parties=parties, interventions=[Intervention("i", "I", "p", commissioned_by="x")])
    with pytest.raises(ModelError, match=r"interventions\[0\]\.commissioned_by: 'm' carries out "
                                         r"or co-produces this intervention and cannot also "
                                         r"commission it"):
        Model(parties=parties, interventions=[Intervention("i", "I", "m", commissioned_by="m")])
    with pytest.raises(ModelError, match="reach"):
        Intervention("i", "I", "p", reach=0)


def test_commissioned_by_and_reach_are_read_and_written():
    src = ("resultaat: 2\nname: t\nparties:\n  - {id: m, name: Town, kind: municipality}\n"
           "  - {id: p, name: Team, kind: provider}\ninterventions:\n"
           "  - {id: i, name: I, by: p, commissioned_by: m, cost: 600, reach: 3}\n")
    m = r.loads(src)
    it = m.interventions["i"]
    assert (it.commissioned_by, it.reach, it.players) == ("m", 3, ("p", "m"))
    assert r.loads(r.dumps(m)) == m
    assert "commissioned_by: m" in r.dumps(m)
