"""Allow ``python -m infocoach``."""

from infocoach.cli.main import main

raise SystemExit(main())
