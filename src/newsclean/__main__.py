"""``python -m newsclean`` runs the command-line interface."""

from newsclean.cli import main

raise SystemExit(main())
