"""The ledger of who pays and who gains, beneficiaries, and cooperations monitored."""

import json

import attrs
import pytest

import resultaat as r
from resultaat import (
    Beneficiary,
    Commitment,
    Contribution,
    Factor,
    Indicator,
    Intervention,
    Model,
    Party,
    Result,
)

HOUSING = (Beneficiary("housing", 6000),)


def town(*, weight=1, value=10_000, beneficiaries=HOUSING, owner="family", **sroi):
    """Counselling (weight 3) and the economy (a factor) feed one result with a value."""
    return Model(
        parties=[Party("family", "Family", "citizen"), Party("town", "Town", "municipality"),
                 Party("bank", "Credit bank", "provider"),
                 Party("housing", "Housing corporation", "other"),
                 Party("club", "Club", "community")],
        factors=[Factor("economy", "The economy")],
        interventions=[
            Intervention("help", "Counselling", by="bank", commissioned_by="town", cost=3000),
            Intervention("sport", "Sport", by="club", partners=("town",), cost=400),
            Intervention("visit", "Visit", by="town")],
        results=[Result("kept", "Home kept", "meso" if owner == "collective" else "micro",
                        owner=owner, value=value, beneficiaries=beneficiaries, **sroi)],
        contributions=[Contribution("help", "kept", weight=3),
                       Contribution("economy", "kept", weight=weight)])


def rows(book):
    return [(e.party, e.invests, round(e.gains, 6), round(e.balance, 6),
             e.wrong_pocket and e.wrong_pocket.value) for e in book]


def test_costs_count_once_for_the_payer_and_gains_split_by_stated_values():
    book = r.ledger(town())
    # economy explains 1/4: housing 6,000 x 3/4, the family the rest, 4,000 x 3/4
    assert rows(book) == [
        ("family", 0.0, 3000.0, 3000.0, None),
        ("town", 3000.0, 0.0, -3000.0, "pays"),  # commissioner pays, not the bank
        ("housing", 0.0, 4500.0, 4500.0, "collects"),
        ("club", 400.0, 0.0, -400.0, "pays")]  # carries it out; its partner pays nothing
    assert book.uncosted == ("visit",)
    assert book.entry("town").pays_for == ("help",)
    assert book.entry("bank") is None
    assert book.entry("housing").gains_from == (("kept", 4500.0),)
    assert book.wrong_pocket
    assert not book.ranged


def test_deductions_multiply_and_drop_off_runs_over_the_duration():
    book = r.ledger(town(deadweight=0.2, displacement=0.5, drop_off=0.5, duration=2))
    # 6,000 x 0.8 x 0.5 x 3/4 = 1,800 in year one, 900 in year two
    assert book.entry("housing").gains == pytest.approx(2700)
    assert book.entry("family").gains == pytest.approx(1800)


def test_weight_ranges_give_the_gains_and_the_balance_a_range():
    e = r.ledger(town(weight=(1, 3))).entry("housing")
    # economy's share runs from 1/4 (weight 1) to 1/2 (weight 3); the point is weight 2: 2/5
    assert e.gains == pytest.approx(6000 * 3 / 5)
    assert e.gains_range == pytest.approx((3000, 4500))
    assert e.balance_range == pytest.approx((3000, 4500))
    assert r.ledger(town(weight=(1, 3))).ranged


def test_the_rest_of_a_collective_result_is_societys_and_unpriced_benefits_are_listed():
    book = r.ledger(town(owner="collective", beneficiaries=(
        Beneficiary("housing", 6000), Beneficiary("club"))))
    assert book.society == pytest.approx(3000)
    assert book.entry("club").unpriced == ("kept",)
    assert book.entry("club").gains == 0


def test_no_wrong_pocket_without_someone_who_collects():
    book = r.ledger(town(beneficiaries=()))
    assert [e.wrong_pocket for e in book] == [None, None, None]  # the family is no pocket


def test_benefiting_is_not_owning():
    with_ = town()
    without = town(beneficiaries=())
    assert r.claims(with_, "housing") == []
    assert r.claims(with_, "town") == r.claims(without, "town")
    assert r.perspective(with_, "housing")["kept"].standing is r.Standing.OUT_OF_REACH


