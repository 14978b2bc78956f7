#!/bin/sh
# Runs the DrAudit fleet audit unattended (cron) with the draudit command line, and logs the run.
#
#   draudit-fleet.sh <clients> <output-root> [log-file]
#
#   <clients>      a folder of client definitions (*.yaml, and <subfolder>/client.yaml) or a list file
#   <output-root>  packs go to <output-root>/<client-id>/<yyyy-MM-dd>/, the summary to <output-root>/_fleet/<yyyy-MM-dd>/
#   [log-file]     default: <output-root>/_logs/draudit-<UTC time>.log
#
# Environment: DRAUDIT (the draudit command, default "draudit"), DRAUDIT_THROTTLE (clients at once, default 4),
# DRAUDIT_FORMAT (the packs' formats, e.g. json,html,excel,email for the monthly email digest; default json,html,excel).
#
# Exit codes (those of 'draudit fleet'):
#   0  every client was audited and every source read
#   1  some clients failed, or had a source that could not be read
#   2  nothing ran (bad arguments, no client definitions, every client failed, draudit not found)
#   3  an unexpected error
# It never prompts: standard input is closed, and draudit never signs in interactively.
# See docs/scheduling.md.
set -u

if [ "$#" -lt 2 ] || [ "$#" -gt 3 ]; then
    echo "usage: $0 <clients> <output-root> [log-file]" >&2
    exit 2
fi
clients=$1
root=$2
started=$(date -u +%Y-%m-%dT%H%M%SZ)
log=${3:-$root/_logs/draudit-$started.log}
draudit=${DRAUDIT:-draudit}
throttle=${DRAUDIT_THROTTLE:-}   # empty: draudit's default (one per processor, at most 4)
format=${DRAUDIT_FORMAT:-}       # empty: draudit's default (json,html,excel)

if ! mkdir -p "$(dirname "$log")"; then
    echo "cannot create the log folder for $log" >&2
    exit 2
fi

{
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) DrAudit fleet run: clients $clients; output $root; throttle ${throttle:-default}."
} >>"$log"

if ! command -v "$draudit" >/dev/null 2>&1; then
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) ERROR: '$draudit' was not found. Exit code 2 (nothing ran)." >>"$log"
    exit 2
fi

"$draudit" fleet "$clients" --out "$root" ${throttle:+--throttle "$throttle"} ${format:+--format "$format"} --verbose </dev/null >>"$log" 2>&1
code=$?

echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) Exit code $code." >>"$log"
exit "$code"
