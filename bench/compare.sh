#!/usr/bin/env bash
# Compares greenshift with ast-grep and with CPython's ast.parse over the same .py files, in one run:
#   1. `greenshift diff --recipes threading DIR` and `greenshift audit DIR`, the whole CLI including
#      JVM start, under /usr/bin/time -v;
#   2. `ast-grep scan` of DIR with the 14 Eventlet rules of bench/ast-grep (the calls and imports the
#      threading recipes rewrite), if ast-grep is installed (npm install -g @ast-grep/cli; or set
#      AST_GREP to its path);
#   3. `greenshift roundtrip DIR` (lex and structure of every file) and a python3 loop reading every
#      file and calling ast.parse on it;
#   4. `greenshift bench DIR`, lex + structure throughput in a warm JVM, and its peak heap.
# Prints wall seconds, peak RSS MB and ratios (below 1 means greenshift is faster or smaller). The
# runs take turns, so a machine shared with other work slows them alike: compare the ratios of one
# run, not figures of different runs. A measurement: it exits 0 whatever the figures are.
#
# /usr/bin/time is GNU time, from Debian's `time` package (apt-get install time); this script
# installs nothing. Without it, bash's `time` gives wall seconds and peak RSS shows as n/a.
#
# Usage: bench/compare.sh DIR [greenshift bench options, e.g. --warmup 3 --runs 5]
set -uo pipefail
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 DIR [bench options]" >&2
  exit 2
fi
dir="$1"
shift
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
gs="$root/greenshift"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Same discovery as greenshift's FileDiscovery: every regular *.py file, symlinks not followed,
# skipping .git/.hg/.svn/__pycache__ below DIR. Files are read first, then parsed, and the parse
# loop is timed on its own too, to compare with `greenshift bench`.
read -r -d '' python_loop <<'PY'
import ast, os, sys, time
root = sys.argv[1]
skip = {".git", ".hg", ".svn", "__pycache__"}
paths = []
for d, dirs, files in os.walk(root):
    dirs[:] = [x for x in dirs if x not in skip]
    for f in files:
        p = os.path.join(d, f)
        if f.endswith(".py") and os.path.isfile(p) and not os.path.islink(p):
            paths.append(p)
paths.sort()
sources = []
for p in paths:
    with open(p, "rb") as fh:
        sources.append(fh.read())
start = time.perf_counter()
errors = 0
for p, src in zip(paths, sources):
    try:
        ast.parse(src, filename=p)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        errors += 1
elapsed = max(time.perf_counter() - start, 1e-9)
mb = sum(map(len, sources)) / 1e6
print(f"python ast.parse: {len(paths)} files, {mb:.1f} MB, {errors} errors, parse loop {elapsed:.3f} s = {mb / elapsed:.1f} MB/s")
PY

have_gnu_time=1
if [ ! -x /usr/bin/time ]; then
  have_gnu_time=0
  echo "compare: warning: /usr/bin/time not found (Debian package 'time'); timing with bash's time, no peak RSS" >&2
fi

# run NAME CMD...: runs CMD with its output in $tmp/NAME.out, and leaves "wall rss_mb" in $tmp/NAME.time.
run() {
  local name="$1"
  shift
  if [ "$have_gnu_time" = 1 ]; then
    /usr/bin/time -v -o "$tmp/$name.v" "$@" >"$tmp/$name.out" 2>&1
    awk -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
      /Maximum resident set size/ { rss = $2 / 1024 }
      END { printf "%.2f %.0f\n", wall, rss }' "$tmp/$name.v" >"$tmp/$name.time"
  else
    local TIMEFORMAT=%R
    { time "$@" >"$tmp/$name.out" 2>&1; } 2>"$tmp/$name.t"
    echo "$(tail -n 1 "$tmp/$name.t") n/a" >"$tmp/$name.time"
  fi
}

"$gs" --version >/dev/null            # builds the jar on first use, outside the timings
find "$dir" -name '*.py' -type f -exec cat {} + >/dev/null   # both sides start from a warm page cache

