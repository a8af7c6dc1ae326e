from transdesk.cli import main

raise SystemExit(main())
