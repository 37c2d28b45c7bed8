#!/usr/bin/env bash
# Build the one-folder Linux bundle dist/article-reader/ from a clean checkout, then smoke-test it.
#
#   bash packaging/build.sh
#
# Uses its own virtual environment (.build-venv) with a non-editable install, so
# the bundle holds exactly what a user's install would. The smoke tests run the
# frozen executable: --version with no display, a CLI import, and the app
# offscreen importing a saved page from its command line and showing it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="${ARTICLE_READER_BUILD_VENV:-$root/.build-venv}"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q . "pyinstaller>=6.10"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" packaging/article-reader.spec

app="$root/dist/article-reader/article-reader"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export ARTICLE_READER_LIBRARY="$scratch/library.db" XDG_CONFIG_HOME="$scratch/config"

echo "== smoke test: --version without a display"
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$app" --version

echo "== smoke test: the CLI imports a folder with worker processes"
mkdir "$scratch/pages"
cp tests/data/saved/chromium.mhtml tests/data/saved/detroitnews.html.gz tests/data/saved/select-all.txt "$scratch/pages/"
"$app" import --workers 2 "$scratch/pages"
"$app" list --json | "$venv/bin/python" -c 'import json, sys; rows = json.load(sys.stdin); assert len(rows) == 3, rows'

echo "== smoke test: the app imports a page given on its command line and shows it (offscreen)"
rm -f "$ARTICLE_READER_LIBRARY"*
QT_QPA_PLATFORM=offscreen timeout 120 "$app" --screenshot "$scratch/window.png" tests/data/saved/complete/Story.html
test -s "$scratch/window.png"
"$app" list --json | "$venv/bin/python" -c '
import json, sys
rows = json.load(sys.stdin)
assert [r["title"] for r in rows] == ["The First Map of Saturn'"'"'s Moon Titan Just Revealed Some Tantalising Features"], rows'
cp "$scratch/window.png" "$root/dist/smoke-test-window.png"

if command -v xvfb-run >/dev/null 2>&1; then
    echo "== smoke test: the same on a real X server (Xvfb, Qt's xcb plugin)"
    rm -f "$ARTICLE_READER_LIBRARY"*
    env -u QT_QPA_PLATFORM timeout 120 xvfb-run -a -s "-screen 0 1400x860x24" \
        "$app" --screenshot "$scratch/xcb.png" tests/data/saved/chromium.mhtml
    test -s "$scratch/xcb.png"
else
    echo "(xvfb-run not found: the X11 check is skipped)"
fi

echo "== bundle"
du -sh "$root/dist/article-reader" | awk '{print "size: " $1}'
echo "Qt modules: $(ls "$root/dist/article-reader/_internal/PySide6/" | grep -o '^Qt[A-Za-z]*' | sort -u | tr '\n' ' ')"
echo "built $app"
