"""A real (non-editable) wheel carries styles/ and seeds/, works from any directory, and
annotates exactly as the sources do, compiled with mypyc where a C compiler is present."""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_env(tmp_path_factory):
    """A venv with the wheel built from this tree by the venv's own pip, as a newcomer's
    `pip install` builds it: in isolation, from a Python that has none of the dependencies (the
    test environment's would let the build's type check see packages a fresh install lacks,
    and the build then compiled here while it fell back to pure Python everywhere else)."""
    tmp_path = tmp_path_factory.mktemp("wheel")
    dist = tmp_path / "dist"
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSREADER_PURE", "PYTHONPATH")}
    subprocess.run(
        [str(python), "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        env=env,
    )
    wheel = next(dist.glob("newsreader-*.whl"))
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # Dependencies come from the test environment (no network needed); the package itself only
    # from the wheel: a plain path entry does not run the editable install's finder.
    Path(site, "test-deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    return env_dir, python


@pytest.mark.slow
def test_wheel_installs_and_lists_the_seed_from_elsewhere(wheel_env, tmp_path):
    env_dir, python = wheel_env
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    located = subprocess.run(
        [
            str(python),
            "-c",
            "import tui.resources as r; print(r.__file__); "
            "print(r.styles_dir()); print(r.seeds_dir())",
        ],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert all(str(env_dir) in line for line in located), located
    assert Path(located[1], "app.tcss").is_file()
    assert Path(located[2], "000_blinken-rafah-cairo.txt").is_file()
    listed = subprocess.run(
        [str(env_dir / "bin" / "newsreader"), "list"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    assert "Antony Blinken" in listed.stdout and str(env_dir) in listed.stdout


HOSTILE = [
    "",
    "\u201c",
    '"We cut rates. "Dismal sales are worrying," said Ann Lee. "Never," he added',
    "Acme's chief Jo Park said: \u2018It will \u2018not\u2019 happen\u2019, in Paris.",
    "Mr. Kay's lawyer Ravi Das told the paper \"" + "no " * 400 + '" on Monday.',
    "\u00c9lodie Dupont-\u00c5str\u00f6m, 36, of S\u00e3o Paulo \u2014 \u201cNo!\u201d \U0001f600",
    'A\tB\r\nC\u00a0D\u2028E said "x"\n\n\n' * 50,
]


@pytest.mark.slow
def test_wheel_annotates_as_the_sources_do_compiled_where_it_can(wheel_env, tmp_path):
    env_dir, python = wheel_env
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        "".join(
            json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts + HOSTILE)
        ),
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}

    def both(*command: str) -> tuple[str, str]:
        """The command's output from the wheel's newsreader and from the sources."""
        runs = (
            ([str(env_dir / "bin" / "newsreader")], tmp_path, env),
            ([sys.executable, "-m", "tui"], ROOT, {**env, "PYTHONPATH": str(ROOT)}),
        )
        wheel, sources = (
            subprocess.run(
                [*program, *command], cwd=cwd, env=where, check=True, capture_output=True, text=True
            ).stdout
            for program, cwd, where in runs
        )
        return wheel, sources

    from_wheel, from_sources = both("annotate", "--no-cache", "--jsonl", str(articles))
    assert from_wheel.count("\n") == len(texts + HOSTILE)
    assert from_wheel == from_sources
    listed, listed_from_sources = both("list", "--no-cache", "--json", str(ROOT / "seeds"))
    assert listed == listed_from_sources  # word counts, compiled there too
    people = subprocess.run(
        [str(python), "-c", "import tui.core.people as p; print(p.__file__)"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if shutil.which("cc") and Path(sysconfig.get_paths()["include"], "Python.h").is_file():
        assert people.endswith((".so", ".pyd")), people
