"""Analyse: pure functions over a Model (the reach index, claims, shares, check, steering, views).

Reads the model layer; never imports presentation or the command line.
"""
