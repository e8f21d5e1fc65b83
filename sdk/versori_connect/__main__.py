"""``python -m versori_connect connect ...``: see ``versori_connect.loopback.command``."""

import sys

from .loopback.command import main

sys.exit(main())
