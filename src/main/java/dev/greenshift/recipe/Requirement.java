package dev.greenshift.recipe;

/** An import a recipe's output needs: {@code import module [as alias]} or {@code from module import name [as alias]}. */
public record Requirement(String module, String name, String alias) {

    /** The name this import binds in the module. */
    public String boundName() {
        if (alias != null) {
            return alias;
        }
        return name != null ? name : module.split("\\.")[0];
    }

    public String statementText() {
        String as = alias == null ? "" : " as " + alias;
        return name == null ? "import " + module + as : "from " + module + " import " + name + as;
    }
}
