#!/usr/bin/env bash
# Check that newsclean is ready to upload: build the sdist and the wheel the
# way PyPI users get them, check them with twine, install the wheel into a
# fresh virtual environment outside the source tree and use it there.
#
# Usage: scripts/check_dist.sh [PYTHON]
#   PYTHON: an interpreter with `build` and `twine` installed
#           (default: .venv/bin/python; `pip install build twine`).
# Exits non-zero, saying why, at the first thing that is wrong.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
py=${1:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check_dist: $*" >&2; exit 1; }

version=$("$py" -c 'import runpy; print(runpy.run_path("src/newsclean/_version.py")["__version__"])')

echo "-- build sdist and wheel (the wheel is built from the sdist)"
"$py" -m build --outdir "$work/dist" . >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build failed"; }
sdist="$work/dist/newsclean-$version.tar.gz"
wheel="$work/dist/newsclean-$version-py3-none-any.whl"
[ -f "$sdist" ] || fail "no $(basename "$sdist") (built: $(ls "$work/dist"))"
[ -f "$wheel" ] || fail "no $(basename "$wheel") (built: $(ls "$work/dist"))"

echo "-- twine check --strict"
"$py" -m twine check --strict "$sdist" "$wheel"

echo "-- contents"
"$py" - "$sdist" "$wheel" <<'EOF'
import sys, tarfile, zipfile
from email.parser import Parser

sdist, wheel = sys.argv[1], sys.argv[2]
with tarfile.open(sdist) as tf:
    top = tf.getnames()[0].split("/")[0]
    names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
for need in ("LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml",
             "src/newsclean/py.typed", "tests/conftest.py", "docs/index.md", "mkdocs.yml"):
    if need not in names:
        sys.exit(f"sdist lacks {need}")
with zipfile.ZipFile(wheel) as zf:
    wnames = set(zf.namelist())
    meta_name = next(n for n in wnames if n.endswith(".dist-info/METADATA"))
    meta = Parser().parsestr(zf.read(meta_name).decode())
for need in ("newsclean/__init__.py", "newsclean/py.typed", "newsclean/lexicons/en.py"):
    if need not in wnames:
        sys.exit(f"wheel lacks {need}")
stray = sorted(n for n in wnames if n.startswith(("tests/", "docs/", "benchmarks/")))
if stray:
    sys.exit(f"wheel ships files that are not the package: {stray[:5]}")
checks = {
    "Requires-Python": meta.get("Requires-Python"),
    "License-Expression": meta.get("License-Expression"),
    "Description-Content-Type": meta.get("Description-Content-Type"),
    "Project-URL": meta.get_all("Project-URL"),
    "Classifier": meta.get_all("Classifier"),
    "Keywords": meta.get("Keywords"),
}
missing = [k for k, v in checks.items() if not v]
if missing:
    sys.exit(f"wheel metadata lacks {', '.join(missing)}")
extras = set(meta.get_all("Provides-Extra") or ())
if not {"test", "lint", "docs", "bench", "detect"} <= extras:
    sys.exit(f"wheel metadata extras are {sorted(extras)}")
print(f"{top}: {len(names)} files in the sdist, {len(wnames)} in the wheel; "
      f"extras {', '.join(sorted(extras))}")
EOF

echo "-- install the wheel into a fresh venv and use it outside the source tree"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q --disable-pip-version-check "$wheel" 2>&1 | { grep -v '^WARNING: Location' || true; }
cd "$work"
"$work/venv/bin/python" - "$version" "$root" <<'EOF'
import sys
import newsclean

version, root = sys.argv[1], sys.argv[2]
if newsclean.__file__.startswith(root):
    sys.exit(f"imported the source tree, not the wheel: {newsclean.__file__}")
if newsclean.__version__ != version:
    sys.exit(f"installed version {newsclean.__version__} != {version}")
art = newsclean.clean("Leave a Reply\n\nThe council met on Monday and approved the budget.")
if art.body != "The council met on Monday and approved the budget.":
    sys.exit(f"unexpected body from the installed wheel: {art.body!r}")
print(f"import newsclean {newsclean.__version__} from {newsclean.__file__}")
EOF
got=$("$work/venv/bin/newsclean" --version)
[ "$got" = "newsclean $version" ] || fail "newsclean --version printed '$got', expected 'newsclean $version'"
echo "$got"
out=$(printf 'Share this article\n\nThe council met on Monday.\n' | "$work/venv/bin/newsclean" clean - --quiet)
[ "$out" = "The council met on Monday." ] || fail "newsclean clean - printed '$out'"
echo "check_dist: ok (newsclean $version: sdist and wheel build, pass twine, install and run)"
