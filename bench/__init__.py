"""presend's benchmark harness (issue 5): `python -m bench [--quick] [--json PATH]`."""
