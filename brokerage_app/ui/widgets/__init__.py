"""Reusable widgets: empty states, cards, charts, progress panels."""
