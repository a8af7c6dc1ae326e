"""Translation memory and glossary in the GUI: the Memory dock and its commands."""

from transdesk.gui.memory.feature import MemoryFeature
from transdesk.gui.memory.panel import MemoryPanel

__all__ = ["MemoryFeature", "MemoryPanel"]
