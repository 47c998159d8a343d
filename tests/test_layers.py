"""The layers of docs/architecture.md: the vector layer knows nothing of transcripts."""

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_embeddings_imports_nothing_from_qa():
    files = sorted((REPO / "embeddings").rglob("*.py"))
    assert files
    offending = {f.name: sorted(n for n in _imports(f) if n == "qa" or n.startswith("qa."))
                 for f in files}
    assert {name: found for name, found in offending.items() if found} == {}

