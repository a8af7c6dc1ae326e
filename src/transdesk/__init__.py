"""TransDesk: a desktop translation workbench for newsrooms."""

__version__ = "0.1.0"
