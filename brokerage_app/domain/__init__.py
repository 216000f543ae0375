"""Plain dataclasses and rules of a brokerage event: no Qt, no SQLAlchemy."""
