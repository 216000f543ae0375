#!/usr/bin/env bash
# Install the unpacked Linux bundle for the current user: program, menu entry and icon.
# Run from inside the unpacked folder:  ./install_linux.sh      (uninstall: --uninstall)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
# Not under $prefix/brokerage-app: that is where the program keeps the user's events.
target="$HOME/.local/opt/brokerage-app"
bin="$HOME/.local/bin"
if [[ "${1:-}" == "--uninstall" ]]; then
    rm -rf "$target" "$bin/brokerage-app" \
        "$prefix/applications/brokerage-app.desktop" \
        "$prefix/icons/hicolor/512x512/apps/brokerage-app.png"
    echo "Removed brokerage-app (your event files and backups are untouched)."
    exit 0
fi
mkdir -p "$target" "$bin" "$prefix/applications" "$prefix/icons/hicolor/512x512/apps"
if [[ "$here" != "$target" ]]; then
    rm -rf "$target"
    cp -a "$here" "$target"
fi
ln -sf "$target/brokerage-app" "$bin/brokerage-app"
install -m 644 "$here/brokerage-app.png" "$prefix/icons/hicolor/512x512/apps/brokerage-app.png"
sed "s|^Exec=.*|Exec=\"$target/brokerage-app\"|" "$here/brokerage-app.desktop" \
    > "$prefix/applications/brokerage-app.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
echo "Installed: menu entry 'Brokerage App', command $bin/brokerage-app"
