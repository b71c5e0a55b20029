package dev.greenshift.syntax;

/** What a statement is, read from its first tokens; compound kinds own a body block. */
public enum StatementKind {
    EXPRESSION, ASSIGNMENT, AUGMENTED_ASSIGNMENT, IMPORT, FROM_IMPORT, RETURN, PASS, DEL, RAISE,
    GLOBAL, NONLOCAL, ASSERT, BREAK, CONTINUE,
    IF, ELIF, ELSE, FOR, WHILE, TRY, EXCEPT, FINALLY, WITH, DEF, CLASS, MATCH, CASE,
    DECORATOR;

    public boolean isCompound() {
        return ordinal() >= IF.ordinal() && this != DECORATOR;
    }

    public boolean isImport() {
        return this == IMPORT || this == FROM_IMPORT;
    }
}
