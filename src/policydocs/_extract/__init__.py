"""The extraction pipeline (private).

Stages: sentences, actors, statements, directives, metrics.
"""
