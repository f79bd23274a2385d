"""The frozen programs' entry point: `kmdesk` (the window) and `kmdesk-cli` (the commands).

Both programs in the bundle run this script; it is `python -m kmdesk` for a PyInstaller build.
"""

import multiprocessing

# In a frozen program a report worker is this same program started again with
# "--multiprocessing-fork": freeze_support() runs the worker and exits, before the command
# line is parsed (without it, `report all` failed with "invalid choice: 'tracker_fd=14'").
# PyInstaller's run-time hook gives every process a fresh temporary MPLCONFIGDIR; the lasting
# one is set first so that the workers, which inherit it, use it too.
from kmdesk.paths import use_lasting_matplotlib_cache

use_lasting_matplotlib_cache()
multiprocessing.freeze_support()

from kmdesk.cli.main import main  # noqa: E402  (after freeze_support, on purpose)

raise SystemExit(main())
