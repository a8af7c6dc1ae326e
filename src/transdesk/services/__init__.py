"""Use cases shared by the GUI and the command line. Each write is one transaction."""
