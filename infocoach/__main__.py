"""Allow ``python -m infocoach``."""

from infocoach.cli import main

raise SystemExit(main())
