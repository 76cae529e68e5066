import resultaat


def test_all_is_sorted_and_exists():
    assert resultaat.__all__ == sorted(resultaat.__all__, key=lambda s: (not s.isupper(), s))
    for name in resultaat.__all__:
        assert hasattr(resultaat, name), name


def test_no_rendering_imported_by_model_or_analysis():
    import ast
    from pathlib import Path

    src = Path(resultaat.__file__).parent
    lower = ["_model.py", "_values.py", "_periods.py", "_io.py", "_builder.py", "_graph.py",
             "_attribution.py", "_claims.py", "_check.py", "_errors.py", "_text.py",
             "_steering.py", "_views.py", "_examples.py", "_files.py"]
    for name in lower:
        path = src / name
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                presenting = ("resultaat._render", "resultaat._engine", "resultaat._output",
                              "resultaat._report", "resultaat._markup", "graphviz")
                assert not node.module.startswith(presenting), (name, node.module)
            if isinstance(node, ast.Import):
                assert all(not a.name.startswith("graphviz") for a in node.names), name
