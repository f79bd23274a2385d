"""Lets `python -m kmdesk` behave like the `kmdesk` command."""

import multiprocessing

# First of all: in a frozen program, a report worker is this same program started again with
# "--multiprocessing-fork"; freeze_support() runs the worker there and exits. (Outside a bundle
# it does nothing.) The matplotlib cache comes before it so that the workers share it too.
from kmdesk.paths import use_lasting_matplotlib_cache

use_lasting_matplotlib_cache()
multiprocessing.freeze_support()

from kmdesk.cli.main import main  # noqa: E402  (after freeze_support, on purpose)

raise SystemExit(main())
