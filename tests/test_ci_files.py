"""The shipped CI integrations: .pre-commit-hooks.yaml and docs/github-workflow.yml, parsed and run locally."""

from __future__ import annotations

import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

logger = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parent.parent
_HOOKS = _ROOT / ".pre-commit-hooks.yaml"
_WORKFLOW = _ROOT / "docs" / "github-workflow.yml"
_SARIF_SCHEMA = _ROOT / "tests" / "reporters" / "schemas" / "sarif-schema-2.1.0.json"
_BIN = Path(sys.executable).parent
# NOTE: the keys pre-commit's manifest schema (pre_commit/clientlib.py MANIFEST_HOOK_DICT) accepts.
_HOOK_KEYS = {
    "id", "name", "entry", "language", "alias", "files", "exclude", "types", "types_or", "exclude_types",
    "additional_dependencies", "args", "always_run", "fail_fast", "pass_filenames", "description",
    "language_version", "log_file", "minimum_pre_commit_version", "require_serial", "stages", "verbose",
}
_COMMAND = re.compile(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,title=[^:]+::.+$")


def _hook() -> dict:
    hooks = yaml.safe_load(_HOOKS.read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and len(hooks) == 1
    return hooks[0]


def _workflow() -> dict:
    return yaml.safe_load(_WORKFLOW.read_text(encoding="utf-8"))


def _steps() -> list[dict]:
    return _workflow()["jobs"]["check"]["steps"]


def _check_commands() -> list[str]:
    """The workflow's `check ...` run lines, in order."""
    lines = [line.strip() for s in _steps() if "run" in s for line in s["run"].splitlines()]
    return [line for line in lines if line.startswith("check ")]


def _env() -> dict[str, str]:
    return {**os.environ, "PATH": f"{_BIN}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}


# --- pre-commit ------------------------------------------------------------------------------------


def test_precommit_hook_manifest_has_required_keys() -> None:
    hook = _hook()
    assert set(hook) <= _HOOK_KEYS, set(hook) - _HOOK_KEYS
    assert hook["id"] == "check" and hook["entry"] == "check" and hook["language"] == "python"
    assert hook["name"]
    assert hook["types_or"] == ["text", "markdown"]
    assert hook["pass_filenames"] is True and hook["require_serial"] is True
    assert hook["args"] == ["--format", "terminal"]


def test_precommit_hook_file_filter_matches_documents_only() -> None:
    files = re.compile(_hook()["files"])
    assert files.search("docs/a.md") and files.search("seeds/000_x.txt")
    assert not files.search("checker/cli.py") and not files.search("check.yaml")


def test_precommit_entry_is_the_installed_console_script() -> None:
    pyproject = (_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'{_hook()["entry"]} = "checker.cli:main"' in pyproject


@pytest.mark.slow
def test_precommit_hook_command_runs_on_staged_files(corpus: Path) -> None:
    """What pre-commit runs: entry, args, then the matching file names."""
    hook = _hook()
    files = sorted(str(p.relative_to(corpus)) for p in corpus.iterdir() if re.search(hook["files"], p.name))
    out = subprocess.run([hook["entry"], *hook["args"], *files], cwd=corpus, env=_env(),
                         capture_output=True, text=True, timeout=600, check=False)
    assert out.returncode == 1, out.stderr
    assert "CC101" in out.stdout and "alpha.txt:" in out.stdout and "\x1b[" not in out.stdout


# --- GitHub Actions workflow -----------------------------------------------------------------------


def test_workflow_structure_and_actions() -> None:
    wf = _workflow()
    triggers = wf.get("on", wf.get(True))  # NOTE: YAML 1.1 reads a bare `on` key as true
    assert "pull_request" in triggers and "push" in triggers
    job = wf["jobs"]["check"]
    assert job["runs-on"] == "ubuntu-latest"
    assert job["permissions"]["security-events"] == "write"
    uses = [s["uses"] for s in job["steps"] if "uses" in s]
    assert uses[0].startswith("actions/checkout@")
    assert uses[1].startswith("actions/setup-python@")
    assert "github/codeql-action/upload-sarif@v3" in uses
    setup = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python@"))
    assert str(setup["with"]["python-version"]) == "3.11"
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == "check.sarif"


def test_workflow_installs_pinned_torch_before_the_package() -> None:
    install = next(s["run"] for s in _steps() if "torch" in s.get("run", ""))
    lines = [line.strip() for line in install.splitlines() if line.strip()]
    torch = next(i for i, line in enumerate(lines) if "torch==2.13.0" in line)
    package = next(i for i, line in enumerate(lines) if re.search(r"pip install (-e )?\.$", line))
    assert torch < package


def test_workflow_check_commands_parse_with_the_cli() -> None:
    from typer.main import get_command

    from checker.cli import app

    commands = _check_commands()
    assert any("--format sarif --output check.sarif" in c and "--exit-zero" in c for c in commands)
    assert any("--format github" in c for c in commands)
    command = get_command(app)
    for line in commands:
        # NOTE: make_context parses and validates every flag without running the pipeline.
        command.make_context("check", shlex.split(line)[1:])


@pytest.mark.slow
def test_workflow_check_commands_run_locally(corpus: Path, tmp_path: Path) -> None:
    """The workflow's `check` steps, run as written in a checkout whose docs/ is the test corpus."""
    work = tmp_path / "checkout"
    shutil.copytree(corpus, work / "docs")
    results = []
    for line in _check_commands():
        results.append(subprocess.run(shlex.split(line), cwd=work, env=_env(), capture_output=True, text=True,
                                      timeout=600, check=False))
    sarif_run, github_run = results
    assert sarif_run.returncode == 0, sarif_run.stderr  # --exit-zero: the upload step always has a file
    log = json.loads((work / "check.sarif").read_text(encoding="utf-8"))
    schema = json.loads(_SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    results_ = log["runs"][0]["results"]
    assert results_ and all(r["partialFingerprints"] for r in results_)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in results_ for loc in r["locations"]}
    assert all(u.startswith("docs/") for u in uris)  # NOTE: repo-relative, as code scanning needs
    assert github_run.returncode == 1  # open findings fail the job
    lines = github_run.stdout.splitlines()
    assert lines and all(_COMMAND.match(line) for line in lines[:-1] if not line.startswith("::warning file="))
    assert lines[-1].startswith("::notice::check: ")
    assert github_run.stderr.startswith("statistics\n")
