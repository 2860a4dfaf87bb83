#!/usr/bin/env bash
# Runs `npm test` N times in a row (default 10) while `npm run bench -- --notes 20000` runs beside it
# again and again, as the suite must pass on a loaded machine. Stops at the first failing run.
# Logs: one file per run and the bench's output in $LOGS (default soak-logs/), and a summary line a run.
#   bash scripts/soak.sh [N]
set -u
N="${1:-10}"
LOGS="${LOGS:-soak-logs}"
mkdir -p "$LOGS"
# Job control on, so the bench loop is a process group of its own and stops with everything it started.
set -m
( while true; do npm run -s bench -- --notes 20000 >>"$LOGS/bench.log" 2>&1 || sleep 5; done ) &
BENCH=$!
set +m
trap 'kill -- -"$BENCH" 2>/dev/null' EXIT
failed=0
for i in $(seq 1 "$N"); do
	start=$(date +%s)
	npm test >"$LOGS/run-$i.log" 2>&1
	rc=$?
	secs=$(( $(date +%s) - start ))
	summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped' "$LOGS/run-$i.log" | tail -1)
	echo "run $i: exit $rc in ${secs}s, ${summary:-no summary} (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$LOGS/summary.txt"
	if [ "$rc" -ne 0 ]; then failed=1; break; fi
done
echo "bench rounds finished beside the tests: $(grep -c 'gray-matter on every file' "$LOGS/bench.log" || true)" | tee -a "$LOGS/summary.txt"
exit "$failed"
