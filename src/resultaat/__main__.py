"""``python -m resultaat``: the same as the ``resultaat`` command."""

import sys

from resultaat._cli import main

sys.exit(main())
