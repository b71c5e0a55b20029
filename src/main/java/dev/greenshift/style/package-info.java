/**
 * The project's own style, as its lint gate sees it: the line limit and the import-order
 * convention read from flake8 ({@code setup.cfg}, {@code tox.ini}, {@code .flake8}), ruff, black and
 * isort ({@code pyproject.toml}), and the layout habits read from a file itself (how continuation
 * lines are indented, how imports are sorted). Rewrites ask this package how to lay out their code;
 * it knows nothing of recipes.
 */
package dev.greenshift.style;
