"""Use cases: a session (or database) in, plain results out. No widgets here."""
