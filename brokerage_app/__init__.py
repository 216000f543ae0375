"""brokerage-app: plan and run B2B brokerage events on a laptop, offline."""

__version__ = "0.1.0"
