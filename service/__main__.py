"""`python -m service`: the Procfile's web process, gunicorn with gunicorn.conf.py.

The settings are read before gunicorn is imported: gunicorn reads WEB_CONCURRENCY while it is
imported and ends in a traceback on a value such as `two`. Here any bad value ends start-up
with one line naming the variable, and exit status 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

from service.config import ConfigError, ServerSettings, Settings

CONFIG = Path(__file__).resolve().parents[1] / "gunicorn.conf.py"
APP = "service.app:create_app()"


def main() -> int:
    """Check the settings, then run gunicorn in this process until it stops."""
    try:
        Settings.from_env()
        ServerSettings.from_env()
    except ConfigError as error:
        print(f"presend: {error}", file=sys.stderr)
        return 2
    from gunicorn.app.wsgiapp import WSGIApplication

    sys.argv = ["gunicorn", "--config", str(CONFIG), APP]
    try:
        WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]", prog="gunicorn").run()
    except ConfigError as error:  # found while the app is built (preload_app), e.g. the pack
        print(f"presend: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
