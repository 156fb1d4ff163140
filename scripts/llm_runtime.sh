#!/usr/bin/env bash
# The local model's runtime: llama-cpp-python[server] in its own venv (.venv-llm, requirements-llm.lock).
# llama-cpp-python has no usable binary wheel here and builds from source (~9 min on 2 cores): the wheel is
# built once per machine into the cache (HYPERAGENT_CACHE, default ~/.cache/hyperagent/wheels) and reused by
# every later set-up and fresh clone. GGML_NATIVE=OFF: the wheel must not depend on this CPU's extensions.
set -euo pipefail
python=${PYTHON:-python3.11}
venv=${1:-.venv-llm}
wheels=${HYPERAGENT_CACHE:-$HOME/.cache/hyperagent}/wheels
version=$(sed -n 's/^llama[-_]cpp[-_]python==\(.*\)$/\1/ip' requirements-llm.lock)
mkdir -p "$wheels"
if ! ls "$wheels"/llama_cpp_python-"$version"-*.whl >/dev/null 2>&1; then
  echo "llama-cpp-python $version: building the wheel once into $wheels (about 10 min on 2 cores)"
  tmp=$(mktemp -d "$wheels/.build.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}" "$python" -m pip wheel -q --disable-pip-version-check --no-deps \
    --no-cache-dir -w "$tmp" "llama-cpp-python==$version"
  mv "$tmp"/llama_cpp_python-"$version"-*.whl "$wheels"/
fi
"$python" -m venv "$venv"
"$venv/bin/pip" install -qq --disable-pip-version-check --find-links "$wheels" --only-binary llama-cpp-python \
  -r requirements-llm.lock
"$venv/bin/python" -c "import llama_cpp, llama_cpp.server.app; print('llama-cpp-python', llama_cpp.__version__)"
