#!/usr/bin/env bash
# Kill trials of the atomic save: a child JVM saves a 10 000-animal study over and over and is killed with SIGKILL
# at a random moment; the study, its .bak and the temporary files are checked after each kill.
# Usage: scripts/kill-save-trials.sh [TRIALS=200] [SEED=1] [FOLDER]   (exit 1 if any trial fails)
set -euo pipefail
cd "$(dirname "$0")/.."
TRIALS="${1:-200}"
SEED="${2:-1}"
FOLDER="${3:-$(mktemp -d -t kill-save.XXXXXX)}"
mvn -B -ntp -o -q test-compile
mvn -B -ntp -o -q exec:java -Dexec.mainClass=org.hiitplanner.bench.SaveKillTrials -Dexec.classpathScope=test \
    -Dexec.args="$TRIALS $SEED $FOLDER"
