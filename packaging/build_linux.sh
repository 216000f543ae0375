#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller, smoke-test it, and pack a tarball.
#
#   packaging/build_linux.sh            # dist/brokerage-app/ and dist/brokerage-app-<ver>-linux-<arch>.tar.gz
#   DIST=/tmp/dist WORK=/tmp/build packaging/build_linux.sh
#
# The smoke test runs the bundle (not the checkout): --version, demo-data + info, and
# 'selftest --gui' (solve, badge PDF, QR read-back, check-in, backup, main window offscreen).
set -euo pipefail

# Everything in a function: bash then reads the whole script before running any of it, so
# editing this file during a build cannot derail the build.
main() {
    cd "$(dirname "$0")/.."
    DIST="${DIST:-dist}"
    WORK="${WORK:-build}"
    PYINSTALLER="${PYINSTALLER:-pyinstaller>=6.10}"

    # QtMultimedia (check-in sounds, camera scanning) links the system's PulseAudio client; the
    # bundle relies on the user's copy, but PyInstaller must find one here to analyse it.
    if ! ldconfig -p | grep -q "libpulse.so.0"; then
        echo "error: libpulse.so.0 is missing on this build machine (apt-get install libpulse0)" >&2
        exit 1
    fi

    started=$(date +%s)
    uv run --with "$PYINSTALLER" pyinstaller --noconfirm --clean \
        --distpath "$DIST" --workpath "$WORK" packaging/brokerage_app.spec
    built=$(date +%s)
    bundle="$DIST/brokerage-app"
    app="$bundle/brokerage-app"
    cp packaging/brokerage-app.desktop packaging/icons/brokerage-app.png \
        packaging/install_linux.sh "$bundle/"

    echo "== smoke test of $app"
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    # Never touch the builder's own settings or recent events.
    export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    version="$("$app" --version)"
    echo "$version"
    "$app" --db "$scratch/demo.sqlite" demo-data --attendees 60
    "$app" --db "$scratch/demo.sqlite" info
    "$app" selftest --gui --verbose
    tested=$(date +%s)

    version_number="${version##* }"
    tarball="$DIST/brokerage-app-$version_number-linux-$(uname -m).tar.gz"
    tar -C "$DIST" -czf "$tarball" brokerage-app
    echo "== done"
    echo "build: $((built - started)) s, smoke test: $((tested - built)) s"
    echo "bundle: $(du -sh "$bundle" | cut -f1) in $bundle"
    echo "tarball: $(du -sh "$tarball" | cut -f1) $tarball"
}

main "$@"