ast_grep="${AST_GREP:-$(command -v ast-grep || true)}"
run gs_diff "$gs" diff --recipes threading --color never "$dir"
run gs_audit "$gs" audit "$dir"
if [ -n "$ast_grep" ]; then
  # ast-grep reads bench/ast-grep/sgconfig.yml from its working directory.
  run astgrep bash -c 'cd "$1" && exec "$2" scan "$3"' _ "$root/bench/ast-grep" "$ast_grep" "$dir"
else
  echo "compare: ast-grep not found (npm install -g @ast-grep/cli, or AST_GREP=PATH); its column is left out" >&2
fi
run greenshift "$gs" roundtrip "$dir"
run python python3 -c "$python_loop" "$dir"

read -r gs_wall gs_rss <"$tmp/greenshift.time"
read -r py_wall py_rss <"$tmp/python.time"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b == 0) print "n/a"; else printf "%.2f", a / b }'; }

echo "compare: $dir"
tail -n 1 "$tmp/gs_diff.out"
tail -n 1 "$tmp/greenshift.out"
tail -n 1 "$tmp/python.out"
echo
printf '%-28s %8s %12s\n' "" "wall s" "peak RSS MB"
read -r d_wall d_rss <"$tmp/gs_diff.time"
read -r a_wall a_rss <"$tmp/gs_audit.time"
printf '%-28s %8s %12s\n' "greenshift diff (threading)" "$d_wall" "$d_rss"
printf '%-28s %8s %12s\n' "greenshift audit" "$a_wall" "$a_rss"
if [ -n "$ast_grep" ]; then
  read -r ag_wall ag_rss <"$tmp/astgrep.time"
  printf '%-28s %8s %12s   (%s matches)\n' "ast-grep scan, 14 rules" "$ag_wall" "$ag_rss" "$(grep -c '^[a-z]*\[' "$tmp/astgrep.out" || true)"
  printf '%-28s %8s %12s\n' "ratio diff/ast-grep" "$(ratio "$d_wall" "$ag_wall")" "$(ratio "$d_rss" "$ag_rss")"
  printf '%-28s %8s %12s\n' "ratio audit/ast-grep" "$(ratio "$a_wall" "$ag_wall")" "$(ratio "$a_rss" "$ag_rss")"
fi
printf '%-28s %8s %12s\n' "greenshift roundtrip (CLI)" "$gs_wall" "$gs_rss"
printf '%-28s %8s %12s\n' "python3 ast.parse loop" "$py_wall" "$py_rss"
printf '%-28s %8s %12s\n' "ratio roundtrip/python" "$(ratio "$gs_wall" "$py_wall")" "$(ratio "$gs_rss" "$py_rss")"
printf '%-28s %8s %12s\n' "ratio diff/python" "$(ratio "$d_wall" "$py_wall")" "$(ratio "$d_rss" "$py_rss")"
printf '%-28s %8s %12s\n' "ratio audit/python" "$(ratio "$a_wall" "$py_wall")" "$(ratio "$a_rss" "$py_rss")"
echo
run bench "$gs" bench "$dir" "$@"
cat "$tmp/bench.out"
read -r b_wall b_rss <"$tmp/bench.time"
unit=" MB"
[ "$b_rss" = n/a ] && unit=""
echo "bench process: wall $b_wall s, peak RSS $b_rss$unit"
# Warm throughput against python's parse loop alone (no start-up, no reading on either side).
py_mbs="$(sed -n 's/.* = \([0-9.]*\) MB\/s$/\1/p' "$tmp/python.out")"
for mode in single-threaded parallel; do
  gs_mbs="$(awk -v m="$mode" '$1 == m { print $5 }' "$tmp/bench.out")"
  [ -n "$gs_mbs" ] && [ -n "$py_mbs" ] && echo "warm $mode: greenshift $gs_mbs MB/s vs python $py_mbs MB/s = $(ratio "$gs_mbs" "$py_mbs")x python's speed"
done
exit 0
