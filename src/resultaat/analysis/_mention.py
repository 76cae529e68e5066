"""How a sentence names a node, a link and a route: one way everywhere.

A result's statement and an intervention's name are titles the user wrote:
a sentence quotes them (“Een rolstoel verstrekken”). A party or a factor is
named as it is (Gemeente Nijkerk, begaanbare stoepen). A route is not an
arrow chain in a sentence: it names its first and its last step and counts
the steps between.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from resultaat.model._model import Contribution, Model
from resultaat.text._catalogue import join, message, plural

Escape = Callable[[str], str]


def mention(model: Model, lang: str, node: str, esc: Escape = str) -> str:
    """A node as a sentence names it: quoted when it is a result or an intervention.

    >>> import resultaat
    >>> m = resultaat.example("rolstoel")
    >>> mention(m, "nl", "wheelchair"), mention(m, "nl", "municipality")
    ('“Een rolstoel verstrekken”', 'Gemeente Nijkerk')
    """
    text = esc(model.label(node))
    if node in model.results or node in model.interventions:
        return message(lang, "word.quoted", text=text)
    return text


def link(model: Model, lang: str, source: str, target: str, esc: Escape = str) -> str:
    """One link of a chain: ``van “A” naar “B”`` / ``from “A” to “B”``."""
    return message(lang, "word.link", source=mention(model, lang, source, esc),
                   target=mention(model, lang, target, esc))


def links(model: Model, lang: str, chosen: Sequence[Contribution],
          chain: Sequence[Contribution], esc: Escape = str) -> str:
    """Some links of a chain as a sentence names them: all of a longer chain are counted.

    >>> import resultaat
    >>> from resultaat.analysis._story import assess_in
    >>> from resultaat.analysis._index import index
    >>> a = assess_in(index(resultaat.example("rolstoel")), "municipality", "participates")
    >>> links(resultaat.example("rolstoel"), "nl", a.links, a.links)
    'alle 3 schakels van de keten'
    """
    if len(chosen) > 1 and set(chosen) == set(chain):
        return (message(lang, "story.both_links") if len(chosen) == 2
                else message(lang, "story.all_links", n=len(chosen)))
    return join(lang, [link(model, lang, c.source, c.target, esc) for c in chosen])


def route(model: Model, lang: str, nodes: Sequence[str], esc: Escape = str) -> str:
    """The steps of a route as a sentence names them: the first, the last, and how many between.

    >>> import resultaat
    >>> m = resultaat.example("rolstoel")
    >>> route(m, "nl", ["wheelchair", "mobility", "moves", "participates"])
    '“Een rolstoel verstrekken” (met 2 tussenstappen naar “Mevrouw Jansen doet mee in de buurt”)'
    """
    if len(nodes) == 1:
        return mention(model, lang, nodes[0], esc)
    first, last = mention(model, lang, nodes[0], esc), mention(model, lang, nodes[-1], esc)
    if len(nodes) == 2:
        return message(lang, "word.route_two", first=first, last=last)
    return plural(lang, "word.route_long", len(nodes) - 2, first=first, last=last)
