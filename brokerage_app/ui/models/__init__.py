"""Qt item models over plain rows loaded by services."""
