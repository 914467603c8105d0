"""Random ids read as the UUIDs `str(uuid.uuid4())` writes: version 4, RFC 4122's variant,
lower-case hex with hyphens, and the 122 other bits random."""

from __future__ import annotations

import uuid
from unittest import mock

import pytest

from service.ids import new_id

# Random bytes that set or clear every bit the version and variant overwrite.
RANDOM = {
    "all zero": bytes(16),
    "all ones": b"\xff" * 16,
    "counting": bytes(range(16)),
    "alternating": b"\xaa\x55" * 8,
}


@pytest.mark.parametrize("random", RANDOM.values(), ids=RANDOM.keys())
def test_an_id_is_the_uuid4_of_the_same_random_bytes(random):
    with mock.patch("os.urandom", return_value=random):
        made = new_id()
        expected = str(uuid.uuid4())
    assert made == expected


def test_ids_are_version_4_uuids_and_differ():
    ids = [new_id() for _ in range(1000)]
    for made in ids:
        parsed = uuid.UUID(made)
        assert (str(parsed), parsed.version, parsed.variant) == (made, 4, uuid.RFC_4122)
    assert len(set(ids)) == len(ids)
