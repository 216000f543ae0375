"""PyInstaller hook: subcommands are discovered with pkgutil.iter_modules at run time."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("brokerage_app.cli.commands")
