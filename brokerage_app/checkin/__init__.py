"""Badge codes and scan parsing for check-in."""
