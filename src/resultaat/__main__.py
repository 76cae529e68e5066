"""``python -m resultaat``: the same as the ``resultaat`` command."""

import sys

from resultaat.cli._main import main

sys.exit(main())
