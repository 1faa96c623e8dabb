"""Wheel build hook: the annotator compiled with mypyc, or the pure-Python wheel when it cannot be.

mypyc (part of mypy) turns the already strictly typed annotator modules into C extensions that
annotate about a third faster, with no C code of our own. A build that cannot compile (no C
compiler, no Python headers) prints one line and ships the pure modules: installing never fails
because of this.
Editable installs stay pure so that edits to the sources take effect. NEWSREADER_PURE=1 skips it.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The modules one annotation runs through, and the quote index a cold open builds (a third of the
# collection's own process); the rest of tui (the reader, the CLI) stays pure.
COMPILED = [
    "tui/core/annotation.py",
    "tui/core/bisection.py",
    "tui/core/characters.py",
    "tui/core/model.py",
    "tui/core/capitalised.py",
    "tui/core/people.py",
    "tui/core/person_names.py",
    "tui/core/places.py",
    "tui/core/quotes.py",
    "tui/core/terms.py",
    "tui/core/speakers/*.py",
    "tui/core/speaker_ranker.py",
    "tui/core/names.py",
    "tui/core/gazetteer.py",
    "tui/core/speech.py",
    "tui/core/organisations.py",
    "tui/core/titles.py",
    "tui/core/name_forms.py",
    "tui/core/lexicon.py",
    "tui/core/sentences.py",
    "tui/core/word_memo.py",
    "tui/core/word_count.py",
    "tui/core/search/index.py",
    "tui/core/search/postings.py",
    "tui/core/search/record_table.py",
    "tui/core/search/records.py",
    "tui/core/search/text.py",
    "tui/core/search/vocabulary.py",
]


class CompiledAnnotatorHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable" or os.environ.get("NEWSREADER_PURE") == "1":
            return
        self.work = Path(tempfile.mkdtemp(prefix="newsreader-mypyc-"))
        try:
            built = self.compile_into(self.work)
        # Any failure at all (distutils reports a missing compiler by exiting) means: ship pure.
        except (Exception, SystemExit) as error:  # noqa: BLE001
            print(
                f"newsreader: annotator not compiled ({error or type(error).__name__}); "
                "building the pure-Python wheel (slower annotation)",
                file=sys.stderr,
            )
            return
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(self.work / "lib").as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if hasattr(self, "work"):
            shutil.rmtree(self.work, ignore_errors=True)

    def compile_into(self, work: Path) -> list[Path]:
        """Build the extensions under work/lib; mypyc names its modules from paths under root."""
        from mypyc.build import mypycify
        from setuptools import Distribution
        from setuptools.command.build_ext import build_ext

        here = Path.cwd()
        os.chdir(self.root)
        try:
            paths = sorted(str(p) for pattern in COMPILED for p in Path().glob(pattern))
            extensions = mypycify(paths, group_name="newsreader", target_dir=str(work / "c"))
            command = build_ext(Distribution({"name": "newsreader", "ext_modules": extensions}))
            command.build_lib = str(work / "lib")
            command.build_temp = str(work / "temp")
            command.ensure_finalized()
            command.run()
        finally:
            os.chdir(here)
        built = [p for p in (work / "lib").rglob("*") if p.suffix in {".so", ".pyd"}]
        if not built:
            raise RuntimeError("mypyc built no extension")
        return built
