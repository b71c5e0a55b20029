#!/usr/bin/env bash
# Checks greenshift on a real code base (a checkout you provide; nothing from it is kept):
#   1. roundtrip: every .py file lexes, structures and renders back byte for byte;
#   2. apply on a scratch copy: files greenshift did not change stay byte-identical, every changed
#      file that compiled before still compiles (python3), and a second run changes nothing;
#   3. figures: files changed, edits per recipe, flags per recipe, run time;
#   4. the reviewer's checks, before against after (bench/reviewer-checks.py, with Debian's python3 for
#      pyflakes): new pyflakes messages in changed files, module names shadowed by locals, mock/patch
#      targets that no longer resolve, monkey patching removed while Eventlet remains.
# Usage: bench/corpus-check.sh DIR [greenshift selection flags, e.g. --recipes threading]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
gs="$here/greenshift"
src="$(cd "$1" && pwd)"; shift
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
copy="$work/$(basename "$src")"
rsync -a --exclude .git "$src/" "$copy/" 2>/dev/null || { mkdir -p "$copy"; (cd "$src" && tar --exclude=.git -cf - .) | (cd "$copy" && tar xf -); }

echo "== roundtrip"
"$gs" roundtrip "$copy" | tail -1

echo "== diff (dry run)"
cd "$work"
start=$(date +%s.%N)
"$gs" diff --color never "$@" "$(basename "$src")" > "$work/changes.diff" 2> "$work/summary.txt" || true
end=$(date +%s.%N)
tail -1 "$work/summary.txt"
printf 'diff wall time: %.1f s\n' "$(echo "$end - $start" | bc)"
echo "flags per recipe:"
grep -oE ': flag [a-z0-9-]+' "$work/summary.txt" | sort | uniq -c | sort -rn | sed 's/: flag //' || true
echo "reviews per recipe:"
grep -oE ': review [a-z0-9-]+' "$work/summary.txt" | sort | uniq -c | sort -rn | sed 's/: review //' || true

echo "== apply on a scratch copy"
find "$copy" -name '*.py' -print0 | sort -z | xargs -0 sha256sum > "$work/before.sha"
"$gs" apply --no-verify "$@" "$(basename "$src")" 2> "$work/apply.txt" || true
tail -1 "$work/apply.txt"
changed=$(grep -c '^rewrote ' "$work/apply.txt" || true)
grep '^rewrote ' "$work/apply.txt" | sed 's/^rewrote //' | sort > "$work/changed.txt"
untouched_bad=0
while read -r sum path; do
  rel="${path#$work/}"
  if ! grep -qxF "$rel" "$work/changed.txt"; then
    [ "$(sha256sum < "$path" | cut -d' ' -f1)" = "$sum" ] || { echo "CHANGED WITHOUT REPORT: $rel"; untouched_bad=$((untouched_bad+1)); }
  fi
done < "$work/before.sha"
echo "untouched files changed: $untouched_bad"

python3 - "$work" "$src" <<'PY'
import sys, pathlib
work, src = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
changed = [l for l in (work / "changed.txt").read_text().split("\n") if l]
before_ok = after_bad = 0
for rel in changed:
    original = src / pathlib.Path(rel).relative_to(pathlib.Path(rel).parts[0])
    rewritten = work / rel
    try:
        compile(original.read_bytes(), str(original), "exec", dont_inherit=True)
    except SyntaxError:
        continue
    before_ok += 1
    try:
        compile(rewritten.read_bytes(), str(rewritten), "exec", dont_inherit=True)
    except SyntaxError as e:
        after_bad += 1
        print(f"NO LONGER COMPILES: {rel}:{e.lineno}: {e.msg}")
print(f"changed files that compiled before: {before_ok}, no longer compiling: {after_bad}")
PY

echo "== reviewer checks (before -> after)"
checker=/usr/bin/python3
"$checker" -c 'import pyflakes' 2>/dev/null || { echo "(no pyflakes in $checker: apt-get install pyflakes3; using python3)"; checker=python3; }
"$checker" "$here/bench/reviewer-checks.py" "$src" "$copy" "$work/changed.txt"

echo "== idempotence"
"$gs" diff --no-verify "$@" "$(basename "$src")" > "$work/second.diff" 2>/dev/null || true
again=$(grep -c '^+++ ' "$work/second.diff" || true)
if [ "$again" = 0 ]; then echo "second run: no change"; else echo "second run would change $again files"; head -40 "$work/second.diff"; fi

# ---- style (issue 10): new flake8 violations per code, under the project's own [flake8] settings ----
# Runs Debian's flake8 (/usr/bin/python3 -m flake8) on each changed file before and after, with the
# [flake8] section of the project's setup.cfg / tox.ini / .flake8 (local plugins left out: they need
# the project's own dependencies, hacking among them), and counts per file and code; "new" is how many
# more of a code the rewritten file has than the original. Skipped when flake8 is missing.
echo "== style: new flake8 violations per code (project configuration)"
if ! /usr/bin/python3 -m flake8 --version >/dev/null 2>&1; then
  echo "flake8 not found for /usr/bin/python3 (apt-get install flake8): skipped"
else
  /usr/bin/python3 - "$src" "$work/flake8.cfg" <<'PY'
import configparser, pathlib, sys
src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
settings = {}
for name in ("setup.cfg", "tox.ini", ".flake8"):
    parser = configparser.RawConfigParser()
    try:
        parser.read(src / name, encoding="utf-8")
    except configparser.Error:
        continue
    if parser.has_section("flake8"):
        settings = {k: v for k, v in parser.items("flake8")}
        print(f"flake8 settings from {name}: max-line-length = {settings.get('max-line-length', settings.get('max_line_length', '79 (default)'))}")
        break
else:
    print("flake8 settings: none configured (defaults, 79 columns)")
lines = ["[flake8]"] + [f"{k} = {v}".replace("\n", "\n    ") for k, v in settings.items()]
out.write_text("\n".join(lines) + "\n")
PY
  : > "$work/flake8-before.txt"; : > "$work/flake8-after.txt"
  while read -r rel; do
    [ -n "$rel" ] || continue
    inner="${rel#*/}"
    (cd "$src" && /usr/bin/python3 -m flake8 --config "$work/flake8.cfg" --no-show-source --format='%(path)s %(code)s' "$inner" >> "$work/flake8-before.txt" 2>/dev/null) || true
    (cd "$copy" && /usr/bin/python3 -m flake8 --config "$work/flake8.cfg" --no-show-source --format='%(path)s %(code)s' "$inner" >> "$work/flake8-after.txt" 2>/dev/null) || true
  done < "$work/changed.txt"
  python3 - "$work/flake8-before.txt" "$work/flake8-after.txt" <<'PY'
import collections, sys
before = collections.Counter(l for l in open(sys.argv[1]).read().split("\n") if l)
after = collections.Counter(l for l in open(sys.argv[2]).read().split("\n") if l)
new = after - before
per_code = collections.Counter(k.split()[-1] for k in new.elements())
gone = collections.Counter(k.split()[-1] for k in (before - after).elements())
print(f"new flake8 violations: {sum(per_code.values())}" + ("" if not per_code else " (" + ", ".join(f"{c} {n}" for c, n in sorted(per_code.items())) + ")"))
print(f"flake8 violations the rewrite removed: {sum(gone.values())}")
for key, n in sorted(new.items()):
    print(f"  {n} {key}")
PY
fi
# ---- end of style section ----
