"""The extraction pipeline (private): sentences → actors → statements → directives → metrics."""
