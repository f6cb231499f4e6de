"""Shared test set-up: Hypothesis profiles chosen with ``HYPOTHESIS_PROFILE``.

* ``dev`` (default locally): 20 examples per test, quick feedback.

No profile has a deadline: speed goals live in benchmarks, never in timed
assertions, and the machines running the suite are shared and busy.
* ``ci`` (default when ``CI`` is set): 300 examples, no deadline, and the
  reproduction blob printed on failure.
* ``fuzz``: 5000 examples, no deadline, for a long hunt:
  ``HYPOTHESIS_PROFILE=fuzz pytest tests/property``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=20, deadline=None)
settings.register_profile("ci", max_examples=300, deadline=None, print_blob=True)
settings.register_profile(
    "fuzz",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev")
)
