"""All user-facing text: one catalogue per language, looked up by message id."""
