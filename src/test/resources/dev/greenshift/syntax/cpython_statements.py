# Prints "row:col" of every statement CPython's ast finds in each file named on the command line,
# sorted, after a "==> path" header, for StructureAgreementTest.
import ast
import sys

for path in sys.argv[1:]:
    print("==> " + path)
    with open(path, "rb") as f:
        tree = ast.parse(f.read())
    for row, col in sorted((n.lineno, n.col_offset) for n in ast.walk(tree) if isinstance(n, ast.stmt)):
        print(f"{row}:{col}")