def test_beneficiaries_are_checked():
    with pytest.raises(r.ModelError) as e:
        town(beneficiaries=(Beneficiary("family", 1), Beneficiary("housing", 7000),
                            Beneficiary("housing"), Beneficiary("nobody")))
    assert [str(p) for p in e.value.problems] == [
        "results[0].beneficiaries[0].party: 'family' owns this result; list under "
        "beneficiaries only parties that gain from it without owning it",
        "results[0].beneficiaries[2].party: 'housing' is listed twice as a beneficiary; "
        "keep one",
        "results[0].beneficiaries[3].party: unknown party 'nobody'; add it to parties or fix "
        "the id"]
    with pytest.raises(r.ModelError) as e:
        town(beneficiaries=(Beneficiary("housing", 6000), Beneficiary("club", 5000)))
    assert [str(p) for p in e.value.problems] == [
        "results[0].beneficiaries: the beneficiaries' values add up to 11,000, more than the "
        "result's value 10,000; lower them or raise the value"]


def test_debt_help_ledger_shows_the_wrong_pocket():
    for name in ("debt-help", "schuldhulp"):
        book = r.ledger(r.example(name))
        assert book.entry("municipality").invests == 14950
        assert book.entry("municipality").wrong_pocket is r.Pocket.PAYS
        assert book.entry("housing").gains > 0
        assert book.entry("housing").wrong_pocket is r.Pocket.COLLECTS


def test_ledger_report_section_in_english_and_dutch():
    text = r.report(r.example("debt-help"))
    assert "## Who pays and who gains" in text
    assert ("| Municipality of Nijkerk | €14,950 | €0 | -€14,950 | pays, others gain |"
            in text)
    assert ("| Housing corporation | €0 | €3,600 (€3,455–€3,778) | €3,600 (€3,455–€3,778) | "
            "gains, others pay |") in text
    nl = r.report(r.example("schuldhulp"))
    assert "## Wie betaalt en wie plukt de vruchten" in nl
    assert ("Het verkeerde-zakprobleem: de kosten liggen bij Gemeente Nijkerk en de basisschool, "
            "terwijl de baten terechtkomen bij de werkgever van de vader, de woningcorporatie "
            "en de zorgverzekeraar, waar ze veel groter zijn dan de eigen inbreng. Kunnen de "
            "partijen met de baten meebetalen, bijvoorbeeld via een regionale afspraak?") in nl
    page = r.report(r.example("debt-help"), format="html")
    assert "<figure><svg" in page.split("Who pays and who gains", 1)[1]
    assert "## Who pays" not in r.report(r.example("wheelchair"))  # no value: nothing to weigh


def test_ledger_figure_escapes_names():
    m = town().evolve(parties=[*(p for p in town().parties.values() if p.id != "housing"),
                               Party("housing", "<b>Huis & Co</b>", "other")])
    svg = r.ledger_svg(m)
    assert "&lt;b&gt;Huis &amp; Co&lt;/b&gt;" in svg
    assert "<b>" not in svg


