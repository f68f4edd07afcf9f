#!/usr/bin/env bash
# Runs a built application image's launcher: --version, the command line on the demo study (headless), and the
# window under Xvfb until it has shown and painted. Usage: packaging/smoke-test.sh target/installer/hiit-planner
set -euo pipefail
app="${1:?application image folder}"
launcher="$app/bin/hiit-planner"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "smoke: $launcher --version"
"$launcher" --version | tee "$work/version"
grep -q '^hiit-planner ' "$work/version"

echo "smoke: schedule of the demo study, no display"
env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" schedule assets/demo-study.hiit.json > "$work/schedule.csv"
head -1 "$work/schedule.csv" | grep -q '^animal,group,'
rows=$(($(wc -l < "$work/schedule.csv") - 1))
echo "smoke: $rows planned sessions"
[ "$rows" -gt 100 ]

echo "smoke: the window without a display says so in one line"
set +e
env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" > /dev/null 2> "$work/nodisplay"
code=$?
set -e
cat "$work/nodisplay"
[ "$code" -eq 1 ] && [ "$(wc -l < "$work/nodisplay")" -eq 1 ] && grep -q 'graphical session' "$work/nodisplay"

echo "smoke: the window under Xvfb"
export HOME="$work/home" && mkdir -p "$HOME"   # a fresh user: the demo opens, no recent file
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  JAVA_TOOL_OPTIONS="-Dhiit.startupTiming=true -Duser.home=$HOME" "$1" > "$2/window.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 90); do
    if grep -q "first window shown" "$2/window.log"; then break; fi
    if ! kill -0 $pid 2>/dev/null; then break; fi
    sleep 1
  done
  sleep 3   # let it paint
  found=$(xdotool search --onlyvisible --name "HIIT Planner" 2>/dev/null | head -1 || true)
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  [ -n "$found" ] && echo "smoke: window $found: $(grep "first window shown" "$2/window.log")"
  [ -n "$found" ]
' _ "$launcher" "$work" || { cat "$work/window.log" >&2; exit 1; }
if grep -E 'Exception|WARNING: Unsupported JavaFX' "$work/window.log"; then
  echo "smoke: the window's start printed the above" >&2
  exit 1
fi
echo "smoke: all good"
