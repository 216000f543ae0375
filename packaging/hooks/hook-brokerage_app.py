"""PyInstaller hook: brokerage_app imports much lazily (Qt, services behind commands)."""

from PyInstaller.utils.hooks import collect_submodules

# The GUI and several services are imported inside functions so that the command line starts
# without Qt; static analysis cannot see those imports, so take the whole package.
hiddenimports = collect_submodules("brokerage_app")
