"""Publishing to WordPress through its REST API (no Qt here)."""
