"""`python -m service.ledger migrate|purge`: the release phase and the scheduled purge.

Both read the same environment as the service (PRESEND_DATABASE_URL or DATABASE_URL,
PRESEND_LEDGER, PRESEND_RETENTION_DAYS) and print one JSON line of what they did.
"""

from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy.exc import SQLAlchemyError

from service.config import ConfigError, Settings
from service.ledger import LedgerUnavailable
from service.ledger.schema import current_revision, migrate
from service.ledger.store import Ledger
from service.platforms import load_platforms


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit status says whether it worked."""
    parser = argparse.ArgumentParser(prog="python -m service.ledger", description=__doc__)
    parser.add_argument(
        "command",
        choices=["migrate", "purge"],
        help="migrate: bring the database to this release's schema; "
        "purge: delete what is past retention",
    )
    arguments = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        print(json.dumps({"level": "ERROR", "message": str(error)}), file=sys.stderr)
        return 2
    if settings.database_url is None:
        print(json.dumps({"message": "PRESEND_LEDGER=off: no ledger, nothing to do"}))
        return 0
    rules = load_platforms().ledger_rules
    ledger = Ledger.open(settings.database_url, settings.database_timeout_s, rules)
    result: dict[str, object]
    try:
        if arguments.command == "migrate":
            migrate(ledger.engine)
            result = {"message": "migrated", "revision": current_revision(ledger.engine)}
        else:
            result = {"message": "purged", "deleted": ledger.purge(settings.retention_days)}
    except (LedgerUnavailable, SQLAlchemyError, OSError) as error:
        # The error's kind only: a driver's message may quote the URL's password.
        print(
            json.dumps({"level": "ERROR", "message": f"ledger unavailable: {type(error).__name__}"})
        )
        return 1
    finally:
        ledger.engine.dispose()
    print(json.dumps({**result, "backend": ledger.backend}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
