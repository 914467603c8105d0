"""service/engine/scan/emoji.txt is the emoji package's table, kept as data so that no worker
imports the package (its names for every sequence are 2 MB of each worker's memory)."""

import subprocess
import sys
from pathlib import Path

import emoji

from service.engine.scan import markup

ROOT = Path(__file__).resolve().parents[2]


def written(sequences: list[str]) -> str:
    """The table as emoji.txt holds it: one sequence a line, sorted."""
    return "".join(sequence + "\n" for sequence in sorted(sequences))


def test_the_table_is_the_emoji_packages():
    """After an upgrade of emoji, write the file anew:
    `python -c "import emoji, tests.engine.test_emoji_table as t;
    t.markup.EMOJI_TABLE.write_text(t.written(list(emoji.EMOJI_DATA)), encoding='utf-8')"`."""
    assert markup.EMOJI_TABLE.read_text(encoding="utf-8") == written(list(emoji.EMOJI_DATA))
    assert markup.emoji_table() == frozenset(emoji.EMOJI_DATA)


def test_the_engine_imports_no_emoji_package():
    code = (
        "import sys, service.engine.scan.markup as m; m._emoji_index(); "
        "sys.exit('emoji' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False)  # noqa: S603
    assert done.returncode == 0
