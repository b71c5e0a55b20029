# Prints CPython's tokens for each file named on the command line, as "TYPE row col" lines after a
# "==> path" header, for CPythonAgreementTest. ENCODING is left out: it is not a token of the text.
import sys
import tokenize

for path in sys.argv[1:]:
    print("==> " + path)
    with open(path, "rb") as f:
        for tok in tokenize.tokenize(f.readline):
            name = tokenize.tok_name[tok.type]
            if name != "ENCODING":
                print(name, tok.start[0], tok.start[1])
