"""All user-facing text: one catalogue per language, looked up by message id.

Add a language by adding one module here (see ``en.py``); see CONTRIBUTING.md.
"""
