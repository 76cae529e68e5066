"""Render every bundled example to docs/images/NAME.png (and .svg).

The bundled engine draws the same bytes on every machine, so the pictures in
version control only change when the diagrams do.

    python docs/render_examples.py
"""

from pathlib import Path

import resultaat

HERE = Path(__file__).resolve().parent / "images"

if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    for name in resultaat.EXAMPLES:
        model = resultaat.example(name)
        signals = resultaat.latest_signals(resultaat.progress(model))
        for suffix in (".png", ".svg"):
            print(resultaat.render_to(model, HERE / f"{name}{suffix}", engine="bundled",
                                      progress=signals))
