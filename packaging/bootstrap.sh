#!/usr/bin/env bash
# Set up Article Reader on a fresh Linux machine, then start the app or run the tests.
#
#   bash packaging/bootstrap.sh app    # install, then launch the desktop app
#   bash packaging/bootstrap.sh test   # install, then run ruff and the test suite (Qt offscreen)
#
# Qt (PySide6) comes from PyPI, but its platform plugins need a few system
# libraries that minimal machines lack. On Debian/Ubuntu they are installed
# with apt-get when we are root (or through sudo); elsewhere the missing ones
# are named so you can install them.
set -euo pipefail

mode="${1:-app}"
shift || true
case "$mode" in app|test) ;; *) echo "usage: $0 app|test [args...]" >&2; exit 2 ;; esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="${ARTICLE_READER_VENV:-$root/.venv}"

# Libraries Qt's offscreen plugin (tests) and xcb plugin (the app on X11) load.
test_packages=(libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0
               libx11-6 libxcb1 fonts-dejavu-core)
app_packages=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0
              libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libx11-xcb1
              libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-util1)

need_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    return 1
}

install_system_packages() {
    local wanted=("${test_packages[@]}")
    [ "$mode" = app ] && wanted+=("${app_packages[@]}")
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "note: not a Debian-like system; make sure Qt 6's xcb/EGL/fontconfig libraries are installed" >&2
        return 0
    fi
    local missing=()
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if ! need_python >/dev/null; then missing+=(python3 python3-venv); fi
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "error: missing system packages: ${missing[*]}" >&2
            echo "install them with: apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
    echo "Installing system packages Qt needs: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_system_packages
python="$(need_python)" || { echo "error: Python 3.11 or newer with venv is required" >&2; exit 1; }
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -e ".[test]"

if [ "$mode" = test ]; then
    export QT_QPA_PLATFORM=offscreen
    "$venv/bin/ruff" check .
    "$venv/bin/ruff" format --check .
    exec "$venv/bin/python" -m pytest "$@"
fi
exec "$venv/bin/article-reader" "$@"
