#!/usr/bin/env bash
# Start-up, side by side in one run: the packaged runtime (installer's app image) against `java -jar`, and a
# one-page PDF from the command line against LibreOffice converting the same study's schedule CSV to PDF.
# Usage: packaging/startup-bench.sh [APP_IMAGE] [JAR] [RUNS]
#   defaults: target/installer/hiit-planner target/hiit-planner.jar 7 (build them: mvn -Pinstaller package)
# Needs a display for the window (without one it runs itself under xvfb-run); LibreOffice is optional
# (apt-get install libreoffice-calc-nogui). "C1 only" adds -XX:TieredStopAtLevel=1 to the packaged launcher (an
# option to weigh: faster starts, slower long computations). Prints medians in seconds as a Markdown table.
set -euo pipefail
app="${1:-target/installer/hiit-planner}"
jar="${2:-target/hiit-planner.jar}"
runs="${3:-7}"
if [ -z "${DISPLAY:-}" ] && [ -z "${BENCH_UNDER_XVFB:-}" ] && command -v xvfb-run > /dev/null; then
  BENCH_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$app" "$jar" "$runs"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
home="$work/home" && mkdir -p "$home"
launcher="$app/bin/hiit-planner"
study="$work/demo.hiit.json"
java -jar "$jar" demo --out="$study" > /dev/null
java -jar "$jar" schedule "$study" > "$work/schedule.csv"

median() { sort -n | awk '{v[NR]=$1} END {if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)]}'; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f\n", (b - a) / 1e9}'; }

# whole process: start to exit
wall() {
  local t0 t1
  t0=$(date +%s%N); "$@" > /dev/null 2>&1; t1=$(date +%s%N)
  seconds "$t0" "$t1"
}

# the window: JVM start to the first window shown (HiitPlannerApp's own report), then it closes itself
window() {
  JAVA_TOOL_OPTIONS="${extra:-} -Dhiit.startupTiming=true -Dhiit.exitAfterShown=true -Duser.home=$home" \
    timeout 120 "$@" "$study" 2>&1 \
    | sed -n 's/.*first window shown \([0-9]*\) ms.*/\1/p' | awk '{printf "%.2f\n", $1 / 1000}'
}

pdf_args=(export pdf --kind=week --date=2026-11-16 --out="$work/week.pdf" "$study")
declare -A result
for _ in $(seq 1 "$runs"); do
  window "$launcher" >> "$work/window.app"
  window java -jar "$jar" >> "$work/window.jar"
  wall "$launcher" "${pdf_args[@]}" >> "$work/pdf.app"
  extra=-XX:TieredStopAtLevel=1 window "$launcher" >> "$work/window.c1"
  JAVA_TOOL_OPTIONS=-XX:TieredStopAtLevel=1 wall "$launcher" "${pdf_args[@]}" >> "$work/pdf.c1"
  wall java -jar "$jar" "${pdf_args[@]}" >> "$work/pdf.jar"
  if command -v soffice > /dev/null; then
    wall soffice -env:UserInstallation=file://"$work/lo" --headless --convert-to pdf --outdir "$work/lo-out" \
      "$work/schedule.csv" >> "$work/pdf.lo"
  fi
done
for k in window.app window.c1 window.jar pdf.app pdf.c1 pdf.jar pdf.lo; do
  result[$k]=$( [ -f "$work/$k" ] && median < "$work/$k" || echo "n/a")
done
lo_pages="n/a"
if [ -f "$work/lo-out/schedule.pdf" ]; then
  lo_pages=$(strings "$work/lo-out/schedule.pdf" | grep -c '/Type */Page[^s]' || true)
fi
echo "median of $runs runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| | packaged runtime | packaged, C1 only | java -jar | LibreOffice |"
echo "|---|---:|---:|---:|---:|"
echo "| first window shown, s after the JVM starts | ${result[window.app]} | ${result[window.c1]} | ${result[window.jar]} | |"
echo "| one-page week sheet PDF, whole process, s | ${result[pdf.app]} | ${result[pdf.c1]} | ${result[pdf.jar]} | |"
echo "| schedule CSV ($(($(wc -l < "$work/schedule.csv") - 1)) rows) to PDF ($lo_pages pages), whole process, s | | | | ${result[pdf.lo]} |"
