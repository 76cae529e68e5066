"""Present: DOT source, the layout engines, output files and reports.

Reads the model and the analysis; decides nothing about ownership itself.
"""
