"""``python -m resultaat``: the same as the ``resultaat`` command."""

from resultaat.cli._main import run

run()