def test_ledger_command(capsys, tmp_path):
    from resultaat.cli._main import main

    out_file = tmp_path / "ledger.svg"
    code = main(["ledger", str(r.example_path("debt-help")), "-o", str(out_file)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Municipality of Nijkerk" in out
    assert "pays, others gain" in out
    assert ("Over the weight ranges, the balance of Housing corporation lies between €3,455 "
            "and €3,778.") in out
    assert out_file.read_text(encoding="utf-8").startswith("<svg")
    code = main(["ledger", str(r.example_path("debt-help")), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert [(e["party"], e["wrong_pocket"]) for e in data["entries"]][1] == (
        "municipality", "pays")


def test_cooperation_monitor():
    coop = r.cooperation(r.example("youth-region"), "region")
    assert [(s.member, s.amount, s.expects) for s in coop.stakes] == [
        ("nijkerk", 9_000_000, "Children from Nijkerk get specialised care within six weeks"),
        ("barneveld", 9_000_000, "Outcome requirements in every contract"),
        ("ede", 24_000_000, "Fewer children placed away from home")]
    assert [(s.came.realised, s.came.signal.value) if s.came else None
            for s in coop.stakes] == [(9, "worse"), (92, "worse"), None]
    text = r.report(r.example("youth-region"))
    assert "## How the cooperation works: Youth care region Vallei" in text
    assert "placements away from home: not measured yet" in text
    nl = r.report(r.example("jeugdregio"))
    assert "wachttijd: 9 in 2025, bij een doel van 6: slechter dan verwacht" in nl


def test_a_member_without_commitments_is_asked_and_commitments_are_checked():
    parties = [Party("a", "A", "municipality"), Party("b", "B", "municipality")]
    coop = Party("c", "Region", "cooperation", members=("a", "b"),
                 commitments=(Commitment("a", "money", 10),))
    m = Model(parties=[*parties, coop])
    stakes = r.cooperation(m, "c").stakes
    assert [(s.member, s.stated) for s in stakes] == [("a", True), ("b", False)]
    assert ("For B the model does not say what they put into Region or expect of it"
            in r.report(m, party="a"))
    with pytest.raises(r.UsageError, match="a is a municipality, not a cooperation"):
        r.cooperation(m, "a")
    with pytest.raises(r.ModelError) as e:
        Model(parties=[*parties, Party("c", "Region", "cooperation", members=("a",),
                                       commitments=(Commitment("b", indicator="x"),)),
                       Party("d", "D", "other", commitments=(Commitment("a"),))],
              results=[Result("r", "R", "meso", owner="c", indicators=[Indicator("n")])])
    assert [str(p) for p in e.value.problems] == [
        "parties[2].commitments[0].member: 'b' is not a member of 'c'; its members are: a",
        "parties[2].commitments[0].indicator: an indicator needs the result it belongs to: "
        "add result",
        "parties[3].commitments: only a cooperation has commitments of its members; 'd' is a "
        "other; set kind: cooperation or remove commitments",
        "parties[3].commitments[0].member: 'a' is not a member of 'd'; its members are: none"]


def test_new_keys_in_a_model_file_load_and_their_mistakes_name_the_line():
    text = """resultaat: 2
parties:
  - {id: fam, name: F, kind: citizen, coordinator: town}
  - {id: town, name: Town, kind: municipality}
  - id: region
    name: Region
    kind: cooperation
    members: [town]
    commitments:
      - {member: town, puts_in: staff, amount: 5, expects: less waiting}
results:
  - id: r
    statement: R
    level: micro
    owner: fam
    value: 100
    indicators:
      - {name: n, purpose: the family sees it}
    beneficiaries:
      - {party: town, value: 40}
contributions:
  - {from: town, to: r, effect: negative}
"""
    m = r.loads(text)
    assert m.parties["fam"].coordinator == "town"
    assert m.parties["region"].commitments == (Commitment("town", "staff", 5, "less waiting"),)
    assert m.results["r"].beneficiaries == (Beneficiary("town", 40),)
    assert m.results["r"].indicators[0].purpose == "the family sees it"
    assert m.contributions[0].effect is r.Effect.NEGATIVE
    assert r.loads(r.dumps(m)) == m
    bad = text.replace("{party: town, value: 40}", "{party: town, valeu: 40}")
    with pytest.raises(r.ModelError) as e:
        r.loads(bad, source="m.yaml")
    assert str(e.value.problems[0]).startswith(
        "m.yaml:20 @ results[0].beneficiaries[0].valeu: unknown key 'valeu' (did you mean "
        "'value'?); a beneficiary has the keys party, value")


def test_a_cooperations_costs_are_its_members_by_their_committed_amounts():
    book = r.ledger(r.example("youth-region"))
    assert [(e.party, e.invests, e.pays_for) for e in book] == [
        ("nijkerk", 10_800_000, ("procurement", "local_team")),  # 9/42 of 42 M, and its team
        ("barneveld", 9_000_000, ("procurement",)),
        ("ede", 24_000_000, ("procurement",))]
    m = r.example("youth-region")
    region = m.parties["region"]
    partly = attrs.evolve(region, commitments=region.commitments[:2])
    book = r.ledger(m.evolve(parties=[partly if p.id == "region" else p
                                      for p in m.parties.values()]))
    assert [(e.party, e.invests) for e in book] == [("nijkerk", 1_800_000),
                                                    ("region", 42_000_000)]


def test_a_public_report_hides_what_came_of_it_when_measured_over_few_cases():
    parties = [Party("a", "A", "municipality"), Party("b", "B", "municipality"),
               Party("c", "Region", "cooperation", members=("a", "b"), commitments=(
                   Commitment("a", "money", 10, "shorter waits", "w", "weeks"),
                   Commitment("b", "staff", 10, "shorter waits", "w", "weeks")))]
    m = Model(parties=parties,
              interventions=[Intervention("i", "Care", by="c")],
              results=[Result("w", "Short waits", "meso", owner="c",
                              indicators=[Indicator("weeks", target=6, direction="lower",
                                                    purpose="members see it")])],
              contributions=[Contribution("i", "w")],
              measurements=[r.Measurement("w", "weeks", "2025", 8, case=f"k{n}")
                            for n in range(2)])
    internal = r.report(m, party="a")
    public = r.report(m, party="a", audience="public")
    assert "weeks: 8 in 2025, against a target of 6: worse than expected" in internal
    assert "weeks: measured over too few cases to publish" in public
    assert "weeks: 8 in 2025" not in public
