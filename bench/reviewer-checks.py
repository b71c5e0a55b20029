"""The checks a reviewer makes on a rewrite, before against after (run by corpus-check.sh).

Usage: reviewer-checks.py ORIGINAL_ROOT REWRITTEN_ROOT CHANGED_LIST
  ORIGINAL_ROOT / REWRITTEN_ROOT: the same tree before and after `greenshift apply`;
  CHANGED_LIST: the rewritten files, one path per line, relative to REWRITTEN_ROOT's parent.
Prints one line per defect and a summary line per check:
  1. new pyflakes messages in changed files (Debian's pyflakes: run this with /usr/bin/python3);
  2. module names shadowed by locals: `mod.attr` (attr a real attribute of the imported module) inside a
     function, lambda or comprehension where `mod` is a local, counted before and after;
  3. mock/patch string targets 'pkg.mod.name' whose name the rewrite removed from a changed module;
  4. monkey patching removed from a file while Eventlet is still imported somewhere in the file set.
"""
import ast
import collections
import importlib
import io
import pathlib
import re
import subprocess
import sys

original_root, rewritten_root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
changed = [l for l in pathlib.Path(sys.argv[3]).read_text().split("\n") if l]
changed = [pathlib.Path(c).relative_to(pathlib.Path(c).parts[0]) for c in changed]


def parse(path):
    try:
        return ast.parse(path.read_bytes())
    except (SyntaxError, ValueError):
        return None


# ---- 1. pyflakes ---------------------------------------------------------------------------
def pyflakes_messages(paths):
    """Messages per file, without line:col (lines move) so before and after compare."""
    out = collections.defaultdict(collections.Counter)
    if not paths:
        return out
    proc = subprocess.run([sys.executable, "-m", "pyflakes", *map(str, paths)], capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        m = re.match(r"(.*?):(\d+):(?:\d+:)? (.*)", line)
        if m:
            out[m.group(1)][m.group(3)] += 1
    return out


before = pyflakes_messages([original_root / c for c in changed])
after = pyflakes_messages([rewritten_root / c for c in changed])
new_flakes = 0
for c in changed:
    was, now = before.get(str(original_root / c), collections.Counter()), after.get(str(rewritten_root / c), collections.Counter())
    for msg, n in (now - was).items():
        new_flakes += n
        print(f"NEW PYFLAKES: {c}: {msg}" + (f" (x{n})" if n > 1 else ""))
print(f"new pyflakes messages in changed files: {new_flakes}")


# ---- 2. module names shadowed by locals -------------------------------------------------------
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def module_imports(tree):
    """Bound name -> module, for top-level 'import m' / 'import m as n' of importable modules."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname or "." not in a.name:
                    found[a.asname or a.name] = a.name
    return found


def own_nodes(scope):
    """The nodes of a scope that are not inside a nested scope (or class)."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        n = stack.pop()
        yield n
        if not isinstance(n, SCOPES + (ast.ClassDef,)):
            stack.extend(ast.iter_child_nodes(n))


def locals_of(scope):
    names, declared = set(), set()
    if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        a = scope.args
        for arg in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg]:
            if arg is not None:
                names.add(arg.arg)
    if isinstance(scope, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        for g in scope.generators:
            names.update(n.id for n in ast.walk(g.target) if isinstance(n, ast.Name))
    for n in own_nodes(scope):
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            names.add(n.id)
        elif isinstance(n, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in n.names)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(n.name)
        elif isinstance(n, ast.ExceptHandler) and n.name:
            names.add(n.name)
        elif isinstance(n, (ast.Global, ast.Nonlocal)):
            declared.update(n.names)
    return names - declared


_members = {}


def members(module):
    if module not in _members:
        try:
            _members[module] = set(dir(importlib.import_module(module)))
        except Exception:
            _members[module] = set()
    return _members[module]


def shadowed_uses(tree):
    """(name, attribute) of each module-attribute reference made where the module's name is a local."""
    if tree is None:
        return collections.Counter()
    imports = module_imports(tree)
    found = collections.Counter()
    for scope in ast.walk(tree):
        if not isinstance(scope, SCOPES):
            continue
        local = locals_of(scope) & imports.keys()
        if not local:
            continue
        for n in own_nodes(scope):
            if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in local \
                    and n.attr in members(imports[n.value.id]):
                found[f"{n.value.id}.{n.attr}"] += 1
    return found


shadowed = 0
for c in changed:
    new = shadowed_uses(parse(rewritten_root / c)) - shadowed_uses(parse(original_root / c))
    for use, n in new.items():
        shadowed += n
        print(f"SHADOWED MODULE: {c}: {use} where that name is a local" + (f" (x{n})" if n > 1 else ""))
print(f"module names shadowed by locals: {shadowed}")


# ---- 3. mock/patch targets ------------------------------------------------------------------------
def top_level_names(tree):
    names = set()
    if tree is None:
        return names
    stack = list(tree.body)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in n.names)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(n.name)
        elif isinstance(n, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            for t in targets:
                names.update(x.id for x in ast.walk(t) if isinstance(x, ast.Name))
        elif isinstance(n, (ast.If, ast.Try, ast.With, ast.For, ast.While)):
            for field in ("body", "orelse", "finalbody", "handlers"):
                stack.extend(getattr(n, field, []) or [])
        elif isinstance(n, ast.ExceptHandler):
            stack.extend(n.body)
    return names


changed_modules = {}
for c in changed:
    parts = list(c.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    for k in range(len(parts)):
        changed_modules[".".join(parts[k:])] = c
PATCH = re.compile(r"""patch(?:\.dict|\.multiple)?\(\s*(?:target\s*=\s*)?['"]([A-Za-z_][\w.]*)['"]""")
broken = 0
checked = 0
names_cache = {}
for path in sorted(rewritten_root.rglob("*.py")):
    try:
        text = path.read_text(errors="replace")
    except OSError:
        continue
    for m in PATCH.finditer(text):
        target = m.group(1).split(".")
        for k in range(len(target) - 1, 0, -1):
            module = ".".join(target[:k])
            if module in changed_modules:
                c = changed_modules[module]
                if c not in names_cache:
                    names_cache[c] = (top_level_names(parse(original_root / c)), top_level_names(parse(rewritten_root / c)))
                was, now = names_cache[c]
                checked += 1
                if target[k] in was and target[k] not in now:
                    broken += 1
                    line = text.count("\n", 0, m.start()) + 1
                    print(f"PATCH TARGET GONE: {path.relative_to(rewritten_root)}:{line}: '{m.group(1)}' ({c} no longer defines '{target[k]}')")
                break
print(f"mock/patch targets into changed modules: {checked}, no longer resolving: {broken}")


# ---- 4. monkey patching removed while Eventlet remains ---------------------------------------------
EVENTLET_IMPORT = re.compile(r"^\s*(?:import\s+eventlet|from\s+eventlet[\s.])", re.M)
removed = [c for c in changed if "monkey_patch(" in (original_root / c).read_text(errors="replace")
           and "monkey_patch(" not in (rewritten_root / c).read_text(errors="replace")]
remaining = [p for p in rewritten_root.rglob("*.py") if EVENTLET_IMPORT.search(p.read_text(errors="replace"))]
for c in removed:
    print(f"MONKEY PATCHING REMOVED: {c}")
print(f"files whose monkey patching was removed: {len(removed)}, files still importing Eventlet: {len(remaining)}"
      + (" <- patching removed while Eventlet remains" if removed and remaining else ""))
