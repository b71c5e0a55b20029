#!/usr/bin/env bash
# Is a whole-repository run linear in the number of files? Times `greenshift diff --recipes
# threading` (the whole CLI, JVM start included, under /usr/bin/time -v when present) over 1, 2
# and 4 copies of DIR side by side in a scratch directory, and prints wall and CPU seconds, peak
# RSS and the seconds per copy; linear time keeps the last column flat. Copies share their module
# names, which the world analysis sees as one project: the work per file is the same, the worlds
# may differ from a run on DIR alone. A measurement: it exits 0 whatever the figures are.
#
# Usage: bench/scaling.sh DIR [greenshift diff options]   (scratch space: 4 times DIR's .py files)
set -uo pipefail
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 DIR [diff options]" >&2
  exit 2
fi
dir="$(cd "$1" && pwd)"
shift
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
gs="$root/greenshift"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$gs" --version >/dev/null   # builds the jar on first use, outside the timings

# Only what a run reads: the .py files and the project files that name scripts and style.
copy() {
  (cd "$dir" && find . \( -name '*.py' -o -name setup.cfg -o -name tox.ini -o -name pyproject.toml -o -name .flake8 \) \
      -type f -print0 | cpio -0 -pdm --quiet "$1")
}

printf '%-7s %7s %8s %8s %12s %12s\n' copies files "wall s" "cpu s" "peak RSS MB" "wall s/copy"
for n in 1 2 4; do
  run="$tmp/x$n"
  mkdir -p "$run"
  for k in $(seq 1 "$n"); do
    mkdir -p "$run/copy$k"
    copy "$run/copy$k"
  done
  files=$(find "$run" -name '*.py' -type f | wc -l)
  find "$run" -name '*.py' -type f -exec cat {} + >/dev/null
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$tmp/time$n" "$gs" diff --recipes threading --color never "$@" "$run" >/dev/null 2>"$tmp/err$n"
    read -r wall cpu rss < <(awk -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
      /User time/ { u = $2 } /System time/ { sy = $2 }
      /Maximum resident set size/ { rss = $2 / 1024 }
      END { printf "%.2f %.2f %.0f\n", wall, u + sy, rss }' "$tmp/time$n")
  else
    start=$(date +%s.%N)
    "$gs" diff --recipes threading --color never "$@" "$run" >/dev/null 2>"$tmp/err$n"
    wall=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
    cpu=n/a
    rss=n/a
  fi
  printf '%-7s %7s %8s %8s %12s %12s\n' "$n" "$files" "$wall" "$cpu" "$rss" "$(awk -v w="$wall" -v n="$n" 'BEGIN { printf "%.2f", w / n }')"
  rm -rf "$run"
done
exit 0
